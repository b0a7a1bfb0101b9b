package org.fengqiao.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.people.PeopleFixtures.LIUYI;
import static org.fengqiao.people.PeopleFixtures.LIUYI_GRID;

import java.util.Map;

import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;

/** 五爱村's grid member reads and writes nothing of 六一村's people, by any endpoint. */
class PeopleScopeApiTests extends ApiTest {

	@Test
	void a_grid_member_of_wuai_gets_404_for_a_liuyi_resident_and_household_on_every_endpoint() {
		long household = PeopleFixtures.household(api, "desk.longtou", LIUYI, LIUYI_GRID);
		String id = PeopleFixtures.idNumber();
		long resident = api.post("/api/residents", PeopleFixtures.resident(id, household), "desk.longtou").expect(201)
			.field("id").asLong();
		String r = "/api/residents/" + resident;
		String h = "/api/households/" + household;

		assertThat(api.get(r, "grid.wuai").status()).isEqualTo(404);
		assertThat(api.put(r, PeopleFixtures.resident(id, household), "grid.wuai").status()).isEqualTo(404);
		assertThat(api.get(r + "/unmasked", "grid.wuai").status()).isEqualTo(404);
		assertThat(api.get(r + "/history", "grid.wuai").status()).isEqualTo(404);
		assertThat(api.post(r + "/events", Map.of("kind", "DECEASED", "date", "2026-03-01"), "grid.wuai").status())
			.isEqualTo(404);
		assertThat(api.get(h, "grid.wuai").status()).isEqualTo(404);
		assertThat(api.put(h, Map.of("address", "x"), "grid.wuai").status()).isEqualTo(404);
		assertThat(api.get(h + "/members", "grid.wuai").status()).isEqualTo(404);
		assertThat(api.get("/api/residents?idNumber=" + id, "grid.wuai").expect(200).field("total").asLong()).isZero();
		assertThat(api.get("/api/residents?region=" + LIUYI, "grid.wuai").status()).isEqualTo(404);
		assertThat(api.get("/api/households?region=" + LIUYI, "grid.wuai").status()).isEqualTo(404);
		assertThat(api.post("/api/residents", PeopleFixtures.resident(PeopleFixtures.idNumber(), household), "grid.wuai")
			.status()).isEqualTo(400);
		assertThat(api.download("/api/residents/export.xlsx?idNumber=" + id, "grid.wuai").status()).isEqualTo(403);
	}

	@Test
	void the_grid_member_of_liuyi_sees_the_resident_the_desk_registered_in_their_grid() {
		long household = PeopleFixtures.household(api, "desk.longtou", LIUYI, LIUYI_GRID);
		long resident = PeopleFixtures.resident(api, "desk.longtou", household);

		assertThat(api.get("/api/residents/" + resident, "grid.liuyi").status()).isEqualTo(200);
		assertThat(api.get("/api/households/" + household + "/members", "grid.liuyi").expect(200).body().size())
			.isEqualTo(1);
	}
}
