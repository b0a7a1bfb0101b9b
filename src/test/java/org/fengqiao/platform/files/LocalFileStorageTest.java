package org.fengqiao.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFileStorageTest {

	/** 2026-01-31 17:00 UTC is already February in Asia/Shanghai. */
	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-31T17:00:00Z"), ZoneOffset.UTC);

	@TempDir
	Path root;

	@Test
	void keys_are_the_year_and_month_of_upload_in_shanghai_then_the_id() {
		UUID id = UUID.randomUUID();

		assertThat(new LocalFileStorage(root, CLOCK).newKey(id)).isEqualTo("2026/02/" + id);
	}

	@Test
	void a_written_file_is_in_place_with_its_size_and_sha256_and_no_temporary_file_is_left() throws Exception {
		LocalFileStorage storage = new LocalFileStorage(root, CLOCK);
		byte[] content = TestFiles.png();
		String key = storage.newKey(UUID.randomUUID());

		FileStorage.Written written = storage.write(key, new ByteArrayInputStream(content));

		assertThat(written.size()).isEqualTo(content.length);
		assertThat(written.sha256()).isEqualTo(MessageDigest.getInstance("SHA-256").digest(content));
		try (InputStream in = storage.open(key)) {
			assertThat(in.readAllBytes()).isEqualTo(content);
		}
		try (Stream<Path> files = Files.list(root.resolve("2026/02"))) {
			assertThat(files).hasSize(1);
		}
	}

	@Test
	void a_failed_write_leaves_nothing_behind() {
		LocalFileStorage storage = new LocalFileStorage(root, CLOCK);
		String key = storage.newKey(UUID.randomUUID());
		InputStream failing = new InputStream() {
			@Override
			public int read() throws java.io.IOException {
				throw new java.io.IOException("connection reset");
			}
		};

		assertThatThrownBy(() -> storage.write(key, failing)).hasMessage("connection reset");
		assertThat(root.resolve("2026/02").toFile().list()).isEmpty();
	}

	@Test
	void deleting_removes_the_file_and_is_quiet_when_it_is_gone() throws Exception {
		LocalFileStorage storage = new LocalFileStorage(root, CLOCK);
		String key = storage.newKey(UUID.randomUUID());
		storage.write(key, new ByteArrayInputStream(new byte[] { 1 }));

		storage.delete(key);
		storage.delete(key);

		assertThat(Files.exists(root.resolve(key))).isFalse();
	}

	@Test
	void a_key_cannot_reach_outside_the_store() {
		LocalFileStorage storage = new LocalFileStorage(root.resolve("files"), CLOCK);

		assertThatThrownBy(() -> storage.open("../pgdata/postgresql.conf")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> storage.write("/etc/passwd", InputStream.nullInputStream()))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
