package org.fengqiao.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.fengqiao.platform.deadline.DeadlineSweeper;
import org.fengqiao.support.Api;
import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

class DailyReportApiTests extends ApiTest {

	static final String LONGTOU = "610722101000";
	static final String LIUYI = "610722101213";
	static final String WUAI = "610722101209";
	static final String XINHUA = "610722101217";
	static final String ANGUO = "620802104000";
	static final String TODAY = "2026-03-05";
	/** Thursday 2026-03-05 17:00:01 in Shanghai: past the default deadline. */
	static final Instant AFTER_FIVE = Instant.parse("2026-03-05T09:00:01Z");

	@Autowired
	DeadlineSweeper sweeper;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_zero_report_and_a_report_of_events_show_at_once_and_the_other_villages_are_pending_until_five_then_missing() {
		api.put("/api/daily-reports/" + LIUYI + "/" + TODAY, Map.of("nothingToReport", true), "cadre.liuyi").expect(200);
		Api.Response wuai = api.put("/api/daily-reports/" + WUAI + "/" + TODAY,
				Map.of("nothingToReport", false, "content", "五爱村二组两户因排水沟发生口角，已由村调委会劝解。"), "grid.wuai").expect(200);
		assertThat(wuai.text("status")).isEqualTo("REPORTED");

		Api.Response day = api.get("/api/daily-reports?region=" + LONGTOU + "&date=" + TODAY, "desk.longtou").expect(200);
		assertThat(day.text("date")).isEqualTo(TODAY);
		assertThat(day.text("dueAt")).isEqualTo("2026-03-05T17:00:00+08:00");
		assertThat(day.array("villages")).hasSize(14);
		assertThat(status(day, LIUYI)).isEqualTo("NONE");
		assertThat(status(day, WUAI)).isEqualTo("REPORTED");
		assertThat(village(day, WUAI).path("submittedAt").asString()).isEqualTo("2026-03-05T14:30:00+08:00");
		assertThat(status(day, XINHUA)).isEqualTo("PENDING");

		setClock(AFTER_FIVE);
		assertThat(status(api.get("/api/daily-reports?region=" + LONGTOU + "&date=" + TODAY, "desk.longtou").expect(200),
				XINHUA)).isEqualTo("MISSING");
	}

	@Test
	void missing_reports_are_flagged_to_the_desk_once_per_day_however_often_the_sweeper_runs() {
		api.put("/api/daily-reports/" + LIUYI + "/" + TODAY, Map.of("nothingToReport", true), "cadre.liuyi").expect(200);
		sweeper.sweep();
		assertThat(notifications(LONGTOU)).isZero();

		setClock(AFTER_FIVE);
		sweeper.sweep();
		sweeper.sweep();

		assertThat(notifications(LONGTOU)).isEqualTo(1);
		assertThat(api.get("/api/notifications?unread=true&size=200", "desk.longtou").expect(200).field("items").valueStream()
			.filter(n -> n.path("kind").asString().equals(DailyDeadlines.MISSING))
			.map(n -> n.path("message").asString())).singleElement().asString()
			.contains("龙头镇 2026-03-05", "17:00", "新华村").doesNotContain("六一村");
	}

	@Test
	void a_town_may_set_its_own_deadline_and_its_villages_are_missing_after_it() {
		Api.Response current = api.get("/api/daily-report-deadlines/" + ANGUO, "desk.anguo").expect(200);
		assertThat(current.text("deadline")).isEqualTo("17:00");
		assertThat(current.array("allowedActions").valueStream().map(n -> n.asString())).containsExactly("edit");
		assertThat(api.get("/api/daily-report-deadlines/" + LONGTOU, "county.chenggu").expect(200).array("allowedActions"))
			.isEmpty(); // read-only
		assertThat(api.get("/api/daily-report-deadlines/" + LONGTOU, "petition.longtou").expect(200).array("allowedActions"))
			.isEmpty(); // a department's staff
		assertThat(api.put("/api/daily-report-deadlines/" + LONGTOU, Map.of("deadline", "18:00"), "county.chenggu").status())
			.isEqualTo(403);
		assertThat(api.put("/api/daily-report-deadlines/" + ANGUO, Map.of("deadline", "12:00"), "desk.anguo").expect(200)
			.text("deadline")).isEqualTo("12:00");
		Api.Response bad = api.put("/api/daily-report-deadlines/" + ANGUO, Map.of("deadline", "noon"), "desk.anguo").expect(400);
		assertThat(bad.body().path("errors").get(0).path("message").asString()).isEqualTo("截止时间格式应为 HH:mm。");
		assertThat(api.put("/api/daily-report-deadlines/" + ANGUO, Map.of("deadline", "18:00"), "cadre.donggou").status())
			.isEqualTo(403);

		Api.Response day = api.get("/api/daily-reports?region=" + ANGUO, "desk.anguo").expect(200);
		assertThat(day.text("dueAt")).isEqualTo("2026-03-05T12:00:00+08:00");
		assertThat(day.array("villages").valueStream().map(v -> v.path("status").asString())).containsOnly("MISSING");
	}

	@Test
	void the_month_grid_shows_each_village_day_by_day_with_rest_days_and_days_ahead_empty() {
		api.put("/api/daily-reports/" + LIUYI + "/2026-03-04", Map.of("nothingToReport", true), "cadre.liuyi").expect(200);

		Api.Response month = api.get("/api/daily-reports/month?region=" + LONGTOU + "&month=2026-03", "desk.longtou").expect(200);

		assertThat(month.text("month")).isEqualTo("2026-03");
		assertThat(month.array("days")).hasSize(31);
		assertThat(month.array("days").get(0).path("workingDay").asBoolean()).isFalse(); // Sunday 1 March
		JsonNode liuyi = month.array("villages").valueStream().filter(v -> v.path("regionCode").asString().equals(LIUYI))
			.findFirst().orElseThrow();
		assertThat(liuyi.path("statuses").get(3).asString()).isEqualTo("NONE");
		assertThat(liuyi.path("statuses").get(0).isNull()).isTrue();
		assertThat(liuyi.path("statuses").get(20).isNull()).isTrue();
		assertThat(api.get("/api/daily-reports/month?region=" + LONGTOU + "&month=March", "desk.longtou").status())
			.isEqualTo(400);
	}

	@Test
	void users_outside_the_village_or_town_get_404_and_read_only_or_station_roles_may_not_submit() {
		assertThat(api.get("/api/daily-reports?region=" + LONGTOU, "desk.anguo").status()).isEqualTo(404);
		assertThat(api.get("/api/daily-reports/month?region=" + LONGTOU, "cadre.donggou").status()).isEqualTo(404);
		assertThat(api.put("/api/daily-reports/" + LIUYI + "/" + TODAY, Map.of("nothingToReport", true), "cadre.donggou")
			.status()).isEqualTo(404);
		assertThat(api.put("/api/daily-reports/" + WUAI + "/" + TODAY, Map.of("nothingToReport", true), "cadre.liuyi")
			.status()).isEqualTo(404);
		assertThat(api.get("/api/daily-report-deadlines/" + LONGTOU, "desk.anguo").status()).isEqualTo(404);
		assertThat(api.get("/api/daily-reports?region=" + LONGTOU, "cadre.liuyi").expect(200).array("villages").valueStream()
			.map(v -> v.path("regionCode").asString())).containsExactly(LIUYI);
		assertThat(api.put("/api/daily-reports/" + LIUYI + "/" + TODAY, Map.of("nothingToReport", true), "county.chenggu")
			.status()).isEqualTo(403);
		assertThat(api.put("/api/daily-reports/" + LIUYI + "/" + TODAY, Map.of("nothingToReport", true), "police.longtou")
			.status()).isEqualTo(403);
	}

	@Test
	void a_report_without_events_or_a_zero_mark_and_one_for_tomorrow_are_refused_with_chinese_messages() {
		Api.Response empty = api.put("/api/daily-reports/" + LIUYI + "/" + TODAY, Map.of("nothingToReport", false, "content", " "),
				"cadre.liuyi").expect(400);
		assertThat(empty.body().path("errors").get(0).path("field").asString()).isEqualTo("content");
		assertThat(empty.body().path("errors").get(0).path("message").asString()).contains("零报告");
		Api.Response ahead = api.put("/api/daily-reports/" + LIUYI + "/2026-03-06", Map.of("nothingToReport", true),
				"cadre.liuyi").expect(400);
		assertThat(ahead.body().path("errors").get(0).path("message").asString()).isEqualTo("不能报送今天以后的日报告。");
		assertThat(api.put("/api/daily-reports/" + LONGTOU + "/" + TODAY, Map.of("nothingToReport", true), "desk.longtou")
			.status()).isEqualTo(400);
	}

	@Test
	void the_demo_villages_reported_most_working_days_mostly_nothing_with_a_few_gaps() {
		int none = 0;
		int reported = 0;
		int missing = 0;
		for (String month : List.of("2025-12", "2026-01", "2026-02")) {
			Api.Response grid = api.get("/api/daily-reports/month?region=" + LONGTOU + "&month=" + month, "desk.longtou")
				.expect(200);
			List<Boolean> working = grid.array("days").valueStream().map(d -> d.path("workingDay").asBoolean()).toList();
			for (JsonNode v : grid.array("villages")) {
				for (int d = 0; d < working.size(); d++) {
					String s = v.path("statuses").get(d).isNull() ? null : v.path("statuses").get(d).asString();
					assertThat(s == null).as("%s day %d of %s", v.path("regionCode"), d + 1, month).isEqualTo(!working.get(d));
					none += "NONE".equals(s) ? 1 : 0;
					reported += "REPORTED".equals(s) ? 1 : 0;
					missing += "MISSING".equals(s) ? 1 : 0;
				}
			}
		}
		assertThat(none).isGreaterThan(reported);
		assertThat(reported).isPositive();
		assertThat(missing).isPositive().isLessThan(none / 20);
	}

	private long notifications(String town) {
		return jdbc.sql("SELECT count(*) FROM notifications WHERE record_type = 'daily-report' AND record_id = :id")
			.param("id", town + "/" + TODAY).query(Long.class).single();
	}

	private static JsonNode village(Api.Response day, String code) {
		return day.array("villages").valueStream().filter(v -> v.path("regionCode").asString().equals(code)).findFirst()
			.orElseThrow();
	}

	private static String status(Api.Response day, String code) {
		return village(day, code).path("status").asString();
	}

}
