package org.fengqiao.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.fengqiao.support.Api.Response;
import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The duty roster: today's duty leader of the caller's center, set by its leader or an administrator. */
class DutyRosterApiTests extends ApiTest {

	private static final String LONGTOU_CENTER = "610722101000-GOVERNANCE_CENTER";
	private static final String ANGUO_CENTER = "620802104000-GOVERNANCE_CENTER";

	@Test
	void the_desk_sees_todays_duty_leader_of_its_own_center_with_the_phone_masked() {
		Response duty = api.get("/api/duty", "desk.longtou").expect(200);

		assertThat(duty.text("unit")).isEqualTo(LONGTOU_CENTER);
		assertThat(duty.text("date")).isEqualTo("2026-03-05");
		assertThat(duty.array("leaders").valueStream().toList()).isNotEmpty().allSatisfy(l -> {
			assertThat(l.path("name").asString()).isNotBlank();
			assertThat(l.path("phone").asString()).contains("****");
		});
	}

	@Test
	void the_demo_rotation_changes_the_duty_leader_from_day_to_day_into_next_month() {
		String today = leaderIds(api.get("/api/duty?date=2026-03-05", "desk.longtou").expect(200)).toString();
		String tomorrow = leaderIds(api.get("/api/duty?date=2026-03-06", "desk.longtou").expect(200)).toString();
		assertThat(today).isNotEqualTo(tomorrow);
		assertThat(leaderIds(api.get("/api/duty?date=2026-04-30", "desk.longtou").expect(200))).isNotEmpty();
	}

	@Test
	void the_centers_leader_sets_a_days_duty_leader_and_the_desk_then_sees_it() {
		long staffId = api.get("/api/duty?date=2026-03-06", "desk.longtou").expect(200).array("leaders").get(0)
			.path("staffId").asLong();

		Response set = api.put("/api/duty/" + LONGTOU_CENTER + "/2026-03-10", Map.of("staffIds", List.of(staffId)),
				"leader.longtou").expect(200);

		assertThat(leaderIds(set)).containsExactly(staffId);
		assertThat(leaderIds(api.get("/api/duty?date=2026-03-10", "desk.longtou").expect(200))).containsExactly(staffId);
	}

	@Test
	void the_desk_may_not_set_the_duty_and_another_towns_center_is_not_found() {
		assertThat(api.put("/api/duty/" + LONGTOU_CENTER + "/2026-03-11", Map.of("staffIds", List.of()), "desk.longtou")
			.status()).isEqualTo(403);
		assertThat(api.get("/api/duty?unit=" + LONGTOU_CENTER, "desk.anguo").status()).isEqualTo(404);
		assertThat(api.get("/api/duty", "desk.anguo").expect(200).text("unit")).isEqualTo(ANGUO_CENTER);
	}

	@Test
	void a_duty_leader_from_another_town_is_refused_in_english_with_its_field() {
		long anguo = api.get("/api/duty", "desk.anguo").expect(200).array("leaders").get(0).path("staffId").asLong();
		Response refused = api.send("PUT", "/api/duty/" + LONGTOU_CENTER + "/2026-03-12",
				Map.of("staffIds", List.of(anguo)), api.token("admin"), Map.of("Accept-Language", "en"));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.raw()).contains("staffIds").contains("staff of the center's town");
	}

	private static List<Long> leaderIds(Response duty) {
		return duty.array("leaders").valueStream().map(l -> l.path("staffId").asLong()).toList();
	}

	@Test
	void a_month_lists_every_day_of_the_demo_rotation_and_agrees_with_the_day() {
		Response month = api.get("/api/duty/month?month=2026-03", "leader.longtou").expect(200);
		assertThat(month.body().size()).isEqualTo(31);
		JsonNode fifth = month.body().get(4);
		assertThat(fifth.path("date").asString()).isEqualTo("2026-03-05");
		assertThat(fifth.path("leaders").get(0).path("staffId").asLong())
			.isEqualTo(leaderIds(api.get("/api/duty?date=2026-03-05", "leader.longtou").expect(200)).get(0));
		assertThat(api.get("/api/duty/month?month=2026-13", "leader.longtou").status()).isEqualTo(400);
	}
}
