package org.fengqiao.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.fengqiao.support.Api.Response;
import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class DirectoryApiTests extends ApiTest {

	@Test
	void a_town_center_dispatches_to_its_stations_itself_and_its_village_committees() {
		Response r = api.get("/api/departments?region=610722101000", "desk.longtou");

		assertThat(r.status()).isEqualTo(200);
		List<String> codes = r.body().valueStream().map(d -> d.path("code").asString()).toList();
		assertThat(codes).contains("610722101000-GOVERNANCE_CENTER", "610722101000-POLICE_STATION",
				"610722101000-JUDICIAL_OFFICE", "610722101213-VILLAGE_COMMITTEE");
		assertThat(codes).filteredOn(c -> c.endsWith("-VILLAGE_COMMITTEE")).hasSize(14);
		JsonNode police = r.body().valueStream().filter(d -> d.path("kind").asString().equals("POLICE_STATION"))
			.findFirst().orElseThrow();
		assertThat(police.path("name").asString()).isEqualTo("龙头派出所");
		assertThat(police.path("stationing").asString()).isEqualTo("PERMANENT");
	}

	@Test
	void a_county_center_dispatches_to_county_departments() {
		Response r = api.get("/api/departments?region=610722000000", "center.chenggu").expect(200);

		assertThat(r.body().valueStream().map(d -> d.path("regionCode").asString())).containsOnly("610722000000");
		assertThat(r.body().valueStream().map(d -> d.path("kind").asString())).contains("GOVERNANCE_CENTER",
				"PETITION_OFFICE");
	}

	@Test
	void longtou_has_477_grid_members_and_zeng_xiaoming_is_one_of_liuyis() {
		Response all = api.get("/api/staff?region=610722101000&fieldRole=GRID_MEMBER&size=1", "desk.longtou").expect(200);
		Response liuyi = api.get("/api/staff?region=610722101213&fieldRole=GRID_MEMBER&size=200", "desk.longtou").expect(200);

		assertThat(all.field("total").asLong()).isEqualTo(477);
		assertThat(liuyi.array("items").valueStream().map(s -> s.path("name").asString())).contains("曾小明");
	}

	@Test
	void staff_phones_are_masked_and_unmasking_is_for_leaders_and_audited() {
		JsonNode zeng = api.get("/api/staff?grid=61072210121300101&size=10", "desk.longtou").expect(200).field("items")
			.valueStream().filter(s -> s.path("name").asString().equals("曾小明")).findFirst().orElseThrow();
		String masked = zeng.path("phone").asString();
		assertThat(masked).matches("1\\d\\d\\*{4}\\d{4}");

		long id = zeng.path("id").asLong();
		assertThat(api.get("/api/staff/" + id + "/unmasked", "desk.longtou").status()).isEqualTo(403);
		Response clear = api.get("/api/staff/" + id + "/unmasked", "leader.longtou");
		assertThat(clear.status()).isEqualTo(200);
		assertThat(clear.text("phone")).matches("1[3-9]\\d{9}").startsWith(masked.substring(0, 3))
			.endsWith(masked.substring(7));

		JsonNode audit = api.get("/api/audit?recordType=staff&recordId=" + id, "admin").expect(200).body();
		assertThat(audit.path("items").valueStream()
			.filter(e -> e.path("action").asString().equals("UNMASK") && e.path("actor").asString().equals("leader.longtou")))
			.hasSize(1);
	}

	@Test
	void a_grid_member_sees_only_the_staff_of_their_village() {
		JsonNode page = api.get("/api/staff?size=200", "grid.wuai").expect(200).body();

		assertThat(page.path("total").asLong()).isPositive();
		assertThat(page.path("items").valueStream().map(s -> s.path("regionCode").asString()))
			.containsOnly("610722101209");
	}

	@Test
	void desk_staff_add_a_grid_member_with_a_masked_phone_in_the_answer() {
		Response r = api.post("/api/staff", Map.of("name", "王晓丽", "gender", "FEMALE", "phone", "13912342345",
				"departmentCode", "610722101213-VILLAGE_COMMITTEE", "regionCode", "610722101213", "fieldRoles",
				List.of("GRID_MEMBER", "MEDIATOR"), "gridCodes", List.of("61072210121300102")), "desk.longtou");

		assertThat(r.status()).isEqualTo(201);
		assertThat(r.text("phone")).isEqualTo("139****2345");
		assertThat(r.array("fieldRoles").valueStream().map(JsonNode::asString)).containsExactly("GRID_MEMBER",
				"MEDIATOR");
		assertThat(api.get("/api/staff/" + r.field("id").asLong(), "grid.wuai").status()).isEqualTo(404);
	}

	@Test
	void editing_a_staff_member_without_a_phone_keeps_the_stored_one_and_an_empty_phone_removes_it() {
		Response created = api.post("/api/staff", Map.of("name", "周文静", "phone", "13912346789", "regionCode",
				"610722101213", "departmentCode", "610722101213-VILLAGE_COMMITTEE"), "desk.longtou");
		assertThat(created.status()).isEqualTo(201);
		String path = "/api/staff/" + created.field("id").asLong();

		Response renamed = api.put(path, Map.of("name", "周文菁", "regionCode", "610722101213", "departmentCode",
				"610722101213-VILLAGE_COMMITTEE"), "desk.longtou");
		assertThat(renamed.status()).isEqualTo(200);
		assertThat(renamed.text("name")).isEqualTo("周文菁");
		assertThat(renamed.text("phone")).isEqualTo("139****6789");

		Response removed = api.put(path, Map.of("name", "周文菁", "phone", "", "regionCode", "610722101213",
				"departmentCode", "610722101213-VILLAGE_COMMITTEE"), "desk.longtou");
		assertThat(removed.status()).isEqualTo(200);
		assertThat(removed.body().path("phone").asString(null)).as("phone after removal").isNull();
	}

	@Test
	void a_bad_phone_or_field_role_is_a_400() {
		Response phone = api.post("/api/staff", Map.of("name", "张三", "phone", "12345", "regionCode", "610722101213"),
				"desk.longtou");
		Response role = api.post("/api/staff",
				Map.of("name", "张三", "regionCode", "610722101213", "fieldRoles", List.of("WIZARD")), "desk.longtou");

		assertThat(phone.status()).isEqualTo(400);
		assertThat(phone.array("errors").get(0).path("field").asString()).isEqualTo("phone");
		assertThat(role.status()).isEqualTo(400);
	}

	@Test
	void a_county_viewer_cannot_add_staff() {
		assertThat(api.post("/api/staff", Map.of("name", "张三", "regionCode", "610722101213"), "county.chenggu")
			.status()).isEqualTo(403);
	}
}
