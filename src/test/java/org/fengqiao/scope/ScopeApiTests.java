package org.fengqiao.scope;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fengqiao.support.Api.Response;
import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The one scope filter, over HTTP: rules as data, and records of another town, whatever the method. */
class ScopeApiTests extends ApiTest {

	static final String LONGTOU = "610722101";
	static final String ANGUO = "620802104";

	@Test
	void a_town_sees_only_its_own_routing_rules_and_an_admin_sees_every_towns() {
		Response created = api.post("/api/routing-rules", Map.of("regionPrefix", ANGUO, "level", "TOWN",
				"leadUnit", ANGUO + "000-GOVERNANCE_CENTER", "priority", 1), "admin");
		assertThat(created.status()).isEqualTo(201);
		long anguoRule = created.body().path("id").asLong();
		try {
			List<String> admin = prefixes("admin");
			assertThat(admin).anyMatch(p -> p.startsWith(LONGTOU)).anyMatch(p -> p.startsWith(ANGUO));

			List<String> anguo = prefixes("desk.anguo");
			assertThat(anguo).contains(ANGUO).noneMatch(p -> p.startsWith(LONGTOU));

			List<String> longtou = prefixes("desk.longtou");
			assertThat(longtou).anyMatch(p -> p.startsWith(LONGTOU)).noneMatch(p -> p.startsWith(ANGUO));
		} finally {
			assertThat(api.delete("/api/routing-rules/" + anguoRule, "admin").status()).isEqualTo(204);
		}
	}

	@Test
	void a_towns_own_sla_policy_is_seen_by_that_town_and_applies_to_its_cases_only() {
		// A category no other test uses: the policy stays (SLA policies are edited, never deleted).
		Response created = api.post("/api/sla-policies", Map.of("kind", "DISPUTE", "category", "DISPUTE_LAND_FOREST",
				"signForHours", 3, "handlingWorkingDays", 4, "warningFraction", 0.5, "regionPrefix", LONGTOU), "admin");
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		{
			List<String> longtou = prefixes(api.get("/api/sla-policies", "desk.longtou").expect(200));
			List<String> anguo = prefixes(api.get("/api/sla-policies", "desk.anguo").expect(200));
			List<String> all = prefixes(api.get("/api/sla-policies", "admin").expect(200));
			assertThat(longtou).contains(LONGTOU).contains("everywhere");
			assertThat(anguo).doesNotContain(LONGTOU).contains("everywhere");
			assertThat(all).contains(LONGTOU);

			Response longtouCase = dispatchedForestDispute("desk.longtou", "610722101213", LONGTOU + "000-JUDICIAL_OFFICE");
			Response anguoCase = dispatchedForestDispute("desk.anguo", "620802104204", ANGUO + "000-JUDICIAL_OFFICE");
			assertThat(hoursToSignFor(longtouCase)).isEqualTo(3);
			assertThat(hoursToSignFor(anguoCase)).isNotEqualTo(3);
		}
	}

	private Response dispatchedForestDispute(String desk, String village, String judicial) {
		Response c = api.post("/api/cases", Map.of("kind", "DISPUTE", "category", "DISPUTE_LAND_FOREST", "channel",
				"WINDOW", "title", "林地时限测试", "description", "按本镇时限派单。", "reporter",
				Map.of("name", "孙七", "phone", "13900003333"), "location", Map.of("regionCode", village)), desk).expect(201);
		return api.post("/api/cases/" + c.text("number") + "/dispatch", Map.of("leadUnit", judicial), desk).expect(200);
	}

	private static long hoursToSignFor(Response dispatched) {
		return java.time.Duration.between(clockNow(), java.time.OffsetDateTime.parse(dispatched.text("signForDeadline")))
			.toHours();
	}

	private static java.time.OffsetDateTime clockNow() {
		return NOW.atOffset(java.time.ZoneOffset.ofHours(8));
	}

	private static List<String> prefixes(Response list) {
		List<String> prefixes = new java.util.ArrayList<>();
		list.body().valueStream().forEach(p -> prefixes.add(p.path("regionPrefix").isNull() ? "everywhere"
				: p.path("regionPrefix").asString()));
		return prefixes;
	}

	@Test
	void another_towns_staff_member_is_404_for_reading_and_editing() {
		Response longtouStaff = api.get("/api/staff?region=" + LONGTOU + "000&size=1", "desk.longtou");
		assertThat(longtouStaff.status()).isEqualTo(200);
		JsonNode member = longtouStaff.body().path("items").get(0);
		long id = member.path("id").asLong();

		assertThat(api.get("/api/staff/" + id, "desk.anguo").status()).isEqualTo(404);
		Response edit = api.put("/api/staff/" + id, Map.of("name", "改名", "regionCode", member.path("regionCode").asString()),
				"desk.anguo");
		assertThat(edit.status()).isEqualTo(404);
		assertThat(api.get("/api/staff/" + id, "desk.longtou").status()).isEqualTo(200);
	}

	@Test
	void another_towns_region_and_center_are_404_but_the_county_above_is_a_breadcrumb() {
		assertThat(api.get("/api/regions/" + LONGTOU + "000", "desk.anguo").status()).isEqualTo(404);
		assertThat(api.get("/api/regions/" + LONGTOU + "000/children", "desk.anguo").status()).isEqualTo(404);
		assertThat(api.get("/api/departments/" + LONGTOU + "000-GOVERNANCE_CENTER", "desk.anguo").status()).isEqualTo(404);
		assertThat(api.get("/api/departments/" + LONGTOU + "000-GOVERNANCE_CENTER", "desk.longtou").status()).isEqualTo(200);

		Response county = api.get("/api/regions/610722000000/children", "desk.longtou");
		assertThat(county.status()).isEqualTo(200);
		List<String> towns = new ArrayList<>();
		county.body().forEach(r -> towns.add(r.path("code").asString()));
		assertThat(towns).containsExactly(LONGTOU + "000");
	}

	private List<String> prefixes(String user) {
		Response r = api.get("/api/routing-rules", user);
		assertThat(r.status()).isEqualTo(200);
		List<String> out = new ArrayList<>();
		r.body().forEach(rule -> out.add(rule.path("regionPrefix").asString("")));
		return out;
	}
}
