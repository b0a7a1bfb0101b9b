package org.fengqiao.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.fengqiao.support.Api.Download;
import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;

/** A case's attachments carry signed links that {@code <img>} and {@code <audio>} open without a token. */
class CaseAttachmentLinkApiTests extends ApiTest {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
			0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, (byte) 0x90, 'w', 'S', (byte) 0xde };

	@Test
	void the_case_view_links_each_attachment_for_its_reader_without_a_token() {
		String number = caseWithPhoto();

		String url = photoUrl(number, "desk.longtou");

		assertThat(url).matches("/api/files/[0-9a-f-]{36}\\?exp=\\d+&sig=[A-Za-z0-9_.-]+");
		Download viaLink = api.download(url, null).expect(200);
		assertThat(viaLink.bytes()).isEqualTo(PNG);
		assertThat(api.download(url.substring(0, url.indexOf('?')), null).status()).isEqualTo(401);
	}

	@Test
	void a_link_expires_after_ten_minutes() {
		String url = photoUrl(caseWithPhoto(), "desk.longtou");

		advance(Duration.ofMinutes(9));
		api.download(url, null).expect(200);
		advance(Duration.ofMinutes(2));

		Download expired = api.download(url, null);
		assertThat(expired.status()).isEqualTo(403);
		assertThat(expired.problem().path("code").asString()).isEqualTo("file.link-invalid");
	}

	@Test
	void a_link_is_bound_to_its_user_and_cannot_be_altered() {
		String url = photoUrl(caseWithPhoto(), "desk.longtou");
		String exp = url.replaceAll(".*exp=(\\d+).*", "$1");

		String longer = url.replace("exp=" + exp, "exp=" + (Long.parseLong(exp) + 3600));
		assertThat(api.download(longer, null).status()).isEqualTo(403);
		String sig = url.substring(url.indexOf("sig=") + 4);
		String asLeader = url.replace(sig, base64("leader.longtou") + sig.substring(sig.indexOf('.')));
		assertThat(api.download(asLeader, null).status()).isEqualTo(403);
	}

	@Test
	void a_link_stops_working_when_its_user_may_no_longer_read_the_case() {
		String number = caseWithPhoto();
		api.post("/api/cases/" + number + "/dispatch", Map.of("leadUnit", CaseLifecycleApiTests.POLICE), "desk.longtou")
			.expect(200);
		String url = photoUrl(number, "police.longtou");
		api.download(url, null).expect(200);

		api.post("/api/cases/" + number + "/return", Map.of("reason", "属民事纠纷，非治安案件"), "police.longtou").expect(200);

		assertThat(api.get("/api/cases/" + number, "police.longtou").status()).isEqualTo(404);
		assertThat(api.download(url, null).status()).isEqualTo(404);
	}

	private String caseWithPhoto() {
		String fileId = api.upload("/api/files", "现场照片.png", "image/png", PNG, "grid.liuyi").expect(201).text("id");
		Map<String, Object> body = CaseLifecycleApiTests.dispute("六一村道路塌陷", "村道塌陷，附现场照片。");
		body.put("attachments", List.of(fileId));
		return api.post("/api/cases", body, "grid.liuyi").expect(201).text("number");
	}

	private String photoUrl(String number, String user) {
		return api.get("/api/cases/" + number, user).expect(200).array("attachments").get(0).path("url").asString();
	}

	private static String base64(String text) {
		return java.util.Base64.getUrlEncoder().withoutPadding()
			.encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}
}
