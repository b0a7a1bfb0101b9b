package org.fengqiao.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AllowedFileTypesTest {

	@Test
	void photos_recordings_and_documents_are_allowed_whatever_the_case_of_the_extension() {
		for (String name : new String[] { "a.jpg", "a.JPEG", "a.png", "a.webp", "a.heic", "a.heif", "a.gif", "a.mp3",
				"a.m4a", "a.aac", "a.amr", "a.wav", "a.ogg", "a.pdf", "a.doc", "a.docx", "a.xls", "a.xlsx", "a.txt" }) {
			assertThat(AllowedFileTypes.of(name, null)).as(name).isPresent();
		}
	}

	@Test
	void other_extensions_and_names_without_one_are_not() {
		assertThat(AllowedFileTypes.of("setup.exe", null)).isEmpty();
		assertThat(AllowedFileTypes.of("page.html", "text/html")).isEmpty();
		assertThat(AllowedFileTypes.of("photo.png.exe", "image/png")).isEmpty();
		assertThat(AllowedFileTypes.of("README", "text/plain")).isEmpty();
	}

	@Test
	void the_declared_content_type_must_agree_with_the_extension_unless_it_is_generic() {
		assertThat(AllowedFileTypes.of("a.jpg", "image/jpeg")).isPresent();
		assertThat(AllowedFileTypes.of("a.jpg", "IMAGE/JPG")).isPresent();
		assertThat(AllowedFileTypes.of("a.txt", "text/plain; charset=GBK")).isPresent();
		assertThat(AllowedFileTypes.of("a.m4a", "application/octet-stream")).isPresent();
		assertThat(AllowedFileTypes.of("a.jpg", "application/pdf")).isEmpty();
		assertThat(AllowedFileTypes.of("a.pdf", "text/html")).isEmpty();
	}

	@Test
	void a_file_is_stored_with_the_canonical_type_of_its_extension() {
		assertThat(AllowedFileTypes.of("a.jpg", "image/pjpeg").orElseThrow().contentType()).isEqualTo("image/jpeg");
		assertThat(AllowedFileTypes.of("a.mp3", null).orElseThrow().contentType()).isEqualTo("audio/mpeg");
	}

	@Test
	void jpg_png_gif_pdf_and_office_files_must_start_with_their_signature() {
		assertThat(signature("a.png").matches(TestFiles.png())).isTrue();
		assertThat(signature("a.pdf").matches(TestFiles.pdf())).isTrue();
		assertThat(signature("a.jpg").matches(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 })).isTrue();
		assertThat(signature("a.gif").matches("GIF89a....".getBytes())).isTrue();
		assertThat(signature("a.docx").matches(new byte[] { 'P', 'K', 3, 4, 20, 0 })).isTrue();

		assertThat(signature("a.jpg").matches(TestFiles.pdf())).isFalse();
		assertThat(signature("a.png").matches(new byte[] { (byte) 0x89, 'P' })).isFalse();
		assertThat(signature("a.xlsx").matches(TestFiles.pdf())).isFalse();
		assertThat(signature("a.pdf").matches("<html>".getBytes())).isFalse();
	}

	@Test
	void the_other_kinds_are_not_checked_by_content() {
		assertThat(signature("a.txt").matches(new byte[] { 1 })).isTrue();
		assertThat(signature("a.amr").matches(new byte[0])).isTrue();
	}

	private static FileSignature signature(String name) {
		return AllowedFileTypes.of(name, null).orElseThrow().signature();
	}
}
