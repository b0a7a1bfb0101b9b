package org.fengqiao.cases.lifecycle;

import org.fengqiao.cases.ActionRequest;
import org.fengqiao.cases.CaseAction;
import org.fengqiao.cases.CaseLevel;
import org.fengqiao.cases.CaseStatus;
import org.fengqiao.cases.FeedbackMethod;
import org.fengqiao.cases.Satisfaction;
import org.fengqiao.cases.clocks.TimeLimitPolicy;
import org.fengqiao.cases.rules.RoutingRule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fengqiao.directory.DepartmentKind;
import org.fengqiao.platform.ApiException;
import org.fengqiao.platform.Caller;
import org.fengqiao.platform.Role;
import org.fengqiao.platform.ValidationException;

/**
 * 后台分流、限时办结 as pure functions: an action on a case, by a caller, at a moment, under the rules, gives
 * the {@link CaseChange} it makes — or is refused: 403 when the caller has no part in it
 * ({@link CasePermissions}), 409 when the status does not allow it ({@link CaseStateMachine}), 400 for a
 * missing or wrong field. Nothing here reads or writes the database: the API and the demo history both call
 * it, so they cannot drift apart.
 */
public final class Lifecycle {

	/** What an action needs besides the case: the co-unit parts (when it may have some) and a merge target. */
	public record Input(CaseRecord c, List<CoUnitPart> parts, CaseAction action, ActionRequest body, Caller caller,
			Instant now, CaseRecord mergeTarget) {
	}

	private static final CaseStateMachine MACHINE = new CaseStateMachine();

	private Lifecycle() {
	}

	/** The change of one action, or a refusal. */
	public static CaseChange decide(Input in, LifecycleRules rules) {
		CasePermissions.Part part = CasePermissions.check(in.action(), in.c(), in.caller());
		CaseStatus to;
		try {
			to = part == CasePermissions.Part.CO_UNIT ? MACHINE.nextForCoUnit(in.c().status(), in.action())
					: MACHINE.next(in.c().status(), in.action());
		} catch (IllegalTransitionException e) {
			throw ApiException.conflict(e.code(), in.c().status(), in.action().path());
		}
		Step step = new Step(in, rules.timeLimits(in.c().kind(), in.c().category(), in.c().priority(), in.c().regionCode()), to);
		ActionRequest b = in.body();
		switch (in.action()) {
			case DISPATCH -> dispatch(step, rules);
			case ACCEPT -> {
				if (part == CasePermissions.Part.CO_UNIT) {
					coUnitAccept(step);
				} else {
					accept(step);
				}
			}
			case RETURN -> step.stop(require(b.reason(), "reason")).notify(in.c().holdingUnit(), "returned");
			case START -> step.comment(b.comment());
			case REPORT -> coUnitReport(step, require(b.result(), "result"));
			case RESOLVE -> resolve(step, require(b.result(), "result"));
			case ESCALATE -> escalate(step, rules, require(b.reason(), "reason"));
			case FEEDBACK -> feedback(step);
			case VISIT -> visit(step);
			case CLOSE -> close(step);
			case REOPEN -> reopen(step, require(b.reason(), "reason"));
			case MERGE -> merge(step);
			case SUPERVISE -> supervise(step);
			case EXTEND -> extend(step);
			case APPROVE_EXTENSION -> approveExtension(step);
			case NOT_ACCEPT -> notAccept(step);
		}
		return step.done();
	}

	private static void dispatch(Step s, LifecycleRules rules) {
		ActionRequest b = s.in.body();
		CaseRecord c = s.in.c();
		String lead = b.leadUnit();
		List<String> coUnits = b.coUnits() == null ? List.of() : List.copyOf(b.coUnits());
		String comment = b.comment();
		if (lead == null) {
			RoutingRule rule = rules.route(c.category(), c.regionCode())
				.orElseThrow(() -> ValidationException.of("leadUnit", "case.lead-unit-required"));
			lead = rule.leadUnit();
			coUnits = rule.coUnits();
			comment = comment == null ? SystemComments.DISPATCHED_BY_RULE : comment;
		}
		String leadCode = lead;
		DepartmentKind leadKind = rules.dispatchTarget(c.holdingUnit(), lead)
			.orElseThrow(() -> ValidationException.of("leadUnit", "case.unit-invalid"));
		for (String co : coUnits) {
			if (co.equals(leadCode)) {
				throw ValidationException.of("coUnits", "case.co-unit-is-lead");
			}
			rules.dispatchTarget(c.holdingUnit(), co).orElseThrow(() -> ValidationException.of("coUnits", "case.unit-invalid"));
		}
		CaseEdit e = s.edit;
		e.level = c.level() == CaseLevel.COUNTY ? CaseLevel.COUNTY
				: leadKind == DepartmentKind.VILLAGE_COMMITTEE ? CaseLevel.VILLAGE : CaseLevel.TOWN;
		e.leadUnit = lead;
		e.coUnits = coUnits;
		e.dispatchedAt = s.in.now();
		Instant signFor = s.limits.signForDeadlineAtDispatch(c.receivedAt(), s.in.now());
		if (!s.limits.signForClockSurvivesStops() || !signFor.equals(c.signForDeadline())) {
			e.signForOverdue = false;
			e.warning = false;
			e.warningAt = s.limits.signForClockSurvivesStops() ? s.limits.warningAt(c.receivedAt(), signFor) : null;
		}
		e.signForDeadline = signFor;
		e.acceptedAt = null;
		e.dueAt = null;
		e.overdue = false;
		e.extensionDays = null;
		e.extensionReason = null;
		s.parts = coUnits.stream().map(CoUnitPart::fresh).toList();
		s.comment(comment).data("leadUnit", lead).data("coUnits", coUnits).data("level", e.level.name());
		s.notify(lead, "dispatched-lead");
		coUnits.forEach(u -> s.notify(u, "dispatched-co"));
	}

	private static void accept(Step s) {
		Instant now = s.in.now();
		s.edit.acceptedAt = now;
		s.edit.dueAt = s.limits.handlingDueAt(now);
		s.edit.warningAt = s.limits.warningAt(now, s.edit.dueAt);
		s.edit.warning = false;
	}

	private static void coUnitAccept(Step s) {
		String unit = myCoUnit(s.in);
		CoUnitPart part = s.part(unit);
		if (part.acceptedAt() != null) {
			throw ApiException.conflict("case.co-unit-already-accepted", unit);
		}
		s.replacePart(new CoUnitPart(unit, s.in.now(), null, null));
		s.data("coUnit", unit);
	}

	private static void coUnitReport(Step s, String result) {
		String unit = myCoUnit(s.in);
		CoUnitPart part = s.part(unit);
		Instant now = s.in.now();
		s.replacePart(new CoUnitPart(unit, part.acceptedAt() == null ? now : part.acceptedAt(), now, result));
		s.comment(result).data("coUnit", unit).notify(s.in.c().leadUnit(), "co-unit-reported");
	}

	private static String myCoUnit(Input in) {
		return in.c().coUnits().stream().filter(in.caller().scope()::hasDepartment).findFirst()
			.orElseThrow(CasePermissions::forbidden);
	}

	private static void resolve(Step s, String result) {
		if (s.in.parts().stream().anyMatch(p -> !p.reported())) {
			throw ApiException.conflict("case.co-units-pending");
		}
		Instant now = s.in.now();
		s.edit.resolvedAt = now;
		s.edit.resolvedOnTime = s.in.c().dueAt() == null || !now.isAfter(s.in.c().dueAt());
		s.comment(result).notify(s.in.c().holdingUnit(), "resolved");
	}

	private static void escalate(Step s, LifecycleRules rules, String reason) {
		CaseRecord c = s.in.c();
		CaseLevel next = c.level().next().orElseThrow(() -> ApiException.conflict("case.cannot-escalate"));
		String holding = rules.centerFor(next, c.regionCode(), c.holdingUnit())
			.orElseThrow(() -> ApiException.conflict("case.no-center", c.holdingUnit()));
		s.stop(reason);
		s.edit.level = next;
		s.edit.holdingUnit = holding;
		s.data("level", next.name()).data("holdingUnit", holding).notify(holding, "escalated");
	}

	private static void reopen(Step s, String reason) {
		s.stop(reason);
		s.edit.resolvedAt = null;
		s.edit.resolvedOnTime = null;
		s.edit.closedAt = null;
		s.edit.satisfaction = null;
	}

	private static void feedback(Step s) {
		ActionRequest b = s.in.body();
		if (b.method() == null) {
			throw ValidationException.of("method", "validation.required");
		}
		if (b.method() != FeedbackMethod.NONE_ANONYMOUS) {
			require(b.message(), "message");
		}
		s.comment(b.message()).data("method", b.method().name());
	}

	private static void visit(Step s) {
		ActionRequest b = s.in.body();
		if (b.satisfaction() == null) {
			throw ValidationException.of("satisfaction", "validation.required");
		}
		s.edit.satisfaction = b.satisfaction();
		s.comment(b.comment()).data("satisfaction", b.satisfaction().name());
	}

	private static void close(Step s) {
		Caller caller = s.in.caller();
		if (s.in.c().satisfaction() == Satisfaction.DISSATISFIED) {
			if (!caller.isAdmin() && !caller.has(Role.CENTER_LEADER)) {
				throw ApiException.forbidden("case.close-needs-leader");
			}
			require(s.in.body().comment(), "comment");
		}
		s.edit.closedAt = s.in.now();
		s.comment(s.in.body().comment());
	}

	private static void merge(Step s) {
		require(s.in.body().into(), "into");
		CaseRecord target = s.in.mergeTarget();
		Caller caller = s.in.caller();
		if (target == null || target.id() == s.in.c().id() || !target.isOpen()
				|| !(caller.isAdmin() || CasePermissions.holdsCase(target, caller))) {
			throw ValidationException.of("into", "case.merge-target-invalid");
		}
		s.stop(s.in.body().comment());
		s.edit.mergedInto = target.number();
		s.data("into", target.number());
		s.mergeNote = new CaseChange.MergeNote(target, new CaseEvent(s.in.now(), caller.username(),
				CaseAction.MERGE.name(), target.status(), target.status(),
				SystemComments.MERGED_REPEAT + s.in.c().number(), List.of(), Map.of("merged", s.in.c().number())));
	}

	private static void supervise(Step s) {
		ActionRequest b = s.in.body();
		if (b.level() == null) {
			throw ValidationException.of("level", "validation.required");
		}
		s.edit.supervision = b.level();
		s.comment(b.comment()).data("level", b.level().name()).notify(s.in.c().leadUnit(), "supervised");
	}

	private static void extend(Step s) {
		ActionRequest b = s.in.body();
		CaseRecord c = s.in.c();
		String reason = require(b.reason(), "reason");
		if (b.days() == null || b.days() < 1 || b.days() > s.limits.maxExtensionDays()) {
			throw ValidationException.of("days", s.limits.extensionDaysRefusal());
		}
		if (c.extensionDays() != null) {
			throw ApiException.conflict("case.extension-pending");
		}
		if (!s.limits.allowsAnotherExtension(c.extensionsGranted())) {
			throw ApiException.conflict("petition.extension-already-granted");
		}
		s.edit.extensionDays = b.days();
		s.edit.extensionReason = reason;
		s.comment(reason).data("days", b.days()).notify(c.holdingUnit(), "extension-requested");
	}

	private static void approveExtension(Step s) {
		ActionRequest b = s.in.body();
		CaseRecord c = s.in.c();
		if (c.extensionDays() == null) {
			throw ApiException.conflict("case.no-extension-pending");
		}
		if (b.approved() == null) {
			throw ValidationException.of("approved", "validation.required");
		}
		s.comment(b.comment()).data("approved", b.approved()).data("days", c.extensionDays());
		s.edit.extensionDays = null;
		s.edit.extensionReason = null;
		if (!b.approved()) {
			s.notify(c.leadUnit(), "extension-refused");
			return;
		}
		Instant due = s.limits.extendedDueAt(c.acceptedAt(), c.dueAt(), c.extensionDays(), c.extensionsGranted());
		s.edit.dueAt = due;
		s.edit.warningAt = s.limits.warningAt(c.acceptedAt(), due);
		s.edit.warning = !s.edit.warningAt.isAfter(s.in.now());
		s.edit.overdue = false;
		s.edit.extensionsGranted = c.extensionsGranted() + 1;
		s.notify(c.leadUnit(), "extension-approved");
	}

	/** 不予受理/不再受理: petitions only; every clock stops for good, the notice's text kept with the event. */
	private static void notAccept(Step s) {
		CaseRecord c = s.in.c();
		if (c.kind() != org.fengqiao.cases.CaseKind.PETITION) {
			throw ApiException.conflict("case.petitions-only", s.in.action().path());
		}
		String reason = require(s.in.body().reason(), "reason");
		String notice = require(s.in.body().notice(), "notice");
		s.stop(reason);
		s.data("notice", notice);
		s.notify(c.leadUnit(), "not-accepted");
	}

	static String require(String value, String field) {
		if (value == null || value.isBlank()) {
			throw ValidationException.of(field, "validation.required");
		}
		return value.trim();
	}

	/** One action being decided: the row being changed and what the event and notifications will say. */
	private static final class Step {
		final Input in;
		final TimeLimitPolicy limits;
		final CaseEdit edit;
		final Map<String, Object> data = new LinkedHashMap<>();
		final List<String[]> notices = new ArrayList<>();
		String comment;
		List<CoUnitPart> parts;
		CaseChange.MergeNote mergeNote;

		Step(Input in, TimeLimitPolicy limits, CaseStatus to) {
			this.in = in;
			this.limits = limits;
			this.edit = in.c().edit();
			this.edit.status = to;
		}

		Step comment(String text) {
			this.comment = text;
			return this;
		}

		Step data(String key, Object value) {
			data.put(key, value);
			return this;
		}

		/** Tells a unit (if the case has one there) with the message {@code notification.case.<what>}. */
		Step notify(String unit, String what) {
			if (unit != null) {
				notices.add(new String[] { unit, what });
			}
			return this;
		}

		CoUnitPart part(String unit) {
			return in.parts().stream().filter(p -> p.unit().equals(unit)).findFirst().orElse(CoUnitPart.fresh(unit));
		}

		void replacePart(CoUnitPart part) {
			List<CoUnitPart> after = new ArrayList<>(in.parts().stream().filter(p -> !p.unit().equals(part.unit())).toList());
			after.add(part);
			after.sort(java.util.Comparator.comparing(CoUnitPart::unit));
			parts = after;
		}

		/**
		 * A return, escalation, reopening or merge stops the clocks; the next dispatch starts new ones — except a
		 * sign-for clock that runs from receipt until the case is signed for (a petition's acceptance limit).
		 */
		Step stop(String reason) {
			boolean keepSignFor = limits.signForClockSurvivesStops() && in.c().acceptedAt() == null
					&& edit.status != CaseStatus.MERGED && edit.status != CaseStatus.NOT_ACCEPTED;
			edit.leadUnit = null;
			edit.coUnits = List.of();
			edit.dispatchedAt = null;
			edit.acceptedAt = null;
			edit.dueAt = null;
			edit.overdue = false;
			edit.extensionDays = null;
			edit.extensionReason = null;
			if (!keepSignFor) {
				edit.signForDeadline = null;
				edit.signForOverdue = false;
				edit.warningAt = null;
				edit.warning = false;
			}
			return comment(reason);
		}

		CaseChange done() {
			Instant now = in.now();
			List<java.util.UUID> files = in.body().attachmentIds();
			if (!files.isEmpty()) {
				edit.hasAttachments = true;
			}
			edit.version = in.c().version() + 1;
			CaseRecord after = edit.done();
			CaseEvent event = new CaseEvent(now, in.caller().username(), in.action().name(), in.c().status(),
					after.status(), comment, files, data);
			return new CaseChange(in.c(), after, List.of(event), parts,
					CaseNotices.afterAction(after, in.action(), notices), files, mergeNote);
		}
	}
}
