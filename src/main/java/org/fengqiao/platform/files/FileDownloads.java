package org.fengqiao.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;

import org.fengqiao.platform.ApiException;
import org.fengqiao.platform.Caller;
import org.fengqiao.platform.audit.AuditLog;
import org.springframework.stereotype.Service;

/** Hands out a file to a caller allowed to read it ({@link FileReadRule}); to anyone else it does not exist. */
@Service
class FileDownloads {

	/** A file about to be sent: its row and its open content, which the receiver closes. */
	record Download(FileRow file, InputStream content) {
	}

	private final StoredFiles files;
	private final FileStorage storage;
	private final AuditLog audit;
	private final FileReadRule rule;

	FileDownloads(StoredFiles files, FileStorage storage, AuditLog audit, List<FileAccessPolicy> policies) {
		this.files = files;
		this.storage = storage;
		this.audit = audit;
		this.rule = new FileReadRule(policies);
	}

	/** Reads of attached files, and of anyone else's file, are audited; an uploader's own draft is not. */
	Download open(UUID id, Caller caller) throws IOException {
		FileRow file = files.find(id)
			.filter(f -> rule.mayRead(f, caller))
			.orElseThrow(() -> ApiException.notFound("file.not-found"));
		InputStream content = storage.open(file.storageKey());
		try {
			if (file.attached() || !file.uploadedBy(caller)) {
				audit.record("FILE_READ", "file", id.toString());
			}
		} catch (RuntimeException e) {
			content.close();
			throw e;
		}
		return new Download(file, content);
	}
}
