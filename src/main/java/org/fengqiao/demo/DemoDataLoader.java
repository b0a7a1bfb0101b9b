package org.fengqiao.demo;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.fengqiao.cases.demo.DemoCaseHistory;
import org.fengqiao.directory.Department;
import org.fengqiao.directory.DepartmentKind;
import org.fengqiao.directory.Directory;
import org.fengqiao.directory.DutyRoster;
import org.fengqiao.directory.FieldRole;
import org.fengqiao.directory.Stationing;
import org.fengqiao.people.demo.DemoPeople;
import org.fengqiao.platform.DemoMode;
import org.fengqiao.platform.Times;
import org.fengqiao.region.Grid;
import org.fengqiao.region.Grids;
import org.fengqiao.region.Regions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** In demo mode, fills an empty database with the demo data set (same seed, same data, every time). */
@Component
@Order(5)
class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final DemoMode mode;
	private final Regions regions;
	private final Grids grids;
	private final Directory directory;
	private final DemoAccounts accounts;
	private final DemoCaseHistory cases;
	private final DutyRoster duty;
	private final DemoPeople people;
	private final Clock clock;

	DemoDataLoader(DemoMode mode, Regions regions, Grids grids, Directory directory, DemoAccounts accounts,
			DemoCaseHistory cases, DutyRoster duty, DemoPeople people, Clock clock) {
		this.mode = mode;
		this.regions = regions;
		this.grids = grids;
		this.directory = directory;
		this.accounts = accounts;
		this.cases = cases;
		this.duty = duty;
		this.people = people;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		if (!mode.isOn() || !regions.isEmpty()) {
			return;
		}
		long started = System.nanoTime();
		DemoDataSet data = DemoDataGenerator.generate(DemoDataGenerator.DEFAULT_SEED);
		try (InputStream seed = getClass().getResourceAsStream(SeedRegions.RESOURCE)) {
			regions.load(seed);
		}
		grids.loadAll(data.grids().stream()
			.map(g -> new Grid(g.code(), g.name(), g.level(), g.regionCode(), g.parentCode(), g.households(),
					g.boundaryGeoJson(), true))
			.toList());
		// the register needs only the regions and grids: it is written on a thread of its own (its own
		// transaction and connection) while this one writes the directory, the accounts and the case history
		CompletableFuture<Integer> register = new CompletableFuture<>();
		Thread registerThread = new Thread(() -> {
			try {
				long peopleStarted = System.nanoTime();
				int residents = people.load(DemoDataGenerator.DEFAULT_SEED);
				log.info("demo households and residents: {} residents in {} ms", residents,
						(System.nanoTime() - peopleStarted) / 1_000_000);
				register.complete(residents);
			} catch (Throwable e) {
				register.completeExceptionally(e);
			}
		}, "demo-register");
		registerThread.setDaemon(true);
		registerThread.start();
		List<Long> ids = directory.loadAll(data.departments().stream()
			.map(d -> new Department(d.code(), d.name(), DepartmentKind.valueOf(d.kind()), d.regionCode(),
					d.stationing() == null ? null : Stationing.valueOf(d.stationing())))
			.toList(),
				data.staff().stream()
					.map(s -> new Directory.StaffInput(s.name(), s.gender(), s.phone(), s.departmentCode(),
							s.regionCode(), s.fieldRoles().stream().map(FieldRole::valueOf).toList(), s.gridCodes()))
					.toList());
		Map<String, Long> staffIds = new HashMap<>();
		for (int i = 0; i < ids.size(); i++) {
			staffIds.put(data.staff().get(i).key(), ids.get(i));
		}
		accounts.create(staffIds);
		// the demo year's and the next month's duty leaders: each center's staff take turns
		LocalDate today = LocalDate.ofInstant(clock.instant(), Times.ZONE);
		duty.rotateDemo(today.minusYears(1), today.plusMonths(1).withDayOfMonth(today.plusMonths(1).lengthOfMonth()));
		long history = System.nanoTime();
		int caseCount = cases.load(DemoDataGenerator.DEFAULT_SEED);
		long historyMillis = (System.nanoTime() - history) / 1_000_000;
		try {
			register.join();
		} catch (CompletionException e) {
			throw e.getCause() instanceof Exception cause ? cause : e;
		}
		log.info("demo data set loaded in {} ms: {} regions, {} grids, {} departments, {} staff, {} accounts, "
				+ "{} cases (case history {} ms)", (System.nanoTime() - started) / 1_000_000, data.regions().size(),
				data.grids().size(), data.departments().size(), data.staff().size(), DemoAccounts.ACCOUNTS.size(),
				caseCount, historyMillis);
	}
}
