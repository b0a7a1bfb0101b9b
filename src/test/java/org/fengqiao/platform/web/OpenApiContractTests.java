package org.fengqiao.platform.web;

import org.fengqiao.cases.CaseAction;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fengqiao.cases.CaseAction;
import org.fengqiao.support.Api;
import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document as a stranger integrating with Fengqiao reads it (and as client generators read it):
 * every operation named, summarised, tagged by module, secured, and with its problem answers.
 */
class OpenApiContractTests extends ApiTest {

	private static final Set<String> PUBLIC = Set.of("/api/auth/login", "/api/system/info");
	private static final Pattern LOWER_CAMEL = Pattern.compile("[a-z][a-zA-Z0-9]*[a-zA-Z]");

	private JsonNode doc;

	/** One operation of the document. */
	private record Op(String method, String path, JsonNode node) {

		@Override
		public String toString() {
			return method.toUpperCase() + " " + path;
		}

		boolean hasParameter(String in) {
			return node.path("parameters").valueStream().anyMatch(p -> in.equals(p.path("in").asString()));
		}
	}

	@BeforeEach
	void readDocument() {
		Api.Response r = api.get("/v3/api-docs", null);
		assertThat(r.status()).isEqualTo(200);
		doc = r.body();
	}

	private List<Op> operations() {
		List<Op> ops = new ArrayList<>();
		doc.path("paths").properties().forEach(path -> path.getValue().properties()
			.forEach(op -> ops.add(new Op(op.getKey(), path.getKey(), op.getValue()))));
		return ops;
	}

	@Test
	void the_document_names_the_api_and_the_build_version() throws IOException {
		assertThat(doc.path("info").path("title").asString()).isEqualTo("Fengqiao API");
		assertThat(doc.path("info").path("version").asString()).isEqualTo(projectVersion());
		assertThat(doc.path("info").path("description").asString()).contains("Authorization: Bearer");
	}

	@Test
	void every_operation_has_a_unique_readable_operation_id_and_a_summary() {
		List<Op> ops = operations();
		assertThat(ops).hasSizeGreaterThanOrEqualTo(49);
		Set<String> seen = new HashSet<>();
		for (Op op : ops) {
			String id = op.node().path("operationId").asString();
			assertThat(id).as("operationId of %s", op).matches(LOWER_CAMEL).doesNotContain("_");
			assertThat(id).as("operationId of %s (no numbered duplicates)", op).doesNotMatch(".*\\d$");
			assertThat(seen.add(id)).as("operationId %s of %s is unique", id, op).isTrue();
			assertThat(op.node().path("summary").asString()).as("summary of %s", op).isNotBlank();
		}
		assertThat(seen).contains("receiveCase", "listCases", "getCase", "takeAction", "login");
	}

	@Test
	void every_operation_documents_its_success_answer_and_its_body() {
		for (Op op : operations()) {
			List<String> success = op.node().path("responses").propertyNames().stream().filter(c -> c.startsWith("2"))
				.toList();
			assertThat(success).as("success answers of %s", op).isNotEmpty();
			success.stream().filter(c -> !"204".equals(c)).forEach(c -> assertThat(
					op.node().path("responses").path(c).path("content").isEmpty()).as("%s body of %s", c, op).isFalse());
		}
	}

	@Test
	void every_operation_is_tagged_by_a_declared_module_not_by_its_controller_class() {
		Set<String> declared = new HashSet<>();
		doc.path("tags").valueStream().forEach(t -> declared.add(t.path("name").asString()));
		assertThat(declared).contains("cases", "regions", "grids", "directory", "identity", "audit", "calendar",
				"files", "imports", "notifications", "statistics", "routing rules");
		for (Op op : operations()) {
			List<String> tags = op.node().path("tags").valueStream().map(JsonNode::asString).toList();
			assertThat(tags).as("tags of %s", op).isNotEmpty().allSatisfy(tag -> {
				assertThat(tag).doesNotEndWith("-controller");
				assertThat(declared).contains(tag);
			});
		}
	}

	@Test
	void every_authenticated_operation_requires_the_bearer_token_and_answers_401_with_a_problem() {
		JsonNode scheme = doc.path("components").path("securitySchemes").path("bearer");
		assertThat(scheme.path("type").asString()).isEqualTo("http");
		assertThat(scheme.path("scheme").asString()).isEqualTo("bearer");
		for (Op op : operations()) {
			boolean open = PUBLIC.contains(op.path());
			List<String> schemes = new ArrayList<>();
			op.node().path("security").valueStream().forEach(req -> schemes.addAll(req.propertyNames()));
			if (open) {
				assertThat(schemes).as("%s needs no token", op).isEmpty();
			} else {
				assertThat(schemes).as("security of %s", op).containsExactly("bearer");
				assertThat(problem(op, "401")).as("401 of %s", op).isTrue();
			}
		}
	}

	@Test
	void operations_taking_input_answer_400_and_those_naming_a_record_answer_404() {
		for (Op op : operations()) {
			if (op.node().has("requestBody") || op.hasParameter("query")) {
				assertThat(problem(op, "400")).as("400 of %s", op).isTrue();
			}
			if (op.hasParameter("path")) {
				assertThat(problem(op, "404")).as("404 of %s", op).isTrue();
			}
		}
	}

	@Test
	void every_declared_4xx_answer_is_a_problem() {
		for (Op op : operations()) {
			op.node().path("responses").propertyNames().stream().filter(code -> code.startsWith("4"))
				.forEach(code -> assertThat(problem(op, code)).as("%s of %s is a Problem", code, op).isTrue());
		}
	}

	@Test
	void the_problem_schema_carries_the_code_and_the_field_errors() {
		JsonNode problem = doc.path("components").path("schemas").path("Problem").path("properties");
		assertThat(problem.propertyNames()).contains("type", "title", "status", "detail", "code", "errors");
		JsonNode fieldError = resolve(problem.path("errors").path("items"));
		assertThat(fieldError.path("properties").propertyNames()).containsExactlyInAnyOrder("field", "message");
	}

	@Test
	void the_specific_refusals_are_listed_where_they_happen() {
		assertThat(problem(op("post", "/api/cases/{number}/{action}"), "409")).isTrue();
		assertThat(problem(op("post", "/api/cases/{number}/{action}"), "403")).isTrue();
		assertThat(problem(op("post", "/api/cases"), "422")).isTrue();
		assertThat(problem(op("post", "/api/files"), "413")).isTrue();
		assertThat(problem(op("post", "/api/imports/{kind}"), "413")).isTrue();
		assertThat(problem(op("get", "/api/audit"), "403")).isTrue();
	}

	@Test
	void the_action_path_variable_is_an_enum_of_exactly_the_actions_the_server_knows() {
		JsonNode action = op("post", "/api/cases/{number}/{action}").node().path("parameters").valueStream()
			.filter(p -> "action".equals(p.path("name").asString())).findFirst().orElseThrow();
		List<String> documented = action.path("schema").path("enum").valueStream().map(JsonNode::asString).toList();
		List<String> known = Arrays.stream(CaseAction.values()).map(CaseAction::path).toList();
		assertThat(documented).containsExactlyInAnyOrderElementsOf(known);
	}

	@Test
	void string_fields_holding_an_enum_list_their_values() {
		JsonNode schemas = doc.path("components").path("schemas");
		assertThat(values(schemas.path("PossibleDuplicate").path("properties").path("reason")))
			.containsExactlyInAnyOrder("SAME_ID_NUMBER", "SAME_PHONE", "SAME_PLACE");
		assertThat(values(schemas.path("Staff").path("properties").path("gender"))).containsExactlyInAnyOrder("MALE",
				"FEMALE");
		assertThat(values(schemas.path("IntakeRequest").path("properties").path("channel"))).contains("HOTLINE_12345");
	}

	@Test
	void the_intake_example_is_accepted_as_it_stands_and_the_dispatch_example_dispatches_it() {
		JsonNode intake = op("post", "/api/cases").node().path("requestBody").path("content").path("application/json")
			.path("examples");
		assertThat(intake.isEmpty()).isFalse();
		String body = intake.values().iterator().next().path("value").toString();

		Api.Response created = api.post("/api/cases", body, "desk.longtou");
		assertThat(created.status()).as(created.raw()).isEqualTo(201);

		JsonNode actions = op("post", "/api/cases/{number}/{action}").node().path("requestBody").path("content")
			.path("application/json").path("examples");
		assertThat(actions.propertyNames()).contains("dispatch", "resolve", "visit");
		Set<String> fields = resolve(op("post", "/api/cases/{number}/{action}").node().path("requestBody")
			.path("content").path("application/json").path("schema")).path("properties").propertyNames()
			.stream().collect(java.util.stream.Collectors.toSet());
		actions.properties().forEach(e -> assertThat(fields).as("fields of the %s example", e.getKey())
			.containsAll(e.getValue().path("value").propertyNames()));

		String dispatch = actions.path("dispatch").path("value").toString();
		Api.Response dispatched = api.post("/api/cases/" + created.text("number") + "/dispatch", dispatch,
				"desk.longtou");
		assertThat(dispatched.status()).as(dispatched.raw()).isEqualTo(200);
		assertThat(dispatched.text("status")).isEqualTo("DISPATCHED");
	}

	private Op op(String method, String path) {
		JsonNode node = doc.path("paths").path(path).path(method);
		assertThat(node.isMissingNode()).as("%s %s is documented", method, path).isFalse();
		return new Op(method, path, node);
	}

	/** Whether the operation declares this status with a problem+json body of the shared Problem schema. */
	private boolean problem(Op op, String status) {
		JsonNode response = resolve(op.node().path("responses").path(status));
		return "#/components/schemas/Problem".equals(
				response.path("content").path("application/problem+json").path("schema").path("$ref").asString());
	}

	private JsonNode resolve(JsonNode node) {
		String ref = node.path("$ref").asString();
		if (ref.isEmpty()) {
			return node;
		}
		JsonNode target = doc;
		for (String part : ref.substring(2).split("/")) {
			target = target.path(part);
		}
		return target;
	}

	private List<String> values(JsonNode property) {
		JsonNode schema = resolve(property);
		return schema.path("enum").valueStream().map(JsonNode::asString).toList();
	}

	private static String projectVersion() throws IOException {
		String pom = Files.readString(Path.of("pom.xml"));
		Matcher m = Pattern.compile("<artifactId>fengqiao</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
		assertThat(m.find()).isTrue();
		return m.group(1);
	}
}
