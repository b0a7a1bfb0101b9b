package org.fengqiao.cases.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.fengqiao.cases.CaseKind;
import org.fengqiao.cases.CaseLevel;
import org.fengqiao.cases.CaseStatus;
import org.fengqiao.cases.Channel;
import org.fengqiao.cases.Priority;
import org.fengqiao.cases.Satisfaction;
import org.fengqiao.cases.lifecycle.RollupMoves.Move;
import org.junit.jupiter.api.Test;

/** What a change takes from and adds to the case rollups, group by group (the rule of case_rollup_delta). */
class RollupMovesTest {

	private static final String VILLAGE = "610722101213";
	private static final String CENTER = "610722101000-CENTER";
	private static final String JUDICIAL = "610722101000-JUDICIAL_OFFICE";
	private static final String POLICE = "610722101000-POLICE_STATION";
	/** 1 December 2026 01:00 in Asia/Shanghai, still 30 November in UTC. */
	private static final Instant RECEIVED = Instant.parse("2026-11-30T17:00:00Z");
	private static final LocalDate DECEMBER = LocalDate.of(2026, 12, 1);

	@Test
	void a_received_case_counts_once_in_its_village_row_in_the_month_of_its_receipt_in_china() {
		assertThat(RollupMoves.contribution(received(), 1)).containsExactly(
				new Move("REGION", "", VILLAGE, DECEMBER, "DISPUTE", "WINDOW", CENTER, 3, 1, 0, 0, 0, 0, 0));
	}

	@Test
	void a_dispatch_moves_the_case_from_the_holder_s_group_to_the_lead_s_and_adds_the_lead_row() {
		CaseRecord before = received();
		CaseEdit e = before.edit();
		e.status = CaseStatus.DISPATCHED;
		e.leadUnit = JUDICIAL;
		assertThat(RollupMoves.of(before, e.done())).containsExactly(
				new Move("LEAD", JUDICIAL, VILLAGE, DECEMBER, "DISPUTE", "WINDOW", JUDICIAL, 3, 1, 0, 0, 0, 0, 0),
				new Move("REGION", "", VILLAGE, DECEMBER, "DISPUTE", "WINDOW", CENTER, 3, -1, 0, 0, 0, 0, 0),
				new Move("REGION", "", VILLAGE, DECEMBER, "DISPUTE", "WINDOW", JUDICIAL, 3, 1, 0, 0, 0, 0, 0));
	}

	@Test
	void a_sign_for_or_a_start_moves_nothing() {
		CaseRecord dispatched = dispatched();
		CaseEdit e = dispatched.edit();
		e.status = CaseStatus.IN_PROGRESS;
		e.acceptedAt = RECEIVED.plusSeconds(60);
		assertThat(RollupMoves.of(dispatched, e.done())).isEmpty();
	}

	@Test
	void a_resolution_on_time_moves_the_resolved_and_on_time_counts_of_every_row_of_the_case() {
		CaseRecord dispatched = dispatched();
		CaseEdit e = dispatched.edit();
		e.status = CaseStatus.RESOLVED;
		e.resolvedAt = RECEIVED.plusSeconds(3600);
		e.resolvedOnTime = true;
		e.overdue = true; // an overdue flag no longer counts once the case is resolved
		assertThat(RollupMoves.of(dispatched, e.done())).containsExactly(
				new Move("LEAD", JUDICIAL, VILLAGE, DECEMBER, "DISPUTE", "WINDOW", JUDICIAL, 3, 0, 1, 1, 0, 0, 0),
				new Move("REGION", "", VILLAGE, DECEMBER, "DISPUTE", "WINDOW", JUDICIAL, 3, 0, 1, 1, 0, 0, 0));
	}

	@Test
	void a_visit_counts_a_rating_and_an_unreachable_resident_counts_none() {
		CaseRecord resolved = dispatched();
		CaseEdit satisfied = resolved.edit();
		satisfied.satisfaction = Satisfaction.BASICALLY_SATISFIED;
		assertThat(RollupMoves.of(resolved, satisfied.done())).extracting(Move::satisfied, Move::rated)
			.containsOnly(org.assertj.core.groups.Tuple.tuple(1L, 1L));
		CaseEdit unreachable = resolved.edit();
		unreachable.satisfaction = Satisfaction.UNREACHABLE;
		assertThat(RollupMoves.of(resolved, unreachable.done())).isEmpty();
		CaseEdit dissatisfied = resolved.edit();
		dissatisfied.satisfaction = Satisfaction.DISSATISFIED;
		assertThat(RollupMoves.of(resolved, dissatisfied.done())).extracting(Move::satisfied, Move::rated)
			.containsOnly(org.assertj.core.groups.Tuple.tuple(0L, 1L));
	}

	@Test
	void co_units_count_once_each_beside_the_lead_and_a_grid_counts_its_own_row() {
		CaseEdit e = dispatched().edit();
		e.coUnits = List.of(POLICE, JUDICIAL, POLICE);
		e.gridCode = VILLAGE + "001";
		assertThat(RollupMoves.contribution(e.done(), 1)).extracting(Move::via, Move::party).containsExactly(
				org.assertj.core.groups.Tuple.tuple("REGION", ""), org.assertj.core.groups.Tuple.tuple("LEAD", JUDICIAL),
				org.assertj.core.groups.Tuple.tuple("CO", POLICE),
				org.assertj.core.groups.Tuple.tuple("GRID", VILLAGE + "001"));
	}

	@Test
	void closing_moves_the_case_to_slot_0_and_a_merge_takes_it_out_of_every_row() {
		CaseRecord dispatched = dispatched();
		CaseEdit closed = dispatched.edit();
		closed.status = CaseStatus.CLOSED;
		assertThat(RollupMoves.of(dispatched, closed.done())).extracting(Move::slot, Move::received)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(0, 1L), org.assertj.core.groups.Tuple.tuple(0, 1L),
					org.assertj.core.groups.Tuple.tuple(3, -1L), org.assertj.core.groups.Tuple.tuple(3, -1L));
		CaseEdit merged = dispatched.edit();
		merged.status = CaseStatus.MERGED;
		assertThat(RollupMoves.of(dispatched, merged.done())).extracting(Move::received).containsOnly(-1L).hasSize(2);
	}

	/** Case id 11: slot 3. */
	private static CaseRecord received() {
		CaseEdit e = new CaseRepository.NewCase(CaseKind.DISPUTE, "DISPUTE_NEIGHBOR", Channel.WINDOW, "标题", "描述",
				Priority.NORMAL, CaseLevel.TOWN, VILLAGE, null, null, null, null, null, null, null, null, null, CENTER,
				"desk.longtou", null, RECEIVED, RECEIVED, null, null, null, null)
			.received("610722101-2026-000011")
			.edit();
		e.id = 11;
		return e.done();
	}

	private static CaseRecord dispatched() {
		CaseEdit e = received().edit();
		e.status = CaseStatus.DISPATCHED;
		e.leadUnit = JUDICIAL;
		return e.done();
	}
}
