package org.fengqiao.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import org.fengqiao.platform.FengqiaoProperties;
import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

	private static PersonalDataCipher cipher(String key) throws Exception {
		return new PersonalDataCipher(new FengqiaoProperties(Path.of("unused"), false, key, Duration.ofHours(8), null,
				null, "WGS84"), null);
	}

	private static String key(char fill) {
		return Base64.getEncoder().encodeToString(String.valueOf(fill).repeat(32).getBytes(StandardCharsets.US_ASCII));
	}

	@Test
	void an_id_number_encrypts_to_different_bytes_each_time_and_decrypts_to_itself() throws Exception {
		PersonalDataCipher c = cipher(key('a'));

		byte[] once = c.encrypt("61072219800101123X");
		byte[] twice = c.encrypt("61072219800101123X");

		assertThat(once).isNotEqualTo(twice);
		assertThat(new String(once, StandardCharsets.ISO_8859_1)).doesNotContain("61072219800101123X");
		assertThat(c.decrypt(once)).isEqualTo("61072219800101123X");
		assertThat(c.decrypt(twice)).isEqualTo("61072219800101123X");
	}

	@Test
	void the_keyed_hash_finds_the_same_number_whatever_the_case_of_x_and_differs_under_another_key() throws Exception {
		PersonalDataCipher c = cipher(key('a'));

		assertThat(c.blindIndex("61072219800101123x")).isEqualTo(c.blindIndex("61072219800101123X"));
		assertThat(c.blindIndex("61072219800101123X")).isNotEqualTo(cipher(key('b')).blindIndex("61072219800101123X"));
	}

	@Test
	void another_key_cannot_read_the_numbers() throws Exception {
		byte[] sealed = cipher(key('a')).encrypt("13912342345");

		assertThatThrownBy(() -> cipher(key('b')).decrypt(sealed)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void a_batch_of_many_numbers_reads_back_and_hashes_like_one_number_at_a_time() throws Exception {
		PersonalDataCipher c = cipher(key('a'));
		PersonalDataCipher.Batch batch = c.batch();

		byte[] first = batch.encrypt("61072219800101123X");
		byte[] second = batch.encrypt("13912342345");

		assertThat(c.decrypt(first)).isEqualTo("61072219800101123X");
		assertThat(c.decrypt(second)).isEqualTo("13912342345");
		assertThat(batch.encrypt("61072219800101123X")).isNotEqualTo(first);
		assertThat(batch.blindIndex("61072219800101123x")).isEqualTo(c.blindIndex("61072219800101123X"));
		assertThat(batch.blindIndex("13912342345")).isEqualTo(c.blindIndex("13912342345"));
		assertThat(batch.encrypt(null)).isNull();
	}

	@Test
	void no_two_values_share_an_iv_within_a_batch_or_across_batches() throws Exception {
		PersonalDataCipher c = cipher(key('a'));
		java.util.Set<String> ivs = new java.util.HashSet<>();
		for (int b = 0; b < 20; b++) {
			PersonalDataCipher.Batch batch = c.batch();
			for (int i = 0; i < 500; i++) {
				byte[] sealed = batch.encrypt("13912342345");
				assertThat(ivs.add(java.util.HexFormat.of().formatHex(sealed, 0, 12))).isTrue();
				assertThat(c.decrypt(sealed)).isEqualTo("13912342345");
			}
		}
	}
}
