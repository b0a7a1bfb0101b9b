package org.fengqiao.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.people.PeopleFixtures.LIUYI;
import static org.fengqiao.people.PeopleFixtures.LIUYI_GRID;

import java.util.HashMap;
import java.util.Map;

import org.fengqiao.support.Api.Response;
import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;

/** Registering residents: checked numbers, masked answers, unmasking, life events and the grid's count. */
class ResidentApiTests extends ApiTest {

	@Test
	void a_registered_resident_answers_with_masked_numbers_and_gender_and_birth_date_from_the_id_number() {
		long household = PeopleFixtures.household(api, "desk.longtou", LIUYI, LIUYI_GRID);
		String id = PeopleFixtures.idNumber();

		Response created = api.post("/api/residents", PeopleFixtures.resident(id, household), "desk.longtou");

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.text("idNumber")).isEqualTo(id.substring(0, 6) + "********" + id.substring(14));
		assertThat(created.text("phone")).isEqualTo("139****2345");
		assertThat(created.text("birthDate")).isEqualTo(id.substring(6, 10) + "-" + id.substring(10, 12) + "-"
				+ id.substring(12, 14));
		assertThat(created.text("gender")).isEqualTo((id.charAt(16) - '0') % 2 == 1 ? "MALE" : "FEMALE");
		assertThat(created.text("gridCode")).isEqualTo(LIUYI_GRID);
		Response found = api.get("/api/residents?idNumber=" + id, "desk.longtou").expect(200);
		assertThat(found.field("total").asLong()).isEqualTo(1);
		assertThat(found.array("items").get(0).path("id").asLong()).isEqualTo(created.field("id").asLong());
		assertThat(found.raw()).doesNotContain(id).doesNotContain("13912342345");
	}

	@Test
	void a_wrong_check_digit_and_a_legacy_15_digit_number_are_refused_on_the_id_number_field() {
		long household = PeopleFixtures.household(api, "desk.longtou", LIUYI, LIUYI_GRID);
		String id = PeopleFixtures.idNumber();
		String wrong = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');

		Response bad = api.post("/api/residents", PeopleFixtures.resident(wrong, household), "desk.longtou");
		Response legacy = api.post("/api/residents", PeopleFixtures.resident("610722800101123", household),
				"desk.longtou");

		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.array("errors").get(0).path("field").asText()).isEqualTo("idNumber");
		assertThat(bad.array("errors").get(0).path("message").asText()).contains("校验位");
		assertThat(legacy.status()).isEqualTo(400);
		assertThat(legacy.array("errors").get(0).path("message").asText()).contains("15 位");
	}

	@Test
	void a_lower_case_x_is_accepted_and_stored_upper_case_which_only_the_center_leader_sees_in_clear_audited() {
		long household = PeopleFixtures.household(api, "desk.longtou", LIUYI, LIUYI_GRID);
		String id = idEndingInX();
		long resident = api.post("/api/residents", PeopleFixtures.resident(id.toLowerCase(), household), "desk.longtou")
			.expect(201).field("id").asLong();

		Response leader = api.get("/api/residents/" + resident + "/unmasked", "leader.longtou");
		Response desk = api.get("/api/residents/" + resident + "/unmasked", "desk.longtou");

		assertThat(leader.status()).isEqualTo(200);
		assertThat(leader.text("idNumber")).isEqualTo(id);
		assertThat(leader.text("phone")).isEqualTo("13912342345");
		assertThat(desk.status()).isEqualTo(403);
		assertThat(api.get("/api/audit?recordType=resident&recordId=" + resident, "admin").expect(200).raw())
			.contains("RESIDENT_UNMASK");
	}

	@Test
	void life_events_change_the_status_are_kept_in_the_history_and_refused_when_they_cannot_follow() {
		long household = PeopleFixtures.household(api, "desk.longtou", LIUYI, LIUYI_GRID);
		long resident = PeopleFixtures.resident(api, "desk.longtou", household);
		String events = "/api/residents/" + resident + "/events";

		Response noDestination = api.post(events, Map.of("kind", "MOVED_OUT", "date", "2026-03-01"), "grid.liuyi");
		Response moved = api.post(events, Map.of("kind", "MOVED_OUT", "date", "2026-03-01", "destination", "汉中市汉台区"),
				"grid.liuyi");
		Response again = api.post(events, Map.of("kind", "MOVED_OUT", "date", "2026-03-02", "destination", "西安"),
				"grid.liuyi");

		assertThat(noDestination.status()).isEqualTo(400);
		assertThat(moved.status()).isEqualTo(201);
		assertThat(moved.text("status")).isEqualTo("MOVED_OUT");
		assertThat(again.status()).isEqualTo(409);
		Response history = api.get("/api/residents/" + resident + "/history", "desk.longtou").expect(200);
		assertThat(history.body().valueStream().map(e -> e.path("kind").asText()).toList())
			.containsExactly("MOVED_OUT", "REGISTERED");
		assertThat(history.body().get(0).path("destination").asText()).isEqualTo("汉中市汉台区");
	}

	@Test
	void the_grids_household_count_follows_households_created_and_emptied() {
		int before = households(LIUYI_GRID);
		long household = PeopleFixtures.household(api, "desk.longtou", LIUYI, LIUYI_GRID);
		long resident = PeopleFixtures.resident(api, "desk.longtou", household);
		assertThat(households(LIUYI_GRID)).isEqualTo(before + 1);
		assertThat(households("610722101213001")).isGreaterThanOrEqualTo(before + 1);

		api.post("/api/residents/" + resident + "/events", Map.of("kind", "DECEASED", "date", "2026-03-04"),
				"desk.longtou").expect(201);

		assertThat(households(LIUYI_GRID)).isEqualTo(before);
		assertThat(api.get("/api/households/" + household, "desk.longtou").expect(200).field("active").asBoolean())
			.isFalse();
	}

	@Test
	void a_county_viewer_sees_counts_but_no_person() {
		long household = PeopleFixtures.household(api, "desk.longtou", LIUYI, LIUYI_GRID);
		long resident = PeopleFixtures.resident(api, "desk.longtou", household);

		Response list = api.get("/api/residents?region=" + LIUYI, "county.chenggu").expect(200);

		assertThat(list.field("total").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(list.array("items").size()).isZero();
		assertThat(api.get("/api/residents/" + resident, "county.chenggu").status()).isEqualTo(403);
	}

	@Test
	void only_holders_see_the_register_actions_they_may_use() {
		assertThat(api.get("/api/people/actions", "leader.longtou").expect(200).raw()).contains("export", "import");
		assertThat(api.get("/api/people/actions", "grid.liuyi").expect(200).raw()).contains("create")
			.doesNotContain("export");
		assertThat(api.get("/api/people/actions", "county.chenggu").expect(200).array("allowedActions").size()).isZero();
	}

	private int households(String grid) {
		return api.get("/api/grids/" + grid, "desk.longtou").expect(200).field("households").asInt();
	}

	private static String idEndingInX() {
		String id;
		do {
			id = PeopleFixtures.idNumber();
		} while (id.charAt(17) != 'X');
		return id;
	}

	static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
		Map<String, Object> copy = new HashMap<>(body);
		copy.put(key, value);
		return copy;
	}
}
