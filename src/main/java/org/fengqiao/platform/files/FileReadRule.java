package org.fengqiao.platform.files;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fengqiao.platform.Caller;

/**
 * Who may download a file. Administrators always may. A file not yet attached is its uploader's alone;
 * once attached, the module owning the record decides through its {@link FileAccessPolicy}, and a
 * record type without a policy is readable by nobody else.
 */
final class FileReadRule {

	private final Map<String, FileAccessPolicy> policies;

	FileReadRule(List<FileAccessPolicy> policies) {
		this.policies = policies.stream().collect(Collectors.toUnmodifiableMap(FileAccessPolicy::recordType,
				Function.identity()));
	}

	boolean mayRead(FileRow file, Caller caller) {
		if (caller.isAdmin()) {
			return true;
		}
		if (!file.attached()) {
			return file.uploadedBy(caller);
		}
		FileAccessPolicy policy = policies.get(file.recordType());
		return policy != null && policy.canRead(file.recordId(), caller);
	}
}
