package org.fengqiao.platform.files;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fengqiao.platform.Caller;
import org.fengqiao.platform.ValidationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hangs uploaded files on records. {@link #attach} runs only inside the caller's transaction
 * ({@code MANDATORY}), so files are attached exactly when the record is written.
 */
@Service
class Attachments implements FileAttachments {

	private final StoredFiles files;
	private final Clock clock;

	Attachments(StoredFiles files, Clock clock) {
		this.files = files;
		this.clock = clock;
	}

	/**
	 * All or nothing: every id must name a file the caller uploaded (administrators: anyone's) that is free
	 * or already on this record; otherwise a 400 on {@code attachments} and nothing is attached.
	 */
	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public List<StoredFile> attach(List<UUID> ids, String recordType, String recordId, Caller caller) {
		if (recordType == null || recordType.isBlank() || recordId == null || recordId.isBlank()) {
			throw new IllegalArgumentException("a file is attached to a record type and id");
		}
		if (ids == null || ids.isEmpty()) {
			return List.of();
		}
		List<UUID> wanted = ids.stream().distinct().toList();
		Map<UUID, FileRow> found = files.findAll(wanted.stream().filter(Objects::nonNull).toList()).stream()
			.collect(Collectors.toMap(FileRow::id, Function.identity()));
		if (wanted.stream().map(found::get).anyMatch(f -> f == null || !f.attachableBy(caller, recordType, recordId))) {
			throw invalid();
		}
		for (UUID id : wanted) {
			if (!found.get(id).attached() && !files.attach(id, recordType, recordId, clock.instant())) {
				throw invalid(); // attached elsewhere meanwhile
			}
		}
		return wanted.stream().map(found::get).map(FileRow::toStoredFile).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<StoredFile> attachedTo(String recordType, String recordId) {
		return files.attachedTo(recordType, recordId).stream().map(FileRow::toStoredFile).toList();
	}

	private static ValidationException invalid() {
		return ValidationException.of("attachments", "file.attach-invalid");
	}
}
