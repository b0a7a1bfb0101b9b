package org.fengqiao.mediation.screening.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.fengqiao.cases.CaseFilter;
import org.fengqiao.cases.CaseKind;
import org.fengqiao.cases.CaseView;
import org.fengqiao.cases.Cases;
import org.fengqiao.platform.Caller;
import org.fengqiao.platform.DataScope;
import org.fengqiao.platform.DemoMode;
import org.fengqiao.platform.PageQuery;
import org.fengqiao.platform.ReadsAcrossScopes;
import org.fengqiao.platform.Role;
import org.fengqiao.platform.Times;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, after the demo cases, a year of monthly screening rounds (and one before each Spring Festival and
 * National Day) for every demo town: each village reports the DISPUTE cases it received in the round's month, or
 * none (零报告); a few missed a deadline. The current month's round is still open. Three multi-row inserts.
 */
@Component
@Order(30)
@ReadsAcrossScopes(reason = "the demo loader fills every demo town's screening rounds, for no caller")
class ScreeningDemoLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ScreeningDemoLoader.class);
	private static final long SEED = 20261214L;
	private static final Caller SYSTEM = new Caller("system", "系统", Set.of(Role.ADMIN), DataScope.everything(), null);

	private final DemoMode mode;
	private final JdbcClient jdbc;
	private final Cases cases;
	private final Regions regions;
	private final WorkingDays workingDays;
	private final TransactionTemplate transactions;
	private final Clock clock;

	ScreeningDemoLoader(DemoMode mode, JdbcClient jdbc, Cases cases, Regions regions, WorkingDays workingDays,
			TransactionTemplate transactions, Clock clock) {
		this.mode = mode;
		this.jdbc = jdbc;
		this.cases = cases;
		this.regions = regions;
		this.workingDays = workingDays;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** A round before it is written. */
	private record Round(String town, String title, String occasion, Instant openedAt, Instant dueAt, LocalDate from,
			LocalDate to) {
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!mode.isOn() || jdbc.sql("SELECT EXISTS (SELECT 1 FROM screening_rounds)").query(Boolean.class).single()) {
			return;
		}
		long started = System.nanoTime();
		int rounds = transactions.execute(status -> load());
		log.info("demo screening rounds loaded in {} ms: {} rounds", (System.nanoTime() - started) / 1_000_000, rounds);
	}

	private int load() {
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, Times.ZONE);
		Random random = new Random(SEED);
		int count = 0;
		for (String town : towns()) {
			List<Region> villages = regions.children(town, DataScope.everything());
			if (villages.isEmpty()) {
				continue;
			}
			Map<String, List<CaseView>> disputes = disputesByVillage(town, today.minusMonths(13), today);
			for (Round round : rounds(town, today)) {
				if (round.openedAt().isAfter(now)) {
					continue;
				}
				write(round, villages, disputes, now, random);
				count++;
			}
		}
		return count;
	}

	private List<Round> rounds(String town, LocalDate today) {
		List<Round> out = new ArrayList<>();
		for (int back = 11; back >= 0; back--) {
			YearMonth month = YearMonth.from(today).minusMonths(back);
			LocalDate opened = workingDays.calendar().nextWorkingDayOnOrAfter(month.atDay(1));
			LocalDate due = workingDays.calendar().nextWorkingDayOnOrAfter(month.atDay(25));
			out.add(new Round(town, month.getYear() + "年" + month.getMonthValue() + "月矛盾纠纷排查", "MONTHLY",
					opened.atTime(9, 0).atZone(Times.ZONE).toInstant(), Times.endOf(due).minusSeconds(1), month.atDay(1),
					month.atEndOfMonth()));
			if (month.getMonthValue() == 9 || month.getMonthValue() == 1) {
				String holiday = month.getMonthValue() == 9 ? "国庆节" : "春节";
				LocalDate start = month.atDay(10);
				LocalDate end = workingDays.calendar().nextWorkingDayOnOrAfter(month.atDay(20));
				out.add(new Round(town, month.getYear() + "年" + holiday + "前矛盾纠纷专项排查", "HOLIDAY",
						workingDays.calendar().nextWorkingDayOnOrAfter(start).atTime(9, 0).atZone(Times.ZONE).toInstant(),
						Times.endOf(end).minusSeconds(1), start, end));
			}
		}
		return out;
	}

	private void write(Round round, List<Region> villages, Map<String, List<CaseView>> disputes, Instant now,
			Random random) {
		boolean past = !round.dueAt().isAfter(now);
		long id = jdbc.sql("""
				INSERT INTO screening_rounds (town_code, title, occasion, due_at, opened_at, opened_by, missing_flagged)
				VALUES (:town, :title, :occasion, :due, :opened, 'demo', :flagged) RETURNING id
				""").param("town", round.town()).param("title", round.title()).param("occasion", round.occasion())
			.param("due", Timestamp.from(round.dueAt())).param("opened", Timestamp.from(round.openedAt()))
			.param("flagged", past).query(Long.class).single();
		List<String> codes = new ArrayList<>();
		List<String> names = new ArrayList<>();
		List<String> statuses = new ArrayList<>();
		List<Timestamp> times = new ArrayList<>();
		List<String> findingVillages = new ArrayList<>();
		List<String> findingNumbers = new ArrayList<>();
		long span = round.dueAt().getEpochSecond() - round.openedAt().getEpochSecond();
		for (Region v : villages) {
			Instant at = round.openedAt().plusSeconds((long) (span * (0.3 + 0.65 * random.nextDouble())));
			boolean answered = past ? random.nextInt(40) != 0 : !at.isAfter(now) && random.nextBoolean();
			List<CaseView> found = disputes.getOrDefault(v.code(), List.of()).stream()
				.filter(c -> !c.receivedAt().toLocalDate().isBefore(round.from())
						&& !c.receivedAt().toLocalDate().isAfter(round.to()) && c.receivedAt().toInstant().isBefore(at))
				.toList();
			codes.add(v.code());
			names.add(v.name());
			statuses.add(answered ? (found.isEmpty() ? "NONE" : "REPORTED") : null);
			times.add(answered ? Timestamp.from(at) : null);
			if (answered) {
				found.forEach(c -> {
					findingVillages.add(v.code());
					findingNumbers.add(c.number());
				});
			}
		}
		jdbc.sql("""
				INSERT INTO screening_round_villages (round_id, region_code, name, status, reported_at, reported_by)
				SELECT :id, code, name, status, at, CASE WHEN status IS NULL THEN NULL ELSE 'demo' END
				FROM unnest(CAST(:codes AS varchar[]), CAST(:names AS varchar[]), CAST(:statuses AS varchar[]),
				            CAST(:times AS timestamptz[])) AS t(code, name, status, at)
				""").param("id", id).param("codes", codes.toArray(String[]::new)).param("names", names.toArray(String[]::new))
			.param("statuses", statuses.toArray(String[]::new)).param("times", times.toArray(Timestamp[]::new)).update();
		if (!findingNumbers.isEmpty()) {
			jdbc.sql("""
					INSERT INTO screening_findings (round_id, region_code, case_number)
					SELECT :id, code, number FROM unnest(CAST(:codes AS varchar[]), CAST(:numbers AS varchar[])) AS t(code, number)
					ON CONFLICT DO NOTHING
					""").param("id", id).param("codes", findingVillages.toArray(String[]::new))
				.param("numbers", findingNumbers.toArray(String[]::new)).update();
		}
	}

	private Map<String, List<CaseView>> disputesByVillage(String town, LocalDate from, LocalDate to) {
		Map<String, List<CaseView>> out = new HashMap<>();
		CaseFilter filter = new CaseFilter(List.of(), CaseKind.DISPUTE, List.of(), town, null, null, null, from, to, false);
		for (int page = 0;; page++) {
			List<CaseView> items = cases.list(filter, SYSTEM, new PageQuery(page, PageQuery.MAX_SIZE)).items();
			items.forEach(c -> out.computeIfAbsent(c.regionCode(), k -> new ArrayList<>()).add(c));
			if (items.size() < PageQuery.MAX_SIZE) {
				return out;
			}
		}
	}

	/** The demo towns, from the demo data set's divisions. */
	static List<String> towns() {
		List<String> out = new ArrayList<>();
		try (BufferedReader in = new BufferedReader(new InputStreamReader(
				ScreeningDemoLoader.class.getResourceAsStream("/demo/seed-towns.csv"), StandardCharsets.UTF_8))) {
			in.lines().map(l -> l.split(",", -1)).filter(f -> f.length > 2 && "TOWN".equals(f[2])).forEach(f -> out.add(f[0]));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out;
	}
}
