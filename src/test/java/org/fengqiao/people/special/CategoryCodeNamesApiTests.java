package org.fengqiao.people.special;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.fengqiao.support.Api.Response;
import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The category fields the file form draws name every code of a CODE field, as code-tables.json does. */
class CategoryCodeNamesApiTests extends ApiTest {

	@Test
	void the_correction_type_drug_control_status_and_youth_type_come_with_their_names() {
		Response fields = api.get("/api/special-population-categories/fields", "desk.longtou");

		assertThat(fields.status()).isEqualTo(200);
		assertThat(names(field(fields.body(), "02", "correctionType")))
			.isEqualTo(Map.of("01", "管制", "02", "缓刑", "03", "假释", "04", "暂予监外执行"));
		assertThat(names(field(fields.body(), "04", "controlStatus"))).containsEntry("01", "在控").containsEntry("02", "失控")
			.hasSize(6);
		assertThat(names(field(fields.body(), "06", "youthType"))).containsEntry("05", "农村留守儿童");
		assertThat(names(field(fields.body(), "01", "resettlement"))).containsEntry("99", "其他安置方式");
		JsonNode danger = field(fields.body(), "03", "dangerLevel");
		assertThat(danger.path("kind").asString()).isEqualTo("LEVEL");
		assertThat(danger.path("max").asInt()).isEqualTo(5);
	}

	@Test
	void every_code_of_every_code_field_has_a_name_and_english_callers_get_the_chinese_name_the_data_holds() {
		Response english = api.send("GET", "/api/special-population-categories/fields", null, api.token("desk.longtou"),
				Map.of("Accept-Language", "en"));

		assertThat(english.status()).isEqualTo(200);
		english.body().properties().forEach(category -> category.getValue().valueStream()
			.filter(f -> f.path("kind").asString().equals("CODE"))
			.forEach(f -> assertThat(names(f).keySet()).as(f.path("name").asString())
				.containsExactlyElementsOf(f.path("codes").valueStream().map(JsonNode::asString).toList())));
		assertThat(names(field(english.body(), "02", "correctionType"))).containsEntry("02", "缓刑");
	}

	private static JsonNode field(JsonNode all, String category, String name) {
		return all.path(category).valueStream().filter(f -> f.path("name").asString().equals(name)).findFirst()
			.orElseThrow(() -> new AssertionError("no field " + name + " in category " + category));
	}

	private static Map<String, String> names(JsonNode field) {
		Map<String, String> out = new java.util.LinkedHashMap<>();
		field.path("options").valueStream().forEach(o -> out.put(o.path("code").asString(), o.path("name").asString()));
		return out;
	}
}
