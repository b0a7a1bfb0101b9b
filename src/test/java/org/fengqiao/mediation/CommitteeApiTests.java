package org.fengqiao.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.fengqiao.support.Api.Response;
import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The mediation committees' roster: read where the place is seen, kept by the town center. */
class CommitteeApiTests extends ApiTest {

	@Test
	void every_village_and_the_town_have_a_committee_with_mediators_and_a_community_elder() {
		Response r = api.get("/api/mediation-committees?region=610722101000", "desk.longtou").expect(200);
		assertThat(r.body().size()).isGreaterThan(10);
		assertThat(r.body().valueStream().map(c -> c.path("name").asString())).contains("六一村人民调解委员会");
		JsonNode town = null;
		for (JsonNode c : r.body()) {
			if (c.path("regionCode").asString().equals("610722101000")) {
				town = c;
			}
		}
		assertThat(town).isNotNull();
		assertThat(town.path("name").asString()).isEqualTo("龙头镇人民调解委员会");
		assertThat(town.path("shortName").asString()).isEqualTo("龙");
		assertThat(town.path("mediators").valueStream().map(m -> m.path("kind").asString())).contains("MEDIATOR",
				"COMMUNITY_ELDER");
	}

	@Test
	void the_town_center_adds_a_mediator_and_others_may_not_and_another_town_does_not_see_the_roster() {
		JsonNode donggou = api.get("/api/mediation-committees?region=620802104204", "desk.anguo").expect(200).body().get(0);
		long id = donggou.path("id").asLong();

		Response added = api.post("/api/mediation-committees/" + id + "/mediators",
				Map.of("name", "赵德明", "kind", "COMMUNITY_ELDER", "title", "老党员"), "desk.anguo").expect(201);
		assertThat(added.array("mediators").valueStream().map(m -> m.path("name").asString())).contains("赵德明");

		assertThat(api.post("/api/mediation-committees/" + id + "/mediators", Map.of("name", "某人", "kind", "MEDIATOR"),
				"cadre.donggou").expect(403).text("code")).isEqualTo("mediation.roster-forbidden");
		assertThat(api.post("/api/mediation-committees/" + id + "/mediators", Map.of("name", "某人", "kind", "MEDIATOR"),
				"desk.longtou").status()).isEqualTo(404);
		assertThat(api.get("/api/mediation-committees?region=620802104204", "desk.longtou").status()).isEqualTo(404);
		Response blank = api.post("/api/mediation-committees/" + id + "/mediators", Map.of("kind", "MEDIATOR"), "desk.anguo");
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.array("errors").get(0).path("field").asString()).isEqualTo("name");
		assertThat(blank.array("errors").get(0).path("message").asString()).isEqualTo("不能为空。");
		assertThat(api.post("/api/mediation-committees", Map.of("regionCode", "620802104204", "shortName", "东沟"),
				"desk.anguo").expect(409).text("code")).isEqualTo("mediation.committee-exists");
	}

	@Test
	void the_roster_offers_editing_to_the_town_center_and_not_to_a_village_cadre() {
		JsonNode asDesk = api.get("/api/mediation-committees?region=620802104204", "desk.anguo").expect(200).body().get(0);
		assertThat(asDesk.path("allowedActions").valueStream().map(JsonNode::asString)).containsExactly("edit");
		JsonNode asCadre = api.get("/api/mediation-committees", "cadre.donggou").expect(200).body().get(0);
		assertThat(asCadre.path("allowedActions").isArray()).isTrue();
		assertThat(asCadre.path("allowedActions")).isEmpty();
		long mediator = asDesk.path("mediators").get(0).path("id").asLong();
		assertThat(api.put("/api/mediation-committees/" + asCadre.path("id").asLong() + "/mediators/" + mediator,
				Map.of("name", "某人", "kind", "MEDIATOR"), "cadre.donggou").expect(403).text("code"))
			.isEqualTo("mediation.roster-forbidden");
	}
}
