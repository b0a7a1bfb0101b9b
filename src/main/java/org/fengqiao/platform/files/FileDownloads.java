package org.fengqiao.platform.files;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.fengqiao.platform.ApiException;
import org.fengqiao.platform.Caller;
import org.fengqiao.platform.Callers;
import org.fengqiao.platform.audit.AuditLog;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;

/** Hands out a file to a caller allowed to read it ({@link FileReadRule}); to anyone else it does not exist. */
@Service
class FileDownloads {

	/** Reads by one user of one file are audited once within this window, not on every (range) request. */
	static final Duration AUDIT_WINDOW = Duration.ofHours(1);


	/** A file about to be sent: its row and its content, which Spring streams (whole or a range). */
	record Download(FileRow file, Resource content) {
	}

	private final StoredFiles files;
	private final FileStorage storage;
	private final AuditLog audit;
	private final FileReadRule rule;
	private final FileLinks links;
	private final Callers callers;
	private final Clock clock;

	FileDownloads(StoredFiles files, FileStorage storage, AuditLog audit, List<FileAccessPolicy> policies,
			FileLinks links, Callers callers, Clock clock) {
		this.files = files;
		this.storage = storage;
		this.audit = audit;
		this.rule = new FileReadRule(policies);
		this.links = links;
		this.callers = callers;
		this.clock = clock;
	}

	/** Through a signed link: for the user it is bound to, if that user may still read the file. */
	Download openSigned(UUID id, Long exp, String sig) {
		String username = links.verify(id, exp, sig).orElseThrow(() -> ApiException.forbidden("file.link-invalid"));
		Caller caller = callers.find(username).orElseThrow(() -> ApiException.notFound("file.not-found"));
		return open(id, caller);
	}

	/**
	 * Reads of attached files, and of anyone else's file, are audited once per user and file per hour; an
	 * uploader's own draft is not.
	 */
	Download open(UUID id, Caller caller) {
		FileRow file = files.find(id)
			.filter(f -> rule.mayRead(f, caller))
			.orElseThrow(() -> ApiException.notFound("file.not-found"));
		if (file.attached() || !file.uploadedBy(caller)) {
			audit.recordOncePer(AUDIT_WINDOW, caller.username(), "FILE_READ", "file", id.toString());
		}
		return new Download(file, new StoredFileResource(file, storage));
	}
}
