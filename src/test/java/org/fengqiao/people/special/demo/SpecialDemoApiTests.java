package org.fengqiao.people.special.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.fengqiao.support.Api.Response;
import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class SpecialDemoApiTests extends ApiTest {

	@Test
	void longtou_starts_with_its_354_files_20_key_persons_and_a_year_of_mostly_punctual_visits() {
		Response figures = api.get("/api/special-populations/summary?region=610722101000", "leader.longtou").expect(200);
		long persons = 0;
		long keyPersons = 0;
		long overdue = 0;
		for (JsonNode village : figures.body()) {
			persons += village.path("persons").asLong();
			keyPersons += village.path("keyPersons").asLong();
			overdue += village.path("overdue").asLong();
			if (!village.path("onTimeRate").isNull()) {
				assertThat(village.path("onTimeRate").asDouble()).isGreaterThan(0.7);
			}
		}
		// other test classes in this context may have opened a few more
		assertThat(persons).isBetween(354L, 420L);
		assertThat(keyPersons).isBetween(20L, 40L);
		assertThat(overdue).isPositive();
		assertThat(figures.body().size()).isGreaterThan(10);
	}

	@Test
	void the_grid_member_of_liuyi_is_on_the_team_of_its_demo_files_and_sees_no_other_village() {
		Response mine = api.get("/api/special-populations?size=200", "grid.liuyi").expect(200);
		assertThat(mine.field("total").asLong()).isPositive();
		mine.field("items").forEach(f -> assertThat(f.path("regionCode").asString()).isEqualTo("610722101213"));
		Response county = api.get("/api/special-populations/summary", "county.chenggu").expect(200);
		assertThat(county.body().size()).isGreaterThan(10);
		assertThat(api.get("/api/special-populations", "county.chenggu").status()).isEqualTo(403);
	}
}
