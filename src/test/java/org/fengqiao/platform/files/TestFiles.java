package org.fengqiao.platform.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.ImageIO;

/** Contents for upload tests. */
final class TestFiles {

	private TestFiles() {
	}

	/** A real 2×2 PNG image. */
	static byte[] png() {
		BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
		image.setRGB(0, 0, 0xC8102E);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The start of a PDF document. */
	static byte[] pdf() {
		return "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
	}

	/** {@code size} bytes that start like a PNG, so only the size decides. */
	static byte[] pngOfSize(int size) {
		byte[] content = new byte[size];
		byte[] png = png();
		System.arraycopy(png, 0, content, 0, png.length);
		Arrays.fill(content, png.length, size, (byte) 7);
		return content;
	}
}
