package org.fengqiao.platform.files;

/** The original name of an upload, made safe to keep and to send back in a header. */
final class FileNames {

	static final int MAX_LENGTH = 255;

	private FileNames() {
	}

	/**
	 * Keeps the last path segment (browsers on Windows may send {@code C:\...\photo.jpg}), replaces
	 * control and reserved characters with {@code _} and shortens it to 255 characters, keeping the
	 * extension. An empty result means there was no usable name.
	 */
	static String sanitize(String original) {
		if (original == null) {
			return "";
		}
		String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
		StringBuilder safe = new StringBuilder(name.length());
		name.codePoints().forEach(c -> safe.appendCodePoint(Character.isISOControl(c) || "<>:\"|?*".indexOf(c) >= 0
				? '_' : c));
		return shorten(safe.toString().strip());
	}

	private static String shorten(String name) {
		if (name.length() <= MAX_LENGTH) {
			return name;
		}
		int dot = name.lastIndexOf('.');
		String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
		return cut(name.substring(0, name.length() - extension.length()), MAX_LENGTH - extension.length()) + extension;
	}

	/** The first {@code length} chars, without splitting a surrogate pair. */
	private static String cut(String text, int length) {
		int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
		return text.substring(0, end);
	}
}
