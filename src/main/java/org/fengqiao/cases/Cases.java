package org.fengqiao.cases;

import org.fengqiao.cases.lifecycle.CaseRecord;
import org.fengqiao.cases.lifecycle.SystemComments;
import org.fengqiao.cases.intake.CaseIntake;
import org.fengqiao.cases.intake.IdempotencyKeys;
import org.fengqiao.cases.intake.RepeatCheck;
import org.fengqiao.cases.lifecycle.CaseActions;
import org.fengqiao.cases.lifecycle.CaseQueries;
import org.fengqiao.cases.lifecycle.CaseRepository;
import org.fengqiao.cases.lifecycle.CaseViews;
import org.fengqiao.cases.rules.CaseRules;
import org.fengqiao.cases.statistics.CaseCountFloor;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.fengqiao.platform.ApiException;
import org.fengqiao.platform.Caller;
import org.fengqiao.platform.DataScope;
import org.fengqiao.platform.Page;
import org.fengqiao.platform.PageQuery;
import org.fengqiao.platform.RegionCodes;
import org.fengqiao.platform.Times;
import org.fengqiao.platform.ValidationException;
import org.fengqiao.region.Regions;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/** The cases module's API: intake, reads and actions, always within the caller's scope. */
@Service
public class Cases {

	/** What intake answers: the case, likely repeats, and whether this was a replay of an earlier request. */
	public record Created(CaseView view, List<PossibleDuplicate> possibleDuplicates, boolean replayed) {
	}

	/** One timeline entry: {@code {"at","actor","action","fromStatus","toStatus","comment","attachments"}}. */
	public record TimelineEntry(OffsetDateTime at, String actor, String action, CaseStatus fromStatus,
			CaseStatus toStatus, String comment, List<UUID> attachments) {
	}

	/** The actor of what the application does by itself (automatic dispatch by a routing rule). */
	static final Caller SYSTEM = new Caller("system", "系统", java.util.Set.of(org.fengqiao.platform.Role.ADMIN),
			DataScope.everything(), null);

	/** How often an action is taken again when its case changed meanwhile, before the caller gets a 409. */
	private static final int ACTION_ATTEMPTS = 3;

	private final CaseRepository cases;
	private final CaseRules rules;
	private final CaseIntake intake;
	private final CaseActions actions;
	private final CaseQueries queries;
	private final CaseCountFloor countFloor;
	private final CaseViews views;
	private final RepeatCheck repeats;
	private final Regions regions;
	private final IdempotencyKeys keys;
	private final JsonMapper json;
	private final Clock clock;
	private final TransactionTemplate transactions;

	Cases(CaseRepository cases, CaseRules rules, CaseIntake intake, CaseActions actions, CaseQueries queries,
			CaseCountFloor countFloor, CaseViews views, RepeatCheck repeats, Regions regions,
			IdempotencyKeys keys, JsonMapper json, Clock clock,
			TransactionTemplate transactions) {
		this.cases = cases;
		this.rules = rules;
		this.intake = intake;
		this.actions = actions;
		this.queries = queries;
		this.countFloor = countFloor;
		this.views = views;
		this.repeats = repeats;
		this.regions = regions;
		this.keys = keys;
		this.json = json;
		this.clock = clock;
		this.transactions = transactions;
	}

	/**
	 * Takes in a case. Its transaction ends before the repeat check, which then sees every case committed
	 * before this one: of two intakes in one town at the same moment, the later (its numbering waits for the
	 * earlier's commit) always lists the earlier, as if one desk had taken both.
	 */
	public Created create(IntakeRequest request, String idempotencyKey, Caller caller) {
		Received received = transactions.execute(tx -> receive(request, idempotencyKey, caller));
		CaseView view = views.full(received.record(), caller); // after the commit too: the town's counter is free again
		if (received.row() == null) {
			return new Created(view, List.of(), true);
		}
		CaseRepository.NewCase row = received.row();
		List<PossibleDuplicate> duplicates = repeats.of(view.number(), row.title(), row.description(),
				row.regionCode(), row.reporterIdHash(), row.reporterPhoneHash(), clock.instant(), caller.scope());
		return new Created(view, duplicates, false);
	}

	/** A case as intake wrote it ({@code row} null when an idempotent retry replayed an earlier one). */
	private record Received(CaseRecord record, CaseRepository.NewCase row) {
	}

	private Received receive(IntakeRequest request, String idempotencyKey, Caller caller) {
		if (idempotencyKey != null) {
			if (idempotencyKey.isBlank() || idempotencyKey.length() > 100) {
				throw ValidationException.of("Idempotency-Key", "idempotency.key-invalid");
			}
			Long earlier = keys.claim(caller.username(), idempotencyKey, json.writeValueAsString(request));
			if (earlier != null) {
				return new Received(cases.find(earlier).orElseThrow(), null);
			}
		}
		// Read-only work first: the unit's counter row is locked from numbering to the commit.
		CaseIntake.Checked checked = intake.check(request, caller);
		CaseRecord c = intake.receive(checked, idempotencyKey, caller);
		var rule = rules.route(c.category(), c.regionCode()).filter(CaseRules.StoredRule::autoDispatch);
		if (rule.isPresent()) { // the row is this transaction's own, so already locked
			c = actions.apply(c, CaseAction.DISPATCH, new ActionRequest(rule.get().rule().leadUnit(),
					rule.get().rule().coUnits(), null, null, null, null, null, SystemComments.AUTO_DISPATCHED_BY_RULE,
					null, null, null, null, null, null), SYSTEM).c();
		}
		return new Received(c, checked.row());
	}

	/** The likely repeats of an intake body, by intake's own checks and repeat rule; nothing is stored. */
	public List<PossibleDuplicate> repeatCheck(IntakeRequest request, Caller caller) {
		CaseRepository.NewCase row = intake.check(request, caller).row();
		return repeats.of(null, row.title(), row.description(), row.regionCode(), row.reporterIdHash(),
				row.reporterPhoneHash(), clock.instant(), caller.scope());
	}

	/** The unit the routing rules suggest for a case (the dispatch dialog pre-fills it); all null when no rule applies. */
	public record RoutingSuggestion(Long ruleId, String leadUnit, List<String> coUnits, CaseLevel level,
			boolean autoDispatch) {
	}

	public RoutingSuggestion routingSuggestion(String number, Caller caller) {
		CaseRecord c = visible(number, caller);
		return rules.route(c.category(), c.regionCode())
			.map(r -> new RoutingSuggestion(r.id(), r.rule().leadUnit(), r.rule().coUnits(), r.rule().level(),
					r.autoDispatch()))
			.orElse(new RoutingSuggestion(null, null, List.of(), null, false));
	}

	public CaseView get(String number, Caller caller) {
		return views.full(visible(number, caller), caller);
	}

	@Transactional(readOnly = true)
	public Page<CaseView> list(CaseFilter filter, Caller caller, PageQuery page) {
		String prefix = filter.region() == null ? "" : RegionCodes.prefix(regions.get(filter.region(), caller.scope()).code());
		DataScope v = caller.scope();
		List<CaseRecord> rows = queries.page(filter, prefix, v, page);
		return Page.capped(rows.stream().map(views::summary).toList(), page, total(filter, prefix, v, page, rows));
	}

	/**
	 * A page that is not full (and not past the end) is the last one and needs no count; a station's or grid
	 * member's whole list is past the cap when its rollups alone are; else the capped count.
	 */
	private long total(CaseFilter filter, String prefix, DataScope v, PageQuery page, List<CaseRecord> rows) {
		if (rows.size() < page.size() && (!rows.isEmpty() || page.page() == 0)) {
			return (long) page.offset() + rows.size();
		}
		if (filter.onlyRegionAndKind() && countFloor.atLeast(v, prefix, filter.kind()) > Page.COUNT_CAP) {
			return Page.COUNT_CAP + 1L;
		}
		return queries.count(filter, prefix, v);
	}

	/** The caller's queue counts, each as its list would count it. */
	@Transactional(readOnly = true)
	public QueueCounts counts(Caller caller) {
		return queries.counts(caller.scope());
	}

	public List<TimelineEntry> timeline(String number, Caller caller) {
		return cases.timeline(visible(number, caller).id()).stream()
			.map(e -> new TimelineEntry(Times.local(e.at()), e.actor(), e.action(), e.from(), e.to(), e.comment(),
					e.attachments()))
			.toList();
	}

	/**
	 * Takes an action in a transaction of its own. The action is decided on the case as this node last committed it
	 * and written with the commit; when the case changed meanwhile (another node, or a concurrent action), the commit
	 * fails with nothing kept, and the action is taken again from the stored case, checked against the caller's scope
	 * again and decided again (it may now be refused).
	 */
	public CaseView act(String number, String actionPath, ActionRequest body, Caller caller) {
		CaseAction action = CaseAction.fromPath(actionPath).orElseThrow(() -> ApiException.notFound("not-found"));
		ActionRequest request = body == null ? ActionRequest.EMPTY : body;
		for (int attempt = 1;; attempt++) {
			try {
				return transactions.execute(tx -> {
					CaseRecord c = cases.findForAction(number).filter(r -> CaseVisibility.permits(caller.scope(), r))
						.orElseThrow(() -> ApiException.notFound("case.not-found", number));
					CaseActions.Acted acted = actions.apply(c, action, request, caller);
					return views.full(acted.c(), acted.parts(), caller);
				});
			} catch (PessimisticLockingFailureException changedMeanwhile) {
				cases.forget(number);
				if (attempt == ACTION_ATTEMPTS) {
					throw ApiException.conflict("case.changed-meanwhile", number);
				}
			}
		}
	}

	/** A petition's not-acceptance (不予受理/不再受理): when, by whom, why, and the written notice's text. */
	public record NotAcceptance(OffsetDateTime at, String actor, String reason, String notice) {
	}

	/** The not-acceptance of a case the caller may read, for its printable notice; empty if it was accepted. */
	public java.util.Optional<NotAcceptance> notAcceptance(String number, Caller caller) {
		CaseRecord c = visible(number, caller);
		return cases.notAcceptance(c.id())
			.map(n -> new NotAcceptance(Times.local(n.at()), n.actor(), n.reason(), n.notice()));
	}

	/** A category's name by code (a ledger prints names), empty for an unknown code. */
	public java.util.Optional<String> categoryName(String code) {
		return code == null ? java.util.Optional.empty() : rules.category(code).map(Category::name);
	}

	/** Whether the caller may read the case (for file downloads). */
	public boolean canRead(String number, Caller caller) {
		return cases.find(number).filter(r -> CaseVisibility.permits(caller.scope(), r)).isPresent();
	}

	private CaseRecord visible(String number, Caller caller) {
		return cases.find(number).filter(r -> CaseVisibility.permits(caller.scope(), r))
			.orElseThrow(() -> ApiException.notFound("case.not-found", number));
	}
}
