package org.fengqiao.cases.demo;

import org.fengqiao.cases.CaseAction;
import org.fengqiao.cases.CaseStatus;
import org.fengqiao.cases.FeedbackMethod;
import org.fengqiao.cases.Satisfaction;
import org.fengqiao.cases.SupervisionLevel;
import org.fengqiao.cases.lifecycle.CaseChange;
import org.fengqiao.cases.lifecycle.CaseEvent;
import org.fengqiao.cases.lifecycle.CaseRecord;
import org.fengqiao.cases.lifecycle.ClockMarks;
import org.fengqiao.cases.lifecycle.CoUnitPart;
import org.fengqiao.cases.lifecycle.Lifecycle;
import org.fengqiao.cases.lifecycle.LifecycleRules;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.fengqiao.platform.Caller;
import org.fengqiao.platform.DataScope;
import org.fengqiao.platform.RegionCodes;
import org.fengqiao.platform.Role;

/**
 * Walks one demo case through its lifecycle with the API's own code: every action is decided by
 * {@link Lifecycle} for a caller playing the actor's part, and before each action the marks that the deadline
 * sweeper (every minute) would have made by then are made by {@link ClockMarks}. An action at or after
 * {@code end} is not taken (it returns false): the walk stops there and the case stays open.
 */
public final class DemoCaseWalk {

	/** The walked case: its row, co-unit parts and timeline, ready to be written. */
	public record Result(CaseRecord record, List<CoUnitPart> parts, List<CaseEvent> events) {
	}

	private final LifecycleRules rules;
	private final Instant end;
	private final List<CaseEvent> events = new ArrayList<>();
	private CaseRecord c;
	private List<CoUnitPart> parts = List.of();
	private Instant last;

	public DemoCaseWalk(LifecycleRules rules, Instant end) {
		this.rules = rules;
		this.end = end;
	}

	/** The case as intake wrote it, with its CREATE event. */
	public void create(CaseRecord received) {
		c = received;
		last = received.receivedAt();
		events.add(new CaseEvent(last, received.firstReceiver(), "CREATE", null, CaseStatus.RECEIVED, null, List.of(),
				null));
	}

	public CaseRecord record() {
		return c;
	}

	Instant last() {
		return last;
	}

	CaseStatus status() {
		return c.status();
	}

	public boolean dispatch(Instant at, String actor, String lead, List<String> co, String comment) {
		return act(at, CaseAction.DISPATCH, center(actor), body().lead(lead, co).comment(comment));
	}

	/** The lead unit signs for the case: the handling clock starts. */
	public boolean accept(Instant at, String actor) {
		return act(at, CaseAction.ACCEPT, unit(actor, c.leadUnit()), body());
	}

	boolean coUnitAccept(Instant at, String actor, String unit) {
		return act(at, CaseAction.ACCEPT, unit(actor, unit), body());
	}

	boolean coUnitReport(Instant at, String actor, String unit, String result) {
		return act(at, CaseAction.REPORT, unit(actor, unit), body().result(result));
	}

	public boolean start(Instant at, String actor) {
		return act(at, CaseAction.START, unit(actor, c.leadUnit()), body());
	}

	public boolean resolve(Instant at, String actor, String result) {
		return act(at, CaseAction.RESOLVE, unit(actor, c.leadUnit()), body().result(result));
	}

	/** The lead unit escalates the case one level up (to the county center's queue when the county is reached). */
	boolean escalate(Instant at, String actor, String reason) {
		return act(at, CaseAction.ESCALATE, unit(actor, c.leadUnit()), body().reason(reason));
	}

	boolean returnCase(Instant at, String actor, String reason) {
		return act(at, CaseAction.RETURN, unit(actor, c.leadUnit()), body().reason(reason));
	}

	boolean reopen(Instant at, String actor, String reason) {
		return act(at, CaseAction.REOPEN, center(actor), body().reason(reason));
	}

	/** Feedback by the center's staff, or by the lead unit's when {@code actor} is not a center account. */
	public boolean feedback(Instant at, String actor, FeedbackMethod method, String message) {
		Caller caller = isCenter(actor) ? center(actor) : unit(actor, c.leadUnit());
		return act(at, CaseAction.FEEDBACK, caller, body().feedback(method, message));
	}

	public boolean visit(Instant at, String actor, Satisfaction rating, String comment) {
		return act(at, CaseAction.VISIT, center(actor), body().visit(rating).comment(comment));
	}

	public boolean close(Instant at, String actor, String comment) {
		return act(at, CaseAction.CLOSE, center(actor), body().comment(comment));
	}

	boolean supervise(Instant at, String actor, SupervisionLevel level, String comment) {
		return act(at, CaseAction.SUPERVISE, center(actor), body().supervise(level).comment(comment));
	}

	boolean extend(Instant at, String actor, int days, String reason) {
		return act(at, CaseAction.EXTEND, unit(actor, c.leadUnit()), body().extend(days, reason));
	}

	/** The handling body's head approves the pending request. */
	boolean approveExtension(Instant at, String actor, String comment) {
		return act(at, CaseAction.APPROVE_EXTENSION, center(actor), body().approve(true).comment(comment));
	}

	/** The marks made up to the end of the history; the case as it then stands. */
	public Result finish() {
		sweep(end);
		return new Result(c, parts, List.copyOf(events));
	}

	private boolean act(Instant requested, CaseAction action, Caller caller, DemoActionBody body) {
		Instant at = requested.isBefore(last) ? last : requested;
		if (!at.isBefore(end)) {
			return false;
		}
		sweep(at);
		apply(Lifecycle.decide(new Lifecycle.Input(c, parts, action, body.build(), caller, at, null), rules));
		return true;
	}

	/** The marks the sweeper, running every minute, made up to {@code until}: each at its sweep's minute. */
	private void sweep(Instant until) {
		for (Instant limit = ClockMarks.nextLimit(c); limit != null && !tick(limit).isAfter(until);
				limit = ClockMarks.nextLimit(c)) {
			Instant at = tick(limit).isBefore(last) ? last : tick(limit);
			for (ClockMarks mark : ClockMarks.values()) {
				if (mark.due(c, at)) {
					apply(mark.apply(c, at));
				}
			}
		}
	}

	private void apply(CaseChange change) {
		c = change.after();
		if (change.partsChanged()) {
			parts = change.partsAfter();
		}
		events.addAll(change.events());
		last = change.events().get(change.events().size() - 1).at();
	}

	/** Within a minute of the limit, as a sweep every minute marks it. */
	private static Instant tick(Instant limit) {
		return limit.plusSeconds(1 + Math.floorMod(limit.getEpochSecond() * 31, 59));
	}

	private static DemoActionBody body() {
		return new DemoActionBody();
	}

	private static boolean isCenter(String actor) {
		return actor.startsWith("desk.") || actor.startsWith("center.") || actor.startsWith("leader.");
	}

	/** The holding center's staff (desk or county center) or, for {@code leader.*}, its leader. */
	private Caller center(String actor) {
		Role role = actor.startsWith("leader.") ? Role.CENTER_LEADER : Role.CENTER_STAFF;
		String region = c.holdingRegion();
		return new Caller(actor, actor, Set.of(role), new DataScope(List.of(region), List.of(c.holdingUnit()), false),
				null);
	}

	/** A unit's staff: village cadres for a village committee, department staff for the others. */
	private Caller unit(String actor, String unitCode) {
		Role role = unitCode.endsWith("-VILLAGE_COMMITTEE") ? Role.VILLAGE_CADRE : Role.DEPARTMENT_STAFF;
		String town = RegionCodes.pad(c.regionCode().substring(0, 9));
		return new Caller(actor, actor, Set.of(role), new DataScope(List.of(town), List.of(unitCode), false), null);
	}
}
