package org.fengqiao.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fengqiao.directory.Department;
import org.fengqiao.directory.DepartmentKind;
import org.fengqiao.directory.Directory;
import org.fengqiao.platform.ApiException;
import org.fengqiao.platform.Caller;
import org.fengqiao.platform.DataScope;
import org.fengqiao.platform.Role;
import org.fengqiao.platform.ValidationException;
import org.fengqiao.platform.audit.AuditLog;
import org.fengqiao.platform.calendar.WorkingDays;
import org.fengqiao.platform.files.FileAttachments;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * 后台分流、限时办结: applies one action to a locked case — who may (403), whether the state allows it (409),
 * what it changes — and writes its timeline event, notifications and audit entry in the same transaction.
 */
@Component
class CaseActions {

	private static final String CLOCKS_STOPPED = """
			lead_unit = NULL, co_units = '{}', dispatched_at = NULL, sign_for_deadline = NULL, accepted_at = NULL,
			due_at = NULL, warning_at = NULL, warning = false, overdue = false, sign_for_overdue = false,
			extension_days = NULL, extension_reason = NULL, updated_at = :now""";

	private final CaseRepository cases;
	private final CaseRules rules;
	private final Directory directory;
	private final WorkingDays workingDays;
	private final Notifications notifications;
	private final FileAttachments files;
	private final AuditLog audit;
	private final JsonMapper json;
	private final Clock clock;
	private final CaseStateMachine machine = new CaseStateMachine();

	CaseActions(CaseRepository cases, CaseRules rules, Directory directory, WorkingDays workingDays,
			Notifications notifications, FileAttachments files, AuditLog audit, JsonMapper json, Clock clock) {
		this.cases = cases;
		this.rules = rules;
		this.directory = directory;
		this.workingDays = workingDays;
		this.notifications = notifications;
		this.files = files;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
	}

	/** One change to apply: the new status, the SET clause and its parameters, the event's comment and data. */
	private record Change(CaseStatus to, String set, Map<String, Object> params, String comment, Map<String, Object> data) {
	}

	/** Applies one action to the locked case {@code c}; answers the case as it is afterwards. */
	CaseRecord apply(CaseRecord c, CaseAction action, ActionRequest body, Caller caller) {
		CasePermissions.Part part = CasePermissions.check(action, c, caller);
		CaseStatus to;
		try {
			to = part == CasePermissions.Part.CO_UNIT ? machine.nextForCoUnit(c.status(), action)
					: machine.next(c.status(), action);
		} catch (IllegalTransitionException e) {
			throw ApiException.conflict(e.code(), c.status(), action.path());
		}
		Instant now = clock.instant();
		Change change = switch (action) {
			case DISPATCH -> dispatch(c, body, now);
			case ACCEPT -> part == CasePermissions.Part.CO_UNIT ? coUnitAccept(c, caller, now) : accept(c, now);
			case RETURN -> stop(CaseStatus.RETURNED, require(body.reason(), "reason"), Map.of());
			case START -> new Change(CaseStatus.IN_PROGRESS, "updated_at = :now", Map.of(), body.comment(), Map.of());
			case REPORT -> coUnitReport(c, caller, require(body.result(), "result"), now);
			case RESOLVE -> resolve(c, require(body.result(), "result"), now);
			case ESCALATE -> escalate(c, require(body.reason(), "reason"));
			case FEEDBACK -> feedback(body);
			case VISIT -> visit(body);
			case CLOSE -> close(c, body, caller);
			case REOPEN -> stop(CaseStatus.REOPENED, require(body.reason(), "reason"), Map.of());
			case MERGE -> merge(c, body, caller, now);
			case SUPERVISE -> supervise(c, body);
			case EXTEND -> extend(c, body);
			case APPROVE_EXTENSION -> approveExtension(c, body, now);
		};
		Map<String, Object> params = new LinkedHashMap<>(change.params());
		params.put("now", CaseRows.ts(now));
		String set = change.set().isEmpty() ? "updated_at = :now" : change.set();
		String statusSet = change.to() == c.status() ? "" : "status = '" + change.to().name() + "', ";
		if (!body.attachmentIds().isEmpty()) {
			files.attach(body.attachmentIds(), "case", c.number(), caller);
			set = "has_attachments = true, " + set;
		}
		CaseRepository.ActionWrite write = new CaseRepository.ActionWrite(caller.username(), action, change.to(),
				change.comment(), body.attachmentIds(),
				change.data().isEmpty() ? null : json.writeValueAsString(change.data()),
				notifications.afterAction(c, action, change.data()));
		return cases.apply(c, statusSet + set, params, write, audit)
			.orElseThrow(() -> ApiException.conflict(IllegalTransitionException.CODE, c.status(), action.path()));
	}

	private Change dispatch(CaseRecord c, ActionRequest body, Instant now) {
		String lead = body.leadUnit();
		List<String> coUnits = body.coUnits() == null ? List.of() : List.copyOf(body.coUnits());
		String comment = body.comment();
		if (lead == null) {
			CaseRules.StoredRule rule = rules.route(c.category(), c.regionCode())
				.orElseThrow(() -> ValidationException.of("leadUnit", "case.lead-unit-required"));
			lead = rule.rule().leadUnit();
			coUnits = rule.rule().coUnits();
			comment = comment == null ? "按分流规则派单" : comment;
		}
		Department leadUnit = dispatchTarget(c, lead, "leadUnit");
		for (String co : coUnits) {
			if (co.equals(lead)) {
				throw ValidationException.of("coUnits", "case.co-unit-is-lead");
			}
			dispatchTarget(c, co, "coUnits");
		}
		CaseLevel level = c.level() == CaseLevel.COUNTY ? CaseLevel.COUNTY
				: leadUnit.kind() == DepartmentKind.VILLAGE_COMMITTEE ? CaseLevel.VILLAGE : CaseLevel.TOWN;
		SlaPolicy sla = rules.sla(c.kind(), c.category(), c.priority());
		Instant signFor = c.kind() == CaseKind.PETITION
				? new PetitionTimeLimits(workingDays.calendar()).acceptanceDueAt(c.receivedAt())
				: new CaseClock(workingDays.calendar()).signForDeadline(now, sla.signForHours());
		cases.replaceCoUnits(c.id(), coUnits, c.mayHaveCoUnitParts());
		return new Change(CaseStatus.DISPATCHED, """
				lead_unit = :lead, co_units = :coUnits, level = :level, dispatched_at = :now, sign_for_deadline = :signFor,
				accepted_at = NULL, due_at = NULL, warning_at = NULL, warning = false, overdue = false,
				sign_for_overdue = false, extension_days = NULL, extension_reason = NULL, updated_at = :now""",
				Map.of("lead", lead, "coUnits", coUnits.toArray(String[]::new), "level", level.name(), "signFor",
						CaseRows.ts(signFor)),
				comment, Map.of("leadUnit", lead, "coUnits", coUnits, "level", level.name()));
	}

	private Department dispatchTarget(CaseRecord c, String code, String field) {
		return directory.dispatchTargets(c.holdingRegion(), DataScope.everything()).stream()
			.filter(d -> d.code().equals(code)).findFirst()
			.orElseThrow(() -> ValidationException.of(field, "case.unit-invalid"));
	}

	private Change accept(CaseRecord c, Instant now) {
		SlaPolicy sla = rules.sla(c.kind(), c.category(), c.priority());
		Instant due = c.kind() == CaseKind.PETITION ? new PetitionTimeLimits(workingDays.calendar()).handlingDueAt(now)
				: new CaseClock(workingDays.calendar()).handlingDueAt(now, sla.handlingWorkingDays());
		Instant warningAt = new CaseClock(workingDays.calendar()).warningAt(now, due, sla.warningFraction());
		return new Change(CaseStatus.ACCEPTED, "accepted_at = :now, due_at = :due, warning_at = :warningAt, updated_at = :now",
				Map.of("due", CaseRows.ts(due), "warningAt", CaseRows.ts(warningAt)), null, Map.of());
	}

	private Change coUnitAccept(CaseRecord c, Caller caller, Instant now) {
		String unit = myCoUnit(c, caller);
		if (cases.coUnitAccepts(c.id(), unit, now) == 0) {
			throw ApiException.conflict("case.co-unit-already-accepted", unit);
		}
		return new Change(c.status(), "", Map.of(), null, Map.of("coUnit", unit));
	}

	private Change coUnitReport(CaseRecord c, Caller caller, String result, Instant now) {
		String unit = myCoUnit(c, caller);
		cases.coUnitReports(c.id(), unit, result, now);
		return new Change(c.status(), "", Map.of(), result, Map.of("coUnit", unit));
	}

	private static String myCoUnit(CaseRecord c, Caller caller) {
		return c.coUnits().stream().filter(caller.scope()::hasDepartment).findFirst()
			.orElseThrow(CasePermissions::forbidden);
	}

	private Change resolve(CaseRecord c, String result, Instant now) {
		if (c.mayHaveCoUnitParts() && cases.coUnitsPending(c.id()) > 0) {
			throw ApiException.conflict("case.co-units-pending");
		}
		boolean onTime = c.dueAt() == null || !now.isAfter(c.dueAt());
		return new Change(CaseStatus.RESOLVED, "resolved_at = :now, resolved_on_time = :onTime, updated_at = :now",
				Map.of("onTime", onTime), result, Map.of());
	}

	private Change escalate(CaseRecord c, String reason) {
		CaseLevel next = c.level().next().orElseThrow(() -> ApiException.conflict("case.cannot-escalate"));
		String holding = next == CaseLevel.COUNTY ? CaseScope.countyCenterOf(c.regionCode()) : c.holdingUnit();
		if (directory.department(holding).isEmpty()) {
			throw ApiException.conflict("case.no-center", holding);
		}
		return new Change(CaseStatus.ESCALATED, "level = :level, holding_unit = :holding, " + CLOCKS_STOPPED,
				Map.of("level", next.name(), "holding", holding), reason,
				Map.of("level", next.name(), "holdingUnit", holding));
	}

	private Change stop(CaseStatus to, String reason, Map<String, Object> data) {
		String extra = to == CaseStatus.REOPENED
				? "resolved_at = NULL, resolved_on_time = NULL, closed_at = NULL, satisfaction = NULL, " : "";
		return new Change(to, extra + CLOCKS_STOPPED, Map.of(), reason, data);
	}

	private Change feedback(ActionRequest body) {
		if (body.method() == null) {
			throw ValidationException.of("method", "validation.required");
		}
		if (body.method() != FeedbackMethod.NONE_ANONYMOUS) {
			require(body.message(), "message");
		}
		return new Change(CaseStatus.FEEDBACK_GIVEN, "", Map.of(), body.message(), Map.of("method", body.method().name()));
	}

	private Change visit(ActionRequest body) {
		if (body.satisfaction() == null) {
			throw ValidationException.of("satisfaction", "validation.required");
		}
		return new Change(CaseStatus.VISITED, "satisfaction = :satisfaction, updated_at = :now",
				Map.of("satisfaction", body.satisfaction().name()), body.comment(),
				Map.of("satisfaction", body.satisfaction().name()));
	}

	private Change close(CaseRecord c, ActionRequest body, Caller caller) {
		if (c.satisfaction() == Satisfaction.DISSATISFIED) {
			if (!caller.isAdmin() && !caller.has(Role.CENTER_LEADER)) {
				throw ApiException.forbidden("case.close-needs-leader");
			}
			require(body.comment(), "comment");
		}
		return new Change(CaseStatus.CLOSED, "closed_at = :now, updated_at = :now", Map.of(), body.comment(), Map.of());
	}

	private Change merge(CaseRecord c, ActionRequest body, Caller caller, Instant now) {
		String into = require(body.into(), "into");
		CaseRecord target = cases.find(into)
			.filter(t -> t.id() != c.id() && t.isOpen())
			.filter(t -> caller.isAdmin() || CasePermissions.holdsCase(t, caller))
			.orElseThrow(() -> ValidationException.of("into", "case.merge-target-invalid"));
		cases.event(target.id(), now, caller.username(), CaseAction.MERGE.name(), target.status(), target.status(),
				"并入重复件 " + c.number(), List.of(), json.writeValueAsString(Map.of("merged", c.number())));
		return new Change(CaseStatus.MERGED, "merged_into = :into, updated_at = :now", Map.of("into", target.number()),
				body.comment(), Map.of("into", target.number()));
	}

	private Change supervise(CaseRecord c, ActionRequest body) {
		if (body.level() == null) {
			throw ValidationException.of("level", "validation.required");
		}
		return new Change(c.status(), "supervision = :level, updated_at = :now", Map.of("level", body.level().name()),
				body.comment(), Map.of("level", body.level().name()));
	}

	private Change extend(CaseRecord c, ActionRequest body) {
		String reason = require(body.reason(), "reason");
		int max = c.kind() == CaseKind.PETITION ? PetitionHandlingPeriod.MAX_EXTENSION_DAYS : 60;
		if (body.days() == null || body.days() < 1 || body.days() > max) {
			throw ValidationException.of("days", c.kind() == CaseKind.PETITION ? "petition.extension-too-long" : "case.extension-days");
		}
		if (c.extensionDays() != null) {
			throw ApiException.conflict("case.extension-pending");
		}
		if (c.kind() == CaseKind.PETITION && c.extensionsGranted() > 0) {
			throw ApiException.conflict("petition.extension-already-granted");
		}
		return new Change(c.status(), "extension_days = :days, extension_reason = :reason, updated_at = :now",
				Map.of("days", body.days(), "reason", reason), reason, Map.of("days", body.days()));
	}

	private Change approveExtension(CaseRecord c, ActionRequest body, Instant now) {
		if (c.extensionDays() == null) {
			throw ApiException.conflict("case.no-extension-pending");
		}
		if (body.approved() == null) {
			throw ValidationException.of("approved", "validation.required");
		}
		Map<String, Object> data = Map.of("approved", body.approved(), "days", c.extensionDays());
		if (!body.approved()) {
			return new Change(c.status(), "extension_days = NULL, extension_reason = NULL, updated_at = :now", Map.of(),
					body.comment(), data);
		}
		Instant due = c.kind() == CaseKind.PETITION
				? new PetitionTimeLimits(workingDays.calendar()).dueAt(
						new PetitionTimeLimits(workingDays.calendar()).handlingPeriod(c.acceptedAt()).extend(c.extensionDays()))
				: new CaseClock(workingDays.calendar()).extendDue(c.dueAt(), c.extensionDays());
		SlaPolicy sla = rules.sla(c.kind(), c.category(), c.priority());
		Instant warningAt = new CaseClock(workingDays.calendar()).warningAt(c.acceptedAt(), due, sla.warningFraction());
		return new Change(c.status(), """
				due_at = :due, warning_at = :warningAt, warning = (:warningAt <= :now), overdue = false,
				extension_days = NULL, extension_reason = NULL, extensions_granted = extensions_granted + 1, updated_at = :now""",
				Map.of("due", CaseRows.ts(due), "warningAt", CaseRows.ts(warningAt)), body.comment(), data);
	}

	private static String require(String value, String field) {
		if (value == null || value.isBlank()) {
			throw ValidationException.of(field, "validation.required");
		}
		return value.trim();
	}
}
