package org.fengqiao.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.fengqiao.support.Api.Response;
import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;

/** The leader reception-day roster (带班接访) beside the duty roster: its own days, set by the center's leaders. */
class ReceptionRosterApiTests extends ApiTest {

	private static final String LONGTOU_CENTER = "610722101000-GOVERNANCE_CENTER";

	private static List<Long> ids(Response r) {
		return r.array("leaders").valueStream().map(n -> n.path("staffId").asLong()).toList();
	}

	@Test
	void the_demo_gives_each_working_day_a_reception_leader_and_weekends_none() {
		Response thursday = api.get("/api/duty?kind=RECEPTION&date=2026-03-05", "desk.longtou");
		assertThat(thursday.status()).isEqualTo(200);
		assertThat(ids(thursday)).hasSize(1);
		Response saturday = api.get("/api/duty?kind=RECEPTION&date=2026-03-07", "desk.longtou");
		assertThat(saturday.status()).isEqualTo(200);
		assertThat(ids(saturday)).isEmpty();
	}

	@Test
	void setting_a_reception_leader_leaves_the_duty_leader_of_that_day_alone() {
		List<Long> duty = ids(api.get("/api/duty?date=2026-03-12", "desk.longtou").expect(200));
		long staffId = ids(api.get("/api/duty?date=2026-03-13", "desk.longtou").expect(200)).get(0);

		Response set = api.put("/api/duty/" + LONGTOU_CENTER + "/2026-03-12?kind=RECEPTION",
				Map.of("staffIds", List.of(staffId)), "leader.longtou");
		assertThat(set.status()).isEqualTo(200);

		assertThat(ids(api.get("/api/duty?kind=RECEPTION&date=2026-03-12", "desk.longtou").expect(200)))
			.containsExactly(staffId);
		assertThat(ids(api.get("/api/duty?date=2026-03-12", "desk.longtou").expect(200))).isEqualTo(duty);
		assertThat(api.put("/api/duty/" + LONGTOU_CENTER + "/2026-03-12?kind=RECEPTION",
				Map.of("staffIds", List.of(staffId)), "desk.longtou").status()).isEqualTo(403);
		assertThat(api.get("/api/duty/month?month=2026-03&kind=RECEPTION", "desk.anguo").status()).isEqualTo(200);
		assertThat(api.get("/api/duty?kind=RECEPTION&unit=" + LONGTOU_CENTER, "desk.anguo").status()).isEqualTo(404);
		assertThat(api.get("/api/duty?kind=SOMETIMES", "desk.longtou").status()).isEqualTo(400);
	}
}
