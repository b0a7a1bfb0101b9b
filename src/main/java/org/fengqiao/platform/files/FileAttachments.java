package org.fengqiao.platform.files;

import java.util.List;
import java.util.UUID;

import org.fengqiao.platform.Caller;

/**
 * What modules use to hang uploaded files on their records. A file is uploaded first
 * ({@code POST /api/files}), then attached by id to one record inside the writing transaction.
 */
public interface FileAttachments {

	/**
	 * Attaches files the caller uploaded (and not yet attached elsewhere) to a record; a 400 on
	 * {@code attachments} for an unknown id or someone else's file.
	 */
	List<StoredFile> attach(List<UUID> ids, String recordType, String recordId, Caller caller);

	/** The files on a record, in upload order. */
	List<StoredFile> attachedTo(String recordType, String recordId);
}
