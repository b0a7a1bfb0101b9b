package org.fengqiao.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fengqiao.support.Api.Response;
import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/** The 2027 entries below are test data, not the real 2027 notice (not published yet). */
class CalendarApiTests extends ApiTest {

	private static final List<Map<String, String>> TEST_2027 = List.of(
			day("2027-01-01", "HOLIDAY", "元旦"), // a Friday
			day("2027-01-02", "HOLIDAY", "元旦"), // a Saturday: holidays on weekends are listed too
			day("2027-02-06", "WORKDAY", "春节")); // a Saturday

	@Autowired
	private WorkingDays workingDays;

	@Autowired
	private CalendarWatch watch;

	@Autowired
	private JdbcClient jdbc;

	/** The context is shared by every test class: leave 2027 undefined again. */
	@AfterEach
	void remove2027() {
		api.put("/api/calendar/2027", Map.of("days", List.of()), "admin");
	}

	@Test
	void the_seeded_2026_calendar_has_the_spring_festival_and_its_make_up_days() {
		Response r = api.get("/api/calendar/2026", "desk.longtou");

		assertThat(r.status()).isEqualTo(200);
		assertThat(r.field("year").asInt()).isEqualTo(2026);
		assertThat(r.field("defined").asBoolean()).isTrue();
		assertThat(entries(r)).contains("2026-02-17 HOLIDAY 春节", "2026-02-14 WORKDAY 春节", "2026-02-28 WORKDAY 春节",
				"2026-10-01 HOLIDAY 国庆节");
		assertThat(workingDays.calendar().isWorkingDay(LocalDate.parse("2026-02-17"))).isFalse();
		assertThat(workingDays.calendar().isWorkingDay(LocalDate.parse("2026-02-28"))).isTrue();
	}

	@Test
	void the_seeded_2025_and_2026_are_exactly_the_official_holiday_file() {
		WorkingDayCalendar official = RealCalendar.load();
		for (int year : List.of(2025, 2026)) {
			List<String> expected = new ArrayList<>();
			for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
				official.entry(d).ifPresent(e -> expected.add(e.date() + " " + e.kind() + " " + e.name()));
			}
			assertThat(entries(api.get("/api/calendar/" + year, "admin"))).as("%d", year).isEqualTo(expected);
		}
	}

	@Test
	void an_administrator_replaces_2027_and_working_days_follow_at_once() {
		assertThat(workingDays.calendar().isWorkingDay(LocalDate.parse("2027-01-01"))).isTrue();

		Response r = api.put("/api/calendar/2027", Map.of("days", TEST_2027), "admin");

		assertThat(r.status()).isEqualTo(200);
		assertThat(r.field("defined").asBoolean()).isTrue();
		assertThat(entries(r)).containsExactly("2027-01-01 HOLIDAY 元旦", "2027-01-02 HOLIDAY 元旦",
				"2027-02-06 WORKDAY 春节");
		WorkingDayCalendar calendar = workingDays.calendar();
		assertThat(calendar.isWorkingDay(LocalDate.parse("2027-01-01"))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.parse("2027-02-06"))).isTrue();
		assertThat(calendar.addWorkingDays(LocalDate.parse("2026-12-31"), 1)).isEqualTo(LocalDate.parse("2027-01-04"));
		assertThat(api.get("/api/calendar/2027", "grid.liuyi").expect(200).field("days").size()).isEqualTo(3);
		JsonNode audit = api.get("/api/audit?recordType=calendar&recordId=2027", "admin").expect(200).body();
		assertThat(audit.path("items").get(0).path("action").asString()).isEqualTo("CALENDAR_UPDATE");
		assertThat(audit.path("items").get(0).path("actor").asString()).isEqualTo("admin");
	}

	@Test
	void replacing_a_year_with_an_empty_list_makes_it_count_monday_to_friday_again() {
		api.put("/api/calendar/2027", Map.of("days", TEST_2027), "admin");

		Response r = api.put("/api/calendar/2027", Map.of("days", List.of()), "admin");

		assertThat(r.status()).isEqualTo(200);
		assertThat(r.field("defined").asBoolean()).isFalse();
		assertThat(r.array("days").size()).isZero();
		assertThat(workingDays.calendar().hasYear(2027)).isFalse();
		assertThat(workingDays.calendar().isWorkingDay(LocalDate.parse("2027-01-01"))).isTrue();
	}

	@Test
	void only_an_administrator_may_change_the_calendar() {
		for (String user : List.of("leader.longtou", "desk.longtou", "county.chenggu")) {
			Response r = api.put("/api/calendar/2027", Map.of("days", TEST_2027), user);

			assertThat(r.status()).as(user).isEqualTo(403);
			assertThat(r.text("code")).isEqualTo("calendar.forbidden");
		}
		assertThat(api.get("/api/calendar/2027", "admin").expect(200).field("defined").asBoolean()).isFalse();
		assertThat(api.get("/api/calendar/2026", null).status()).isEqualTo(401);
	}

	@Test
	void invalid_entries_are_a_400_naming_each_field_and_change_nothing() {
		List<Map<String, String>> days = List.of(
				day("2027-01-01", "HOLIDAY", "元旦"),
				day("2026-12-31", "HOLIDAY", "元旦"), // outside the year
				day("2027-01-01", "HOLIDAY", "元旦"), // listed twice
				day("2027-02-08", "WORKDAY", "春节"), // a Monday
				day("2027-02-06", null, "春节"),
				day("2027-02-07", "WORKDAY", "春".repeat(51)));

		Response r = api.put("/api/calendar/2027", Map.of("days", days), "admin");

		assertThat(r.status()).isEqualTo(400);
		assertThat(r.text("code")).isEqualTo("request.invalid");
		assertThat(r.array("errors").valueStream().map(e -> e.path("field").asString())).containsExactly(
				"days[1].date", "days[2].date", "days[3].kind", "days[4].kind", "days[5].name");
		assertThat(r.array("errors").get(2).path("message").asString()).contains("星期六或星期日");
		assertThat(api.get("/api/calendar/2027", "admin").expect(200).field("defined").asBoolean()).isFalse();
	}

	@Test
	void an_impossible_date_or_unknown_kind_names_its_field() {
		Response badDate = api.put("/api/calendar/2027", "{\"days\":[{\"date\":\"2027-02-30\",\"kind\":\"HOLIDAY\"}]}",
				"admin").expect(400);
		Response badKind = api.put("/api/calendar/2027",
				"{\"days\":[{\"date\":\"2027-01-01\",\"kind\":\"HOLIDAY\"},{\"date\":\"2027-01-02\",\"kind\":\"REST\"}]}",
				"admin").expect(400);
		Response noDays = api.put("/api/calendar/2027", "{}", "admin").expect(400);
		Response badYear = api.get("/api/calendar/1900", "admin");

		assertThat(badDate.array("errors").get(0).path("field").asString()).isEqualTo("days[0].date");
		assertThat(badKind.array("errors").get(0).path("field").asString()).isEqualTo("days[1].kind");
		assertThat(noDays.array("errors").get(0).path("field").asString()).isEqualTo("days");
		assertThat(badYear.status()).isEqualTo(400);
		assertThat(badYear.array("errors").get(0).path("field").asString()).isEqualTo("year");
	}

	@Test
	void errors_are_explained_in_english_when_asked() {
		Response r = api.send("PUT", "/api/calendar/2027", Map.of("days", List.of(day("2027-02-08", "WORKDAY", ""))),
				api.token("admin"), Map.of("Accept-Language", "en")).expect(400);

		assertThat(r.array("errors").get(0).path("message").asString())
			.isEqualTo("A make-up working day (WORKDAY) must be a Saturday or Sunday.");
	}

	@Test
	void nothing_is_missing_in_march_2026() {
		Response r = api.get("/api/calendar/status", "desk.longtou");

		assertThat(r.status()).isEqualTo(200);
		assertThat(r.array("missingYears").size()).isZero();
		assertThat(r.body().path("warning").isNull()).isTrue();
	}

	@Test
	void from_the_first_of_december_in_shanghai_next_year_is_reported_missing_until_it_is_entered() {
		clock.set(OffsetDateTime.parse("2026-11-30T23:59:59+08:00").toInstant());
		assertThat(api.get("/api/calendar/status", "admin").expect(200).field("missingYears").size()).isZero();

		clock.set(OffsetDateTime.parse("2026-12-01T00:00:00+08:00").toInstant());
		Response missing = api.get("/api/calendar/status", "admin").expect(200);

		assertThat(missing.array("missingYears").valueStream().map(JsonNode::asInt)).containsExactly(2027);
		assertThat(missing.text("warning")).contains("2027 年").contains("周一至周五");

		api.put("/api/calendar/2027", Map.of("days", TEST_2027), "admin");
		Response entered = api.get("/api/calendar/status", "admin").expect(200);
		assertThat(entered.array("missingYears").size()).isZero();
		assertThat(entered.body().path("warning").isNull()).isTrue();
	}

	@Test
	void a_current_year_without_entries_is_always_missing() {
		clock.set(OffsetDateTime.parse("2027-12-01T09:00:00+08:00").toInstant());

		Response r = api.send("GET", "/api/calendar/status", null, api.token("admin"), Map.of("Accept-Language", "en")).expect(200);

		assertThat(r.array("missingYears").valueStream().map(JsonNode::asInt)).containsExactly(2027, 2028);
		assertThat(r.text("warning")).startsWith("The working-day calendar has no entries for 2027, 2028:");
	}

	@Test
	void a_change_written_by_another_node_is_picked_up_by_the_version_check() {
		assertThat(workingDays.calendar().hasYear(2027)).isFalse();
		// another node commits 2027 directly; this node's cache does not know yet
		jdbc.sql("""
				INSERT INTO calendar_days (day, kind, name, updated_at, updated_by)
				VALUES (DATE '2027-01-01', 'HOLIDAY', '元旦', now(), 'other-node')
				""").update();
		assertThat(workingDays.calendar().hasYear(2027)).isFalse();

		workingDays.refreshIfChanged();

		assertThat(workingDays.calendar().isWorkingDay(LocalDate.parse("2027-01-01"))).isFalse();
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void while_a_year_is_missing_the_daily_check_logs_a_warning(CapturedOutput output) {
		watch.warnIfMissing();
		assertThat(output).doesNotContain("the working-day calendar has no entries");

		clock.set(OffsetDateTime.parse("2026-12-01T08:00:00+08:00").toInstant());
		watch.warnIfMissing();

		assertThat(output).contains("WARN").contains("the working-day calendar has no entries for [2027]");
	}

	private static Map<String, String> day(String date, String kind, String name) {
		Map<String, String> day = new HashMap<>();
		day.put("date", date);
		day.put("kind", kind);
		day.put("name", name);
		return day;
	}

	private static List<String> entries(Response r) {
		return r.expect(200).array("days").valueStream()
			.map(d -> d.path("date").asString() + " " + d.path("kind").asString() + " " + d.path("name").asString())
			.toList();
	}
}
