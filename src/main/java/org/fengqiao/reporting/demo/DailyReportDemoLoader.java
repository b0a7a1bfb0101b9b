package org.fengqiao.reporting.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.fengqiao.platform.DataScope;
import org.fengqiao.platform.DemoMode;
import org.fengqiao.platform.ReadsAcrossScopes;
import org.fengqiao.platform.Times;
import org.fengqiao.platform.calendar.WorkingDayCalendar;
import org.fengqiao.platform.calendar.WorkingDays;
import org.fengqiao.region.Region;
import org.fengqiao.region.Regions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * In demo mode, a year of daily reports up to yesterday for every village of the demo towns: most working days a
 * zero report, some days the day's events, a few late and a few missing (the gaps a month grid shows). One
 * multi-row insert.
 */
@Component
@Order(31)
@ReadsAcrossScopes(reason = "the demo loader fills every demo village's daily reports, for no caller")
class DailyReportDemoLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DailyReportDemoLoader.class);
	private static final long SEED = 20261215L;
	private static final List<String> EVENTS = List.of(
			"两户村民因宅基地边界发生口角，网格员到场劝解，已平息。",
			"村组道路旁发现一处积水坑，已设置警示并报镇村建办。",
			"走访独居老人 3 户，情况正常。",
			"一组村民反映灌溉用水分配问题，村委会已协调。",
			"开展防诈骗宣传一次，发放资料 40 份。",
			"排查出租房屋 2 处，登记流动人口 5 人。",
			"邻里因噪音发生纠纷，村调委会调解，双方达成谅解。");

	private final DemoMode mode;
	private final JdbcClient jdbc;
	private final Regions regions;
	private final WorkingDays workingDays;
	private final Clock clock;

	DailyReportDemoLoader(DemoMode mode, JdbcClient jdbc, Regions regions, WorkingDays workingDays, Clock clock) {
		this.mode = mode;
		this.jdbc = jdbc;
		this.regions = regions;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!mode.isOn() || jdbc.sql("SELECT EXISTS (SELECT 1 FROM daily_reports)").query(Boolean.class).single()) {
			return;
		}
		long started = System.nanoTime();
		LocalDate today = LocalDate.ofInstant(clock.instant(), Times.ZONE);
		WorkingDayCalendar calendar = workingDays.calendar();
		Random random = new Random(SEED);
		List<String> codes = new ArrayList<>();
		List<Date> dates = new ArrayList<>();
		List<Boolean> nothing = new ArrayList<>();
		List<String> contents = new ArrayList<>();
		List<Timestamp> times = new ArrayList<>();
		for (String town : towns()) {
			for (Region village : regions.children(town, DataScope.everything())) {
				for (LocalDate d = today.minusYears(1); d.isBefore(today); d = d.plusDays(1)) {
					if (!calendar.isWorkingDay(d) || random.nextInt(60) == 0) {
						continue; // rest days carry no report; a few working days are missed
					}
					boolean events = random.nextInt(8) == 0;
					int minutes = random.nextInt(40) == 0 ? 17 * 60 + random.nextInt(120) : 8 * 60 + random.nextInt(9 * 60);
					Instant at = d.atStartOfDay(Times.ZONE).toInstant().plusSeconds(minutes * 60L + random.nextInt(60));
					codes.add(village.code());
					dates.add(Date.valueOf(d));
					nothing.add(!events);
					contents.add(events ? EVENTS.get(random.nextInt(EVENTS.size())) : null);
					times.add(Timestamp.from(at));
				}
			}
		}
		int rows = jdbc.sql("""
				INSERT INTO daily_reports (region_code, report_date, nothing_to_report, content, submitted_at, submitted_by)
				SELECT code, day, nothing, content, at, 'demo'
				FROM unnest(CAST(:codes AS varchar[]), CAST(:dates AS date[]), CAST(:nothing AS boolean[]),
				            CAST(:contents AS varchar[]), CAST(:times AS timestamptz[])) AS t(code, day, nothing, content, at)
				""").param("codes", codes.toArray(String[]::new)).param("dates", dates.toArray(Date[]::new))
			.param("nothing", nothing.toArray(Boolean[]::new)).param("contents", contents.toArray(String[]::new))
			.param("times", times.toArray(Timestamp[]::new)).update();
		log.info("demo daily reports loaded in {} ms: {} reports", (System.nanoTime() - started) / 1_000_000, rows);
	}

	/** The demo towns, from the demo data set's divisions. */
	private static List<String> towns() {
		List<String> out = new ArrayList<>();
		try (BufferedReader in = new BufferedReader(new InputStreamReader(
				DailyReportDemoLoader.class.getResourceAsStream("/demo/seed-towns.csv"), StandardCharsets.UTF_8))) {
			in.lines().map(l -> l.split(",", -1)).filter(f -> f.length > 2 && "TOWN".equals(f[2])).forEach(f -> out.add(f[0]));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out;
	}
}
