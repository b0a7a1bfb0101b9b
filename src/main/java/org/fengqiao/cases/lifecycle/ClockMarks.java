package org.fengqiao.cases.lifecycle;

import org.fengqiao.cases.CaseKind;
import org.fengqiao.cases.SupervisionLevel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.fengqiao.platform.notify.Notification;

/**
 * What the deadline sweeper marks on a case once a limit has passed — as pure functions, so the sweeper and
 * the demo history mark alike. Each mark is made once: it sets its flag, and a marked case is no longer due.
 */
public enum ClockMarks {

	/** 预警: the warning moment of the running clock has passed; the unit that has the case is told. */
	WARNING {
		@Override
		public boolean due(CaseRecord c, Instant now) {
			return !c.warning() && c.warningAt() != null && c.resolvedAt() == null && !c.warningAt().isAfter(now);
		}

		@Override
		Instant limit(CaseRecord c) {
			return !c.warning() && c.resolvedAt() == null ? c.warningAt() : null;
		}

		@Override
		void mark(CaseRecord c, CaseEdit e, Instant now, List<CaseEvent> events, List<Notification> notices) {
			e.warning = true;
			events.add(event(now, c, "WARNING", SystemComments.WARNING, Map.of()));
			String unit = c.leadUnit() != null ? c.leadUnit() : c.holdingUnit();
			notices.add(CaseNotices.mark(c, unit, "WARNING", "warning", "WARNING:" + c.warningAt().getEpochSecond()));
		}
	},

	/**
	 * Not signed for in time: a unit's sign-for limit, or a petition's 15-day acceptance limit, in any state
	 * before it is signed for; the unit (if any) and the holding center are told.
	 */
	SIGN_FOR_OVERDUE {
		@Override
		public boolean due(CaseRecord c, Instant now) {
			return !c.signForOverdue() && c.signForDeadline() != null && c.acceptedAt() == null
					&& !c.signForDeadline().isAfter(now);
		}

		@Override
		Instant limit(CaseRecord c) {
			return !c.signForOverdue() && c.acceptedAt() == null ? c.signForDeadline() : null;
		}

		@Override
		void mark(CaseRecord c, CaseEdit e, Instant now, List<CaseEvent> events, List<Notification> notices) {
			e.signForOverdue = true;
			String comment = c.kind() == CaseKind.PETITION ? SystemComments.ACCEPTANCE_OVERDUE
					: SystemComments.SIGN_FOR_OVERDUE;
			events.add(event(now, c, "OVERDUE", comment, Map.of("limit", "SIGN_FOR")));
			tell(c, "SIGN_FOR_OVERDUE", "sign-for-overdue", "SIGN_FOR:" + c.signForDeadline().getEpochSecond(), notices);
		}
	},

	/** 超期: not resolved by the due date; supervised automatically if nobody supervises it yet. */
	OVERDUE {
		@Override
		public boolean due(CaseRecord c, Instant now) {
			return !c.overdue() && c.dueAt() != null && c.resolvedAt() == null && !c.dueAt().isAfter(now);
		}

		@Override
		Instant limit(CaseRecord c) {
			return !c.overdue() && c.resolvedAt() == null ? c.dueAt() : null;
		}

		@Override
		void mark(CaseRecord c, CaseEdit e, Instant now, List<CaseEvent> events, List<Notification> notices) {
			e.overdue = true;
			events.add(event(now, c, "OVERDUE", SystemComments.OVERDUE, Map.of()));
			if (c.supervision() == null) {
				e.supervision = SupervisionLevel.GENERAL;
				events.add(event(now, c, "AUTO_SUPERVISE", SystemComments.AUTO_SUPERVISED,
						Map.of("level", SupervisionLevel.GENERAL.name())));
			}
			tell(c, "OVERDUE", "overdue", "OVERDUE:" + c.dueAt().getEpochSecond(), notices);
		}
	};

	static final String SYSTEM = "system";

	/** Whether this mark is due on the case at {@code now}. */
	public abstract boolean due(CaseRecord c, Instant now);

	/** The limit this mark waits for, or null when its clock does not run or it is made. */
	abstract Instant limit(CaseRecord c);

	abstract void mark(CaseRecord c, CaseEdit e, Instant now, List<CaseEvent> events, List<Notification> notices);

	/** The change of this mark on a case where it is {@link #due}. */
	public CaseChange apply(CaseRecord c, Instant now) {
		if (!due(c, now)) {
			throw new IllegalStateException(this + " is not due on " + c.number());
		}
		CaseEdit e = c.edit();
		List<CaseEvent> events = new ArrayList<>();
		List<Notification> notices = new ArrayList<>();
		mark(c, e, now, events, notices);
		e.version = c.version() + 1;
		return new CaseChange(c, e.done(), events, null, notices, List.of(), null);
	}

	/** The earliest limit not yet marked, or null when no clock runs. */
	public static Instant nextLimit(CaseRecord c) {
		return Stream.of(values()).map(m -> m.limit(c)).filter(Objects::nonNull).min(Instant::compareTo).orElse(null);
	}

	private static void tell(CaseRecord c, String kind, String what, String limit, List<Notification> notices) {
		Stream.of(c.leadUnit(), c.holdingUnit()).filter(Objects::nonNull).distinct()
			.forEach(u -> notices.add(CaseNotices.mark(c, u, kind, what, limit)));
	}

	private static CaseEvent event(Instant at, CaseRecord c, String action, String comment, Map<String, Object> data) {
		return new CaseEvent(at, SYSTEM, action, c.status(), c.status(), comment, List.of(), data);
	}
}
