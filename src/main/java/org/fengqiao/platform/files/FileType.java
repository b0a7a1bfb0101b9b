package org.fengqiao.platform.files;

import java.util.Locale;
import java.util.Set;

/**
 * One allowed kind of upload: its extension, the content type it is stored and served with, the other
 * content types clients declare for it, and the signature its bytes must start with.
 */
record FileType(String extension, String contentType, Set<String> aliases, FileSignature signature) {

	/** What clients send when they do not know the type: accepted, the extension decides. */
	private static final Set<String> UNDECLARED = Set.of("", "application/octet-stream");

	FileType {
		aliases = Set.copyOf(aliases);
	}

	/** The declared content type (parameters ignored) agrees with the extension, or is none. */
	boolean accepts(String declared) {
		String type = declared == null ? "" : declared.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
		return UNDECLARED.contains(type) || type.equals(contentType) || aliases.contains(type);
	}
}
