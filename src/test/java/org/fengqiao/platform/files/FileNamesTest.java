package org.fengqiao.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class FileNamesTest {

	@Test
	void a_plain_chinese_name_is_kept() {
		assertThat(FileNames.sanitize("六一村 现场照片（1）.jpg")).isEqualTo("六一村 现场照片（1）.jpg");
	}

	@Test
	void path_parts_of_either_kind_are_dropped() {
		assertThat(FileNames.sanitize("../../etc/passwd.txt")).isEqualTo("passwd.txt");
		assertThat(FileNames.sanitize("C:\\Users\\zeng\\Desktop\\照片.png")).isEqualTo("照片.png");
	}

	@Test
	void control_and_reserved_characters_become_underscores() {
		assertThat(FileNames.sanitize("a\r\nb\"c|d?.txt")).isEqualTo("a__b_c_d_.txt");
	}

	@Test
	void a_long_name_is_shortened_to_255_characters_keeping_its_extension() {
		String name = FileNames.sanitize("村".repeat(300) + ".docx");

		assertThat(name).hasSize(255).endsWith("村.docx");
	}

	@Test
	void shortening_never_splits_a_character_outside_the_basic_plane() {
		String name = FileNames.sanitize("a" + "𠀀".repeat(200) + ".png");

		assertThat(name.length()).isLessThanOrEqualTo(255);
		assertThat(new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(name);
		assertThat(name).endsWith("𠀀.png");
	}

	@Test
	void no_name_gives_an_empty_name() {
		assertThat(FileNames.sanitize(null)).isEmpty();
		assertThat(FileNames.sanitize("folder/")).isEmpty();
	}
}
