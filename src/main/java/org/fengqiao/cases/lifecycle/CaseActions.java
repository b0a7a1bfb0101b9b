package org.fengqiao.cases.lifecycle;

import org.fengqiao.cases.ActionRequest;
import org.fengqiao.cases.CaseAction;
import org.fengqiao.cases.CaseVisibility;
import java.time.Clock;
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
 * Takes one action on a case: reads it, lets {@link Lifecycle} decide the change, and writes the change, its
 * notifications, attached files and audit entry in the caller's transaction. The case is not locked while
 * the change is decided: the write is guarded by the version it was decided on, and a case changed meanwhile
 * (or remembered by this node at an older version) is read again, checked against the caller's scope again and
 * decided again (a merge, which writes two cases, locks both first).
 */
@Component
public class CaseActions {

	private static final int ATTEMPTS = 3;

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
	public CaseRecord apply(CaseRecord c, CaseAction action, ActionRequest body, Caller caller) {
		CaseRecord current = c;
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			CaseRecord target = action == CaseAction.MERGE ? lockForMerge(current, body.into()) : null;
			if (target != null || action == CaseAction.MERGE) {
				current = cases.find(current.id()).orElseThrow();
			}
			CaseChange change = Lifecycle.decide(new Lifecycle.Input(current, cases.coUnitParts(current), action, body,
					caller, clock.instant(), target), rules);
			Optional<CaseRecord> after = cases.write(change);
			if (after.isPresent()) {
				if (change.mergeNote() != null) {
					CaseRecord t = change.mergeNote().target();
					CaseEdit noted = t.edit();
					noted.version = t.version() + 1;
					cases.write(new CaseChange(t, noted.done(), List.of(change.mergeNote().event()), null, List.of(),
							List.of(), null)).orElseThrow();
				}
				if (!change.attachments().isEmpty()) {
					files.attach(change.attachments(), CaseNotices.RECORD_TYPE, current.number(), caller);
				}
				notifications.send(change.notifications());
				audit.recordAs(caller.username(), "CASE_" + action.name(), CaseNotices.RECORD_TYPE, current.number());
				return after.get();
			}
			current = cases.find(current.id()).filter(r -> CaseVisibility.permits(caller.scope(), r))
				.orElseThrow(() -> ApiException.notFound("case.not-found", c.number()));
		}
		throw ApiException.conflict("case.changed-meanwhile", c.number());
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
