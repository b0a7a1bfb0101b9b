package org.fengqiao.mediation.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.fengqiao.platform.deadline.DeadlineSweeper;
import org.fengqiao.support.Api;
import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

class ScreeningRoundApiTests extends ApiTest {

	static final String LONGTOU = "610722101000";
	static final String LIUYI = "610722101213";
	static final String WUAI = "610722101209";
	static final String XINHUA = "610722101217";
	/** Saturday 2026-03-07 00:00:01 in Shanghai: a round due on Friday 2026-03-06 is past its deadline. */
	static final Instant AFTER_FRIDAY = Instant.parse("2026-03-06T16:00:01Z");

	@Autowired
	DeadlineSweeper sweeper;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_round_where_one_village_reports_none_and_one_misses_the_deadline_flags_the_missing_one_to_the_desk_once()
			throws Exception {
		long round = open("三月矛盾纠纷排查", "2026-03-06");
		String dispute = dispute(WUAI, "五爱村三组宅基地边界纠纷");
		api.post("/api/screening-rounds/" + round + "/reports", Map.of("regionCode", LIUYI, "none", true), "cadre.liuyi")
			.expect(200);
		api.post("/api/screening-rounds/" + round + "/reports",
				Map.of("regionCode", WUAI, "none", false, "disputes", List.of(dispute)), "desk.longtou").expect(200);
		for (JsonNode v : get(round).array("villages")) { // the desk answers for every other village but 新华村
			String code = v.path("regionCode").asString();
			if (!List.of(LIUYI, WUAI, XINHUA).contains(code)) {
				api.post("/api/screening-rounds/" + round + "/reports", Map.of("regionCode", code, "none", true),
						"desk.longtou").expect(200);
			}
		}
		assertThat(status(get(round), XINHUA)).isEqualTo("PENDING");
		sweeper.sweep();
		assertThat(missingNotifications(round)).isZero();

		setClock(AFTER_FRIDAY);
		CyclicBarrier start = new CyclicBarrier(2);
		CompletableFuture<?> a = CompletableFuture.runAsync(() -> awaitThen(start));
		CompletableFuture<?> b = CompletableFuture.runAsync(() -> awaitThen(start));
		a.get();
		b.get();
		sweeper.sweep();

		Api.Response after = get(round);
		assertThat(status(after, LIUYI)).isEqualTo("NONE");
		assertThat(status(after, WUAI)).isEqualTo("REPORTED");
		assertThat(village(after, WUAI).path("disputes").valueStream().map(JsonNode::asString)).containsExactly(dispute);
		assertThat(status(after, XINHUA)).isEqualTo("MISSING");
		assertThat(missingNotifications(round)).isEqualTo(1);
		assertThat(api.get("/api/notifications?unread=true&size=200", "desk.longtou").expect(200).field("items").valueStream()
			.filter(n -> n.path("recordId").asString().equals(String.valueOf(round)))
			.map(n -> n.path("message").asString())).singleElement().asString()
			.contains("三月矛盾纠纷排查", "1 个村（社区）未报告", "新华村");
	}

	@Test
	void the_ledger_opened_with_fastexcel_lists_the_dispute_found_and_the_zero_and_pending_villages() throws Exception {
		long round = open("清明节前专项排查", null);
		String dispute = dispute(WUAI, "五爱村土地承包经营权纠纷");
		api.post("/api/screening-rounds/" + round + "/reports", Map.of("regionCode", LIUYI, "none", true), "cadre.liuyi")
			.expect(200);
		api.post("/api/screening-rounds/" + round + "/reports",
				Map.of("regionCode", WUAI, "none", false, "disputes", List.of(dispute), "note", "已约双方周五调解"),
				"desk.longtou").expect(200);
		String other = dispute(WUAI, "五爱村宅基地边界纠纷");
		api.post("/api/cases/" + other + "/parties", Map.of("role", "APPLICANT", "kind", "ORGANISATION",
				"name", "五爱村股份经济合作社", "address", "五爱村二组", "legalRepresentative", "李志强"), "desk.longtou").expect(201);
		api.post("/api/cases/" + other + "/parties", Map.of("role", "RESPONDENT", "kind", "ORGANISATION",
				"name", "龙头镇某砖厂", "address", "五爱村三组", "legalRepresentative", "赵军"), "desk.longtou").expect(201);
		api.post("/api/screening-rounds/" + round + "/reports",
				Map.of("regionCode", WUAI, "none", false, "disputes", List.of(dispute, other), "note", "已约双方周五调解"),
				"desk.longtou").expect(200);

		Api.Download ledger = api.download("/api/screening-rounds/" + round + "/ledger.xlsx", "desk.longtou").expect(200);

		assertThat(ledger.header("Content-Type")).startsWith("application/vnd.openxmlformats");
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(ledger.bytes()))) {
			List<Row> rows = wb.getFirstSheet().read();
			assertThat(rows.get(0).getCellText(0)).isEqualTo("矛盾纠纷排查化解台账");
			assertThat(rows.get(1).getCellText(0)).contains("清明节前专项排查");
			assertThat(cells(rows.get(2))).containsExactly("序号", "村(社区)", "纠纷类型", "当事人", "简要情况", "排查时间",
					"化解措施/责任人", "化解状态", "备注");
			List<Row> body = rows.subList(3, rows.size());
			assertThat(body).hasSize(15); // 14 villages of 龙头镇, two disputes in 五爱村
			Row wuai = body.stream().filter(r -> r.getCellText(4).contains(dispute)).findFirst().orElseThrow();
			// the parties recorded under the dispute, else its reporter
			Row withParties = body.stream().filter(r -> r.getCellText(4).contains(other)).findFirst().orElseThrow();
			assertThat(withParties.getCellText(3)).isEqualTo("五爱村股份经济合作社、龙头镇某砖厂");
			assertThat(wuai.getCellText(2)).isEqualTo("宅基地纠纷");
			assertThat(wuai.getCellText(3)).isEqualTo("张某");
			assertThat(wuai.getCellText(4)).contains(dispute, "五爱村土地承包经营权纠纷");
			assertThat(wuai.getCellText(5)).isEqualTo("2026-03-05");
			assertThat(wuai.getCellText(7)).isEqualTo("化解中");
			assertThat(wuai.getCellText(8)).isEqualTo("已约双方周五调解");
			Row liuyi = body.stream().filter(r -> r.getCellText(1).startsWith("六一村")).findFirst().orElseThrow();
			assertThat(liuyi.getCellText(8)).isEqualTo("零报告");
			assertThat(body.stream().filter(r -> r.getCellText(8).startsWith("未到时限"))).hasSize(12);
			assertThat(body.stream().map(r -> r.getCellText(0))).containsExactly("1", "2", "3", "4", "5", "6", "7", "8",
					"9", "10", "11", "12", "13", "14", "15");
		}
		assertThat(api.download("/api/screening-rounds/" + round + "/ledger.xlsx", "cadre.liuyi").status()).isEqualTo(403);
	}

	@Test
	void users_outside_the_town_get_404_on_every_screening_endpoint_and_a_village_cadre_sees_only_its_village() {
		long round = open("四月排查", "2026-03-20");
		for (String outsider : List.of("desk.anguo", "cadre.donggou")) {
			assertThat(api.get("/api/screening-rounds/" + round, outsider).status()).isEqualTo(404);
			assertThat(api.post("/api/screening-rounds/" + round + "/reports", Map.of("regionCode", LIUYI, "none", true),
					outsider).status()).isEqualTo(404);
			assertThat(api.download("/api/screening-rounds/" + round + "/ledger.xlsx", outsider).status()).isEqualTo(404);
			assertThat(api.get("/api/screening-rounds?region=" + LONGTOU, outsider).status()).isEqualTo(404);
			assertThat(api.get("/api/screening-rounds?size=200", outsider).expect(200).field("items").valueStream()
				.map(r -> r.path("id").asLong())).doesNotContain(round);
		}
		assertThat(api.get("/api/screening-rounds/" + round, "cadre.liuyi").expect(200).array("villages").valueStream()
			.map(v -> v.path("regionCode").asString())).containsExactly(LIUYI);
		assertThat(api.post("/api/screening-rounds/" + round + "/reports", Map.of("regionCode", WUAI, "none", true),
				"cadre.liuyi").status()).isEqualTo(404);
		assertThat(api.get("/api/screening-rounds?region=" + LIUYI + "&size=200", "cadre.liuyi").expect(200).field("items")
			.valueStream().map(r -> r.path("id").asLong())).contains(round);
	}

	@Test
	void opening_and_reporting_are_validated_with_chinese_messages_and_refused_to_roles_that_may_not() {
		Map<String, Object> blank = new HashMap<>(Map.of("regionCode", LONGTOU, "occasion", "MONTHLY", "title", " "));
		Api.Response noTitle = api.post("/api/screening-rounds", blank, "desk.longtou").expect(400);
		assertThat(noTitle.body().path("errors").valueStream().map(e -> e.path("field").asString() + ":" + e.path("message").asString()))
			.contains("title:不能为空。");
		Api.Response past = api.post("/api/screening-rounds",
				Map.of("regionCode", LONGTOU, "occasion", "MONTHLY", "title", "二月排查", "deadline", "2026-02-01"),
				"desk.longtou").expect(400);
		assertThat(past.body().path("errors").get(0).path("message").asString()).isEqualTo("报告截止日期不能早于今天。");
		assertThat(api.post("/api/screening-rounds", Map.of("regionCode", LONGTOU, "occasion", "MONTHLY", "title", "排查"),
				"cadre.liuyi").status()).isEqualTo(403);
		assertThat(api.post("/api/screening-rounds", Map.of("regionCode", LONGTOU, "occasion", "MONTHLY", "title", "排查"),
				"desk.anguo").status()).isEqualTo(404);

		long round = open("五月排查", null);
		Api.Response nothing = api.post("/api/screening-rounds/" + round + "/reports",
				Map.of("regionCode", LIUYI, "none", false), "cadre.liuyi").expect(400);
		assertThat(nothing.body().path("errors").get(0).path("field").asString()).isEqualTo("disputes");
		assertThat(nothing.body().path("detail").asString()).isNotBlank();
		assertThat(nothing.body().path("errors").get(0).path("message").asString()).contains("零报告");
		String elsewhere = dispute(WUAI, "五爱村邻里排水纠纷");
		Api.Response wrongVillage = api.post("/api/screening-rounds/" + round + "/reports",
				Map.of("regionCode", LIUYI, "none", false, "disputes", List.of(elsewhere)), "desk.longtou").expect(400);
		assertThat(wrongVillage.body().path("errors").get(0).path("message").asString()).contains("本村（社区）的矛盾纠纷");
		assertThat(api.post("/api/screening-rounds/" + round + "/reports", Map.of("regionCode", LIUYI, "none", true),
				"county.chenggu").status()).isEqualTo(403);
		assertThat(api.get("/api/screening-rounds/" + round, "county.chenggu").expect(200).array("villages").size())
			.isEqualTo(14);
	}

	@Test
	void the_demo_town_has_a_year_of_rounds_mostly_zero_reports_and_its_findings_are_its_villages_dispute_cases() {
		Api.Response list = api.get("/api/screening-rounds?region=" + LONGTOU + "&size=200", "desk.longtou").expect(200);
		List<JsonNode> demo = list.field("items").valueStream().filter(r -> r.path("title").asString().endsWith("月矛盾纠纷排查"))
			.toList();
		assertThat(demo).hasSizeGreaterThanOrEqualTo(12);
		JsonNode february = demo.stream().filter(r -> r.path("title").asString().equals("2026年2月矛盾纠纷排查"))
			.findFirst().orElseThrow();
		List<String> statuses = february.path("villages").valueStream().map(v -> v.path("status").asString()).toList();
		assertThat(statuses).hasSize(14).contains("NONE").doesNotContain("PENDING");
		List<JsonNode> reported = demo.stream().flatMap(r -> r.path("villages").valueStream())
			.filter(v -> v.path("status").asString().equals("REPORTED")).toList();
		assertThat(reported).isNotEmpty();
		JsonNode village = reported.get(0);
		Api.Response found = api.get("/api/cases/" + village.path("disputes").get(0).asString(), "desk.longtou").expect(200);
		assertThat(found.text("kind")).isEqualTo("DISPUTE");
		assertThat(found.text("regionCode")).isEqualTo(village.path("regionCode").asString());
	}

	private long open(String title, String deadline) {
		Map<String, Object> body = new HashMap<>(Map.of("regionCode", LONGTOU, "occasion", "MONTHLY", "title", title));
		if (deadline != null) {
			body.put("deadline", deadline);
		}
		Api.Response r = api.post("/api/screening-rounds", body, "desk.longtou").expect(201);
		assertThat(r.array("villages").size()).isEqualTo(14);
		return r.field("id").asLong();
	}

	private String dispute(String village, String title) {
		Map<String, Object> body = new HashMap<>();
		body.put("kind", "DISPUTE");
		body.put("category", "DISPUTE_HOUSING_HOMESTEAD");
		body.put("channel", "GRID_PATROL");
		body.put("title", title);
		body.put("description", "排查中发现：" + title + "，双方各执一词。");
		body.put("reporter", Map.of("name", "张某", "phone", "13912342345"));
		body.put("location", Map.of("regionCode", village, "address", "三组"));
		return api.post("/api/cases", body, "desk.longtou").expect(201).text("number");
	}

	private Api.Response get(long round) {
		return api.get("/api/screening-rounds/" + round, "desk.longtou").expect(200);
	}

	private static JsonNode village(Api.Response round, String code) {
		return round.array("villages").valueStream().filter(v -> v.path("regionCode").asString().equals(code))
			.findFirst().orElseThrow();
	}

	private static String status(Api.Response round, String code) {
		return village(round, code).path("status").asString();
	}

	private long missingNotifications(long round) {
		return jdbc.sql("SELECT count(*) FROM notifications WHERE record_type = 'screening-round' AND record_id = :id")
			.param("id", String.valueOf(round)).query(Long.class).single();
	}

	private void awaitThen(CyclicBarrier barrier) {
		try {
			barrier.await();
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
		sweeper.sweep();
	}

	private static List<String> cells(Row row) {
		return row.stream().map(c -> c == null ? null : c.getText()).toList();
	}
}
