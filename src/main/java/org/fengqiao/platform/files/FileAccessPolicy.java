package org.fengqiao.platform.files;

import org.fengqiao.platform.Caller;

/**
 * Implemented by each module that attaches files: may this caller read that record? Downloads of an
 * attached file are allowed exactly when the owning module says so.
 */
public interface FileAccessPolicy {

	/** The record type this policy answers for, e.g. {@code case}. */
	String recordType();

	boolean canRead(String recordId, Caller caller);
}
