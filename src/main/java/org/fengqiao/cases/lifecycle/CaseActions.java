package org.fengqiao.cases.lifecycle;

import org.fengqiao.cases.ActionRequest;
import org.fengqiao.cases.CaseAction;
import org.fengqiao.cases.CaseVisibility;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.fengqiao.platform.ApiException;
import org.fengqiao.platform.Caller;
import org.fengqiao.platform.audit.AuditLog;
import org.fengqiao.platform.files.FileAttachments;
import org.fengqiao.platform.notify.Notifications;
import org.springframework.stereotype.Component;

/**
 * Takes one action on a case: lets {@link Lifecycle} decide the change on the case as read, and writes the change,
 * its notifications, attached files and audit entry in the caller's transaction. The case is not locked while the
 * change is decided: the write is guarded by the version it was decided on. An action on one case is written with
 * the commit, in its round trip ({@link CaseRepository#writeAtCommit}): a case changed meanwhile (or remembered by
 * this node at an older version) fails the commit, and the caller takes the action again in a new transaction
 * ({@code Cases.act}). A merge, which writes two cases, locks both first and writes at once; a case changed
 * meanwhile is then read again, checked against the caller's scope again and decided again.
 */
@Component
public class CaseActions {

	private static final int ATTEMPTS = 3;

	/** The case as an action leaves it, with its co-unit parts. */
	public record Acted(CaseRecord c, List<CoUnitPart> parts) {
	}

	private final CaseRepository cases;
	private final LifecycleRules rules;
	private final Notifications notifications;
	private final FileAttachments files;
	private final AuditLog audit;
	private final Clock clock;

	CaseActions(CaseRepository cases, LifecycleRules rules, Notifications notifications, FileAttachments files,
			AuditLog audit, Clock clock) {
		this.cases = cases;
		this.rules = rules;
		this.notifications = notifications;
		this.files = files;
		this.audit = audit;
		this.clock = clock;
	}

	/** Applies the action to the case {@code c} as read; answers the case as it is afterwards. */
	public Acted apply(CaseRecord c, CaseAction action, ActionRequest body, Caller caller) {
		if (action != CaseAction.MERGE) {
			List<CoUnitPart> parts = cases.coUnitParts(c);
			CaseChange change = Lifecycle.decide(new Lifecycle.Input(c, parts, action, body, caller, now(), null), rules);
			CaseRecord after = cases.writeAtCommit(change);
			followUp(change, c, action, caller);
			return new Acted(after, change.partsChanged() ? change.partsAfter() : parts);
		}
		CaseRecord current = c;
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			CaseRecord target = lockForMerge(current, body.into());
			current = cases.find(current.id()).orElseThrow();
			List<CoUnitPart> parts = cases.coUnitParts(current);
			CaseChange change = Lifecycle.decide(new Lifecycle.Input(current, parts, action, body, caller, now(), target),
					rules);
			Optional<CaseRecord> after = cases.write(change);
			if (after.isPresent()) {
				if (change.mergeNote() != null) {
					CaseRecord t = change.mergeNote().target();
					CaseEdit noted = t.edit();
					noted.version = t.version() + 1;
					cases.write(new CaseChange(t, noted.done(), List.of(change.mergeNote().event()), null, List.of(),
							List.of(), null)).orElseThrow();
				}
				followUp(change, current, action, caller);
				return new Acted(after.get(), change.partsChanged() ? change.partsAfter() : parts);
			}
			current = cases.find(current.id()).filter(r -> CaseVisibility.permits(caller.scope(), r))
				.orElseThrow(() -> ApiException.notFound("case.not-found", c.number()));
		}
		throw ApiException.conflict("case.changed-meanwhile", c.number());
	}

	/** What every action does besides the case's own row: its files, its notifications and its audit entry. */
	private void followUp(CaseChange change, CaseRecord c, CaseAction action, Caller caller) {
		if (!change.attachments().isEmpty()) {
			files.attach(change.attachments(), CaseNotices.RECORD_TYPE, c.number(), caller);
		}
		notifications.send(change.notifications());
		audit.recordAs(caller.username(), "CASE_" + action.name(), CaseNotices.RECORD_TYPE, c.number());
	}

	/** The time of an action, at the database's precision: the row the action answers is the row stored. */
	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	/** Locks the case and the merge target (in id order, so two merges never deadlock); the target or null. */
	private CaseRecord lockForMerge(CaseRecord c, String into) {
		if (into == null || into.isBlank()) {
			return null;
		}
		Optional<CaseRecord> target = cases.find(into.trim());
		List<Long> ids = target.map(t -> List.of(c.id(), t.id())).orElse(List.of(c.id()));
		ids.stream().sorted(Comparator.naturalOrder()).forEach(cases::lock);
		return target.flatMap(t -> cases.find(t.id())).orElse(null);
	}
}
