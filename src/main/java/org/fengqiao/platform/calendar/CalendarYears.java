package org.fengqiao.platform.calendar;

import java.time.Clock;
import java.util.List;

import org.fengqiao.platform.Caller;
import org.fengqiao.platform.FieldError;
import org.fengqiao.platform.ValidationException;
import org.fengqiao.platform.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Reads and replaces the calendar one year at a time (the administrator's side). */
@Service
class CalendarYears {

	private static final Logger log = LoggerFactory.getLogger(CalendarYears.class);

	/** One year of the calendar; {@code defined} is false while the year has no entries. */
	record Year(int year, List<CalendarDay> days, boolean defined) {
	}

	private final CalendarRepository repository;
	private final WorkingDays workingDays;
	private final AuditLog audit;
	private final Clock clock;

	CalendarYears(CalendarRepository repository, WorkingDays workingDays, AuditLog audit, Clock clock) {
		this.repository = repository;
		this.workingDays = workingDays;
		this.audit = audit;
		this.clock = clock;
	}

	Year get(int year) {
		if (!CalendarYearRules.isEditable(year)) {
			throw ValidationException.of("year", "calendar.year-invalid");
		}
		List<CalendarDay> days = repository.year(year);
		return new Year(year, days, !days.isEmpty());
	}

	/** Replaces every entry of the year; an empty list removes the year (it then counts Monday–Friday). */
	@Transactional
	Year replace(int year, List<CalendarYearRules.Entry> entries, Caller caller) {
		caller.requireWrite("calendar.forbidden");
		List<FieldError> errors = CalendarYearRules.check(year, entries);
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		repository.replaceYear(year, CalendarYearRules.days(entries), clock.instant(), caller.username());
		audit.record("CALENDAR_UPDATE", "calendar", String.valueOf(year));
		reloadAfterCommit();
		return get(year);
	}

	private void reloadAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					reload();
				}
			});
		} else {
			reload();
		}
	}

	/** The change is committed whatever happens here; should reloading fail, the periodic check retries. */
	private void reload() {
		try {
			workingDays.refresh();
		} catch (RuntimeException e) {
			log.warn("the working-day calendar could not be reloaded after a change; the periodic check will retry", e);
		}
	}
}
