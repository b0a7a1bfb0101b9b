package org.fengqiao.platform.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.fengqiao.platform.Times;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Watches for years the administrators still have to enter ({@link CalendarCoverage}): the current
 * year, and from 1 December the next one. While one is missing it logs a warning at start-up and
 * once a day, because until then those years count Monday–Friday only.
 */
@Component
class CalendarWatch {

	private static final Logger log = LoggerFactory.getLogger(CalendarWatch.class);

	private final WorkingDays workingDays;
	private final Clock clock;

	CalendarWatch(WorkingDays workingDays, Clock clock) {
		this.workingDays = workingDays;
		this.clock = clock;
	}

	/** The years missing today (Asia/Shanghai), in ascending order. */
	List<Integer> missingYears() {
		return CalendarCoverage.missingYears(workingDays.calendar(), LocalDate.ofInstant(clock.instant(), Times.ZONE));
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStartUp() {
		warnIfMissing();
	}

	@Scheduled(cron = "${fengqiao.calendar-warning-cron:0 0 8 * * *}", zone = "Asia/Shanghai")
	void daily() {
		warnIfMissing();
	}

	void warnIfMissing() {
		List<Integer> missing = missingYears();
		if (!missing.isEmpty()) {
			log.warn("the working-day calendar has no entries for {}: those years count Monday to Friday only until "
					+ "an administrator enters them (PUT /api/calendar/{year})", missing);
		}
	}
}
