package org.fengqiao.platform.files;

import java.time.Instant;
import java.util.UUID;

import org.fengqiao.platform.Caller;

/** One row of {@code stored_files}; record type, record id and attachment time are null until attached. */
record FileRow(UUID id, String name, String contentType, long size, byte[] sha256, String storageKey,
		String uploadedBy, Instant uploadedAt, String recordType, String recordId, Instant attachedAt) {

	boolean attached() {
		return recordId != null;
	}

	boolean attachedTo(String type, String id) {
		return attached() && recordType.equals(type) && recordId.equals(id);
	}

	boolean uploadedBy(Caller caller) {
		return uploadedBy.equals(caller.username());
	}

	/**
	 * The caller may attach this file to that record: it uploaded it (administrators: anyone's) and the
	 * file is free or already on that very record.
	 */
	boolean attachableBy(Caller caller, String type, String id) {
		return (caller.isAdmin() || uploadedBy(caller)) && (!attached() || attachedTo(type, id));
	}

	StoredFile toStoredFile() {
		return new StoredFile(id, name, contentType, size);
	}
}
