package org.fengqiao.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseLocaleCheckTest {

	@Test
	void utf8_locales_under_any_spelling_keep_chinese_in_trigrams() {
		assertThat(DatabaseLocaleCheck.utf8("C.UTF-8")).isTrue();
		assertThat(DatabaseLocaleCheck.utf8("zh_CN.utf8")).isTrue();
		assertThat(DatabaseLocaleCheck.utf8("en_US.UTF-8")).isTrue();
		assertThat(DatabaseLocaleCheck.utf8("English_United States.utf8")).isTrue();
	}

	@Test
	void c_posix_and_legacy_encodings_drop_them() {
		assertThat(DatabaseLocaleCheck.utf8("C")).isFalse();
		assertThat(DatabaseLocaleCheck.utf8("POSIX")).isFalse();
		assertThat(DatabaseLocaleCheck.utf8("zh_CN.GB18030")).isFalse();
		assertThat(DatabaseLocaleCheck.utf8(null)).isFalse();
	}
}
