package org.fengqiao.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.people.PeopleFixtures.LIUYI;
import static org.fengqiao.people.PeopleFixtures.LIUYI_GRID;

import java.util.List;
import java.util.Map;

import org.fengqiao.support.Api;
import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;

/** The town's police station reads its town's registers, read only; another town's police reads nothing of them. */
class PoliceRegisterApiTests extends ApiTest {

	@Test
	void the_longtou_police_reads_a_liuyi_resident_and_household_masked_but_cannot_write_or_unmask() {
		long household = PeopleFixtures.household(api, "desk.longtou", LIUYI, LIUYI_GRID);
		String id = PeopleFixtures.idNumber();
		long resident = api.post("/api/residents", PeopleFixtures.resident(id, household), "desk.longtou").expect(201)
			.field("id").asLong();

		Api.Response read = api.get("/api/residents/" + resident, "police.longtou");
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.text("idNumber")).contains("********").doesNotContain(id.substring(6, 14));
		assertThat(read.text("phone")).isEqualTo("139****2345");
		assertThat(read.field("allowedActions").valueStream().map(a -> a.asString())).isEmpty();
		Api.Response found = api.get("/api/residents?idNumber=" + id, "police.longtou");
		assertThat(found.status()).isEqualTo(200);
		assertThat(found.field("total").asLong()).isEqualTo(1);
		Api.Response members = api.get("/api/households/" + household + "/members", "police.longtou");
		assertThat(members.status()).isEqualTo(200);
		assertThat(members.body().size()).isEqualTo(1);
		assertThat(api.get("/api/households/" + household, "police.longtou").status()).isEqualTo(200);

		assertThat(api.put("/api/residents/" + resident, PeopleFixtures.resident(id, household), "police.longtou").status())
			.isEqualTo(403);
		assertThat(api.post("/api/residents/" + resident + "/events", Map.of("kind", "DECEASED", "date", "2026-03-01"),
				"police.longtou").status()).isEqualTo(403);
		assertThat(api.put("/api/households/" + household, Map.of("address", "改过的地址"), "police.longtou").status())
			.isEqualTo(403);
		assertThat(api.post("/api/residents", PeopleFixtures.resident(PeopleFixtures.idNumber(), household),
				"police.longtou").status()).isEqualTo(403);
		assertThat(api.get("/api/residents/" + resident + "/unmasked", "police.longtou").status()).isEqualTo(403);
		assertThat(api.get("/api/residents/" + resident, "desk.longtou").expect(200).field("version").asLong())
			.as("nothing the police sent changed the resident").isEqualTo(read.field("version").asLong());
	}

	@Test
	void another_towns_police_gets_404_for_a_liuyi_resident_and_household() {
		api.post("/api/users", Map.of("username", "police.anguo.test", "displayName", "安国派出所民警", "password",
				Api.DEMO_PASSWORD, "roles", List.of("DEPARTMENT_STAFF"), "regions", List.of("620802104000"), "departments",
				List.of("620802104000-POLICE_STATION")), "admin").expect(201);
		long household = PeopleFixtures.household(api, "desk.longtou", LIUYI, LIUYI_GRID);
		String id = PeopleFixtures.idNumber();
		long resident = api.post("/api/residents", PeopleFixtures.resident(id, household), "desk.longtou").expect(201)
			.field("id").asLong();

		assertThat(api.get("/api/residents/" + resident, "police.anguo.test").status()).isEqualTo(404);
		assertThat(api.get("/api/households/" + household, "police.anguo.test").status()).isEqualTo(404);
		assertThat(api.get("/api/households/" + household + "/members", "police.anguo.test").status()).isEqualTo(404);
		Api.Response search = api.get("/api/residents?idNumber=" + id, "police.anguo.test");
		assertThat(search.status()).isEqualTo(200);
		assertThat(search.field("total").asLong()).isZero();
		assertThat(api.get("/api/residents/" + resident, "police.longtou").status()).isEqualTo(200);
	}
}
