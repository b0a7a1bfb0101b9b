package org.fengqiao.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import org.fengqiao.support.Api.Download;
import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** How files reach their readers: byte ranges, audited reads, and the clean-up of forgotten uploads. */
class FileDeliveryApiTests extends ApiTest {

	@Autowired
	UnattachedFileSweeper sweeper;

	@Autowired
	StoredFiles storedFiles;

	@Autowired
	FileStorage storage;

	@Test
	void a_recording_can_be_played_from_the_middle() {
		byte[] content = distinctBytes(4000);
		String id = upload(content, "grid.liuyi");

		Download part = api.download("/api/files/" + id, "grid.liuyi", Map.of("Range", "bytes=1000-1999"));

		assertThat(part.status()).isEqualTo(206);
		assertThat(part.header("Content-Range")).isEqualTo("bytes 1000-1999/4000");
		assertThat(part.header("Accept-Ranges")).isEqualTo("bytes");
		assertThat(part.bytes()).isEqualTo(Arrays.copyOfRange(content, 1000, 2000));
		Download whole = api.download("/api/files/" + id, "grid.liuyi").expect(200);
		assertThat(whole.header("Accept-Ranges")).isEqualTo("bytes");
		assertThat(whole.bytes()).isEqualTo(content);
	}

	@Test
	void a_range_beyond_the_end_is_not_satisfiable() {
		String id = upload(distinctBytes(500), "grid.liuyi");

		Download beyond = api.download("/api/files/" + id, "grid.liuyi", Map.of("Range", "bytes=900-999"));

		assertThat(beyond.status()).isEqualTo(416);
		assertThat(beyond.header("Content-Range")).isEqualTo("bytes */500");
	}

	@Test
	void reading_a_file_is_audited_once_per_user_and_hour_not_on_every_range_request() {
		String id = upload(distinctBytes(3000), "grid.liuyi");

		for (int i = 0; i < 3; i++) {
			api.download("/api/files/" + id, "admin", Map.of("Range", "bytes=" + i * 1000 + "-" + (i * 1000 + 999)))
				.expect(206);
		}
		api.download("/api/files/" + id, "admin").expect(200);
		assertThat(fileReads(id)).isEqualTo(1L);

		advance(Duration.ofMinutes(61));
		api.download("/api/files/" + id, "admin").expect(200);
		assertThat(fileReads(id)).isEqualTo(2L);
	}

	@Test
	void an_upload_never_attached_within_seven_days_is_deleted_with_its_bytes() throws IOException {
		String id = upload(distinctBytes(800), "grid.liuyi");
		String key = storedFiles.find(UUID.fromString(id)).orElseThrow().storageKey();

		advance(Duration.ofDays(6));
		sweeper.sweep();
		api.download("/api/files/" + id, "grid.liuyi").expect(200);

		advance(Duration.ofDays(1).plusMinutes(1));
		sweeper.sweep();

		assertThat(api.download("/api/files/" + id, "grid.liuyi").status()).isEqualTo(404);
		assertThat(storedFiles.find(UUID.fromString(id))).isEmpty();
		assertThatThrownBy(() -> storage.open(key).close()).isInstanceOf(IOException.class);
	}

	private long fileReads(String id) {
		return api.get("/api/audit?recordType=file&recordId=" + id + "&size=100", "admin").expect(200)
			.array("items").valueStream().filter(e -> e.path("action").asString().equals("FILE_READ")).count();
	}

	private String upload(byte[] content, String user) {
		return api.upload("/api/files", "录音.png", "image/png", content, user).expect(201).text("id");
	}

	/** A PNG start followed by bytes that differ from their neighbours, so a wrong offset shows. */
	private static byte[] distinctBytes(int size) {
		byte[] content = TestFiles.pngOfSize(size);
		for (int i = TestFiles.png().length; i < size; i++) {
			content[i] = (byte) (i % 251);
		}
		return content;
	}
}
