package org.fengqiao.platform.files;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** The first bytes a kind of file starts with, so that a renamed file is recognised. */
enum FileSignature {

	JPEG(bytes(0xFF, 0xD8, 0xFF)),
	PNG(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)),
	GIF(ascii("GIF87a"), ascii("GIF89a")),
	PDF(ascii("%PDF-")),
	/** docx and xlsx are zip archives. */
	ZIP(bytes('P', 'K', 0x03, 0x04)),
	/** Not checked: no fixed, reliable prefix (or not worth refusing on). */
	ANY();

	/** How many bytes {@link #matches} needs to see. */
	static final int HEAD_LENGTH = 8;

	private final List<byte[]> prefixes;

	FileSignature(byte[]... prefixes) {
		this.prefixes = List.of(prefixes);
	}

	boolean matches(byte[] head) {
		return prefixes.isEmpty() || prefixes.stream()
			.anyMatch(p -> head.length >= p.length && Arrays.equals(head, 0, p.length, p, 0, p.length));
	}

	private static byte[] bytes(int... values) {
		byte[] result = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			result[i] = (byte) values[i];
		}
		return result;
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}
}
