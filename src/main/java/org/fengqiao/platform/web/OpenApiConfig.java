package org.fengqiao.platform.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;

/**
 * The OpenAPI document's shared parts: title and version, the bearer scheme, the one {@code Problem} schema,
 * the named problem responses controllers refer to ({@code @ApiResponse(responseCode = "409", ref =
 * "Conflict")}), and the answers every operation gives by its shape (see {@link #sharedResponses()}).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

	static final String BEARER = "bearer";
	static final String PROBLEM_JSON = "application/problem+json";

	/** Operations a client calls without a token (the security chain permits exactly these). */
	static final Set<String> PUBLIC_PATHS = Set.of("/api/auth/login", "/api/system/info");

	private static final String DESCRIPTION = """
			The HTTP interface of Fengqiao (枫桥), the platform of a township comprehensive governance center.

			**Authentication.** `POST /api/auth/login` with `{"username","password"}` returns a `token`; send it \
			as `Authorization: Bearer <token>` on every other `/api` call.

			**Errors** are `application/problem+json` (RFC 9457) with a stable machine `code` and a `detail` in \
			the request's `Accept-Language` (zh-CN by default, `en` for English); validation failures list \
			`errors: [{"field","message"}]`.

			**Permissions.** A record outside the caller's data scope is 404 for every method (its existence is \
			never revealed); a role that can never take an action is 403; a role that may, but not in the \
			record's current state, is 409. Lists return only what is in scope.

			**Conventions.** Times carry the Asia/Shanghai offset; `from`/`to` are inclusive local dates; region \
			codes are 12 digits; lists take `page` (from 0) and `size` (at most 200).""";

	/** The module tags, in the order Swagger UI shows them. */
	private static final Map<String, String> TAGS = new java.util.LinkedHashMap<>();

	static {
		TAGS.put("identity", "Login, logout, the current user and account administration");
		TAGS.put("cases", "Intake, lists and the lifecycle actions of cases (appeals, disputes, petitions, hazards…)");
		TAGS.put("categories", "The category tree of each case kind");
		TAGS.put("routing rules", "Rules that suggest a unit for a category and region (administrators write)");
		TAGS.put("SLA policies", "Time limits per kind, category and priority (administrators write)");
		TAGS.put("notifications", "In-app notifications of the caller and their units");
		TAGS.put("statistics", "Dashboard figures over the caller's scope");
		TAGS.put("regions", "Administrative divisions (province to village)");
		TAGS.put("grids", "Level-1 and level-2 grids, their boundaries and locating a point");
		TAGS.put("directory", "Departments (units a center dispatches to) and staff");
		TAGS.put("calendar", "The working-day calendar");
		TAGS.put("files", "Uploads and downloads of attachments");
		TAGS.put("imports", "Import jobs (registers, ledgers, divisions)");
		TAGS.put("audit", "The audit log (administrators)");
		TAGS.put("system", "Public facts about this installation");
		TAGS.put("special populations", "Special-population files, follow-up duties and visits (一人一档)");
		TAGS.put("people", "Households and residents: registers, life events, Excel template and exports");
		TAGS.put("mediation", "Disputes: parties, mediation sessions, referrals, agreements, committees, settlement");
		TAGS.put("petitions", "Petition details, holding (包案), the written reply, the five visits and the petitioner register");
		TAGS.put("screening rounds", "Screening rounds (排查): villages report disputes found or none; the ledger");
		TAGS.put("daily reports", "Villages' daily and zero reports (日报告/零报告), the month grid and the deadline");
	}

	@Bean
	OpenAPI fengqiaoOpenApi(@Value("${fengqiao.version:dev}") String version) {
		return new OpenAPI()
			.info(new Info().title("Fengqiao API").version(version).description(DESCRIPTION)
				.license(new License().name("Apache-2.0")))
			.tags(TAGS.entrySet().stream().map(t -> new Tag().name(t.getKey()).description(t.getValue())).toList())
			.components(new Components()
				.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
					.description("The `token` from `POST /api/auth/login`"))
				.addSchemas("Problem", problemSchema())
				.addSchemas("FieldError", fieldErrorSchema())
				.responses(ProblemResponses.all()));
	}

	/**
	 * Every authenticated operation requires the bearer token and may answer 401; one with a body or query
	 * parameters, or a typed path variable, may answer 400; one naming a record in its path may answer 404.
	 * Controllers declare the rest (403, 409, 413, 415, 422) where they really occur.
	 */
	@Bean
	OpenApiCustomizer sharedResponses() {
		return openApi -> openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
			ApiResponses responses = operation.getResponses();
			if (takesInput(operation)) {
				responses.putIfAbsent("400", ProblemResponses.ref(ProblemResponses.BAD_REQUEST));
			}
			if (path.startsWith("/api/") && !PUBLIC_PATHS.contains(path)) {
				operation.setSecurity(List.of(new SecurityRequirement().addList(BEARER)));
				responses.putIfAbsent("401", ProblemResponses.ref(ProblemResponses.UNAUTHORIZED));
			}
			if (params(operation, "path").findAny().isPresent()) {
				responses.putIfAbsent("404", ProblemResponses.ref(ProblemResponses.NOT_FOUND));
			}
			sortResponses(operation);
		}));
	}

	private static boolean takesInput(Operation operation) {
		return operation.getRequestBody() != null || params(operation, "query").findAny().isPresent()
				|| params(operation, "header").findAny().isPresent()
				|| params(operation, "path").anyMatch(p -> p.getSchema() != null && !"string".equals(type(p.getSchema())));
	}

	private static java.util.stream.Stream<Parameter> params(Operation operation, String in) {
		return operation.getParameters() == null ? java.util.stream.Stream.empty()
				: operation.getParameters().stream().filter(p -> in.equals(p.getIn()));
	}

	private static String type(Schema<?> schema) {
		return schema.getType() != null ? schema.getType()
				: schema.getTypes() == null || schema.getTypes().isEmpty() ? null : schema.getTypes().iterator().next();
	}

	/** 2xx first, then the problems by status, so a reader meets them in order. */
	private static void sortResponses(Operation operation) {
		ApiResponses sorted = new ApiResponses();
		operation.getResponses().entrySet().stream().sorted(Map.Entry.comparingByKey())
			.forEach(e -> sorted.addApiResponse(e.getKey(), e.getValue()));
		operation.setResponses(sorted);
	}

	@SuppressWarnings("rawtypes")
	private static Schema problemSchema() {
		return new ObjectSchema()
			.description("An RFC 9457 problem with Fengqiao's stable `code`")
			.addProperty("type", new StringSchema().format("uri")
				.example("https://fengqiao.org/problems/case.illegal-transition"))
			.addProperty("title", new StringSchema().example("Conflict"))
			.addProperty("status", new IntegerSchema().example(409))
			.addProperty("detail", new StringSchema().description("Human readable, in the request's Accept-Language")
				.example("案件当前状态（ACCEPTED）不能执行 dispatch"))
			.addProperty("code", new StringSchema().description("A stable machine code")
				.example("case.illegal-transition"))
			.addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldError"))
				.description("Validation failures, one per field (400 only)"))
			.addProperty("lockedUntil", new StringSchema().format("date-time")
				.description("Until when a locked account stays locked (`auth.locked` only)"))
			.required(List.of("type", "title", "status", "code"));
	}

	@SuppressWarnings("rawtypes")
	private static Schema fieldErrorSchema() {
		return new ObjectSchema()
			.addProperty("field", new StringSchema().example("location.regionCode"))
			.addProperty("message", new StringSchema().example("不能为空"))
			.required(List.of("field", "message"));
	}

	/** Content of every problem response. */
	static Content problemContent() {
		return new Content().addMediaType(PROBLEM_JSON,
				new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")));
	}
}
