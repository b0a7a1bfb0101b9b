package org.fengqiao.platform.files;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.UUID;

import org.fengqiao.platform.ApiException;
import org.fengqiao.platform.Caller;
import org.fengqiao.platform.ValidationException;
import org.fengqiao.platform.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * Takes in one uploaded file: checks who sends it, its size and its type, streams it into the store and
 * records it (unattached) with an audit entry.
 */
@Service
class FileUploads {

	private static final Logger log = LoggerFactory.getLogger(FileUploads.class);

	private final StoredFiles files;
	private final FileStorage storage;
	private final AuditLog audit;
	private final Clock clock;
	private final FilesProperties properties;
	private final TransactionTemplate transaction;

	FileUploads(StoredFiles files, FileStorage storage, AuditLog audit, Clock clock, FilesProperties properties,
			PlatformTransactionManager transactions) {
		this.files = files;
		this.storage = storage;
		this.audit = audit;
		this.clock = clock;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactions);
	}

	StoredFile upload(MultipartFile part, Caller caller) throws IOException {
		if (caller.scope().readOnly()) {
			throw ApiException.forbidden("file.forbidden");
		}
		if (part.getSize() > properties.maxSize().toBytes()) {
			throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "file.too-large", properties.maxSizeText());
		}
		if (part.isEmpty()) {
			throw ValidationException.of("file", "file.empty");
		}
		String name = FileNames.sanitize(part.getOriginalFilename());
		FileType type = AllowedFileTypes.of(name, part.getContentType())
			.orElseThrow(() -> new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "file.type-not-allowed"));
		UUID id = UUID.randomUUID();
		String key = storage.newKey(id);
		FileStorage.Written written;
		try (InputStream in = new BufferedInputStream(part.getInputStream())) {
			in.mark(FileSignature.HEAD_LENGTH);
			byte[] head = in.readNBytes(FileSignature.HEAD_LENGTH);
			in.reset();
			if (!type.signature().matches(head)) {
				throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "file.content-mismatch", type.extension());
			}
			written = storage.write(key, in);
		}
		FileRow row = new FileRow(id, name, type.contentType(), written.size(), written.sha256(), key,
				caller.username(), clock.instant(), null, null, null);
		try {
			transaction.executeWithoutResult(status -> {
				files.insert(row);
				audit.record("FILE_UPLOAD", "file", id.toString());
			});
		} catch (RuntimeException e) {
			deleteQuietly(key);
			throw e;
		}
		return row.toStoredFile();
	}

	/** The row was not written: the stored bytes would be an orphan. */
	private void deleteQuietly(String key) {
		try {
			storage.delete(key);
		} catch (IOException e) {
			log.warn("could not delete the orphaned upload {}", key, e);
		}
	}
}
