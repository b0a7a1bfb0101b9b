package org.fengqiao.mediation.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.fengqiao.cases.CaseChanged;
import org.fengqiao.cases.CaseKind;
import org.fengqiao.cases.CaseLevel;
import org.fengqiao.cases.CaseStatus;
import org.fengqiao.mediation.settlement.SettlementInputs.Count;
import org.junit.jupiter.api.Test;

class SettlementInputsTests {

	private static final Instant RECEIVED = Instant.parse("2026-03-02T01:00:00Z");
	private static final CaseChanged.Facts DISPUTE = new CaseChanged.Facts("610722101-2026-000001", CaseKind.DISPUTE,
			CaseStatus.RECEIVED, CaseLevel.TOWN, "610722101213", "DISPUTE_NEIGHBOR_BOUNDARY", RECEIVED, null, null);

	@Test
	void a_dispute_just_taken_in_is_counted_from_its_case_unless_it_comes_resolved() {
		CaseChanged.Facts open = with(DISPUTE, CaseStatus.DISPATCHED, "610722101213-VILLAGE_COMMITTEE", null);

		assertThat(SettlementInputs.count(CaseChanged.received(DISPUTE))).isEqualTo(Count.RECEIVED);
		assertThat(SettlementInputs.count(CaseChanged.received(open))).isEqualTo(Count.RECEIVED);
		assertThat(SettlementInputs.count(CaseChanged.received(resolved(open)))).isEqualTo(Count.RECOUNT);
	}

	@Test
	void an_appeal_is_never_counted() {
		CaseChanged.Facts appeal = new CaseChanged.Facts("610722101-2026-000002", CaseKind.APPEAL, CaseStatus.RECEIVED,
				CaseLevel.TOWN, "610722101213", "APPEAL_ROADS", RECEIVED, null, null);

		assertThat(SettlementInputs.count(CaseChanged.received(appeal))).isEqualTo(Count.NONE);
		assertThat(SettlementInputs.count(changed(appeal, resolved(appeal)))).isEqualTo(Count.NONE);
	}

	@Test
	void a_dispatch_to_a_station_or_a_sign_for_moves_nothing() {
		CaseChanged.Facts dispatched = with(DISPUTE, CaseStatus.DISPATCHED, "610722101000-JUDICIAL_OFFICE", null);
		CaseChanged.Facts accepted = with(dispatched, CaseStatus.ACCEPTED, dispatched.leadUnit(), null);

		assertThat(SettlementInputs.count(changed(DISPUTE, dispatched))).isEqualTo(Count.NONE);
		assertThat(SettlementInputs.count(changed(dispatched, accepted))).isEqualTo(Count.NONE);
	}

	@Test
	void a_dispatch_to_a_village_committee_recounts_the_level_it_would_be_settled_at() {
		CaseChanged.Facts toVillage = with(DISPUTE, CaseStatus.DISPATCHED, "610722101213-VILLAGE_COMMITTEE", null);

		assertThat(SettlementInputs.count(changed(DISPUTE, toVillage))).isEqualTo(Count.RECOUNT);
	}

	@Test
	void a_resolution_that_moves_nothing_else_only_settles_and_a_reopening_is_recounted() {
		CaseChanged.Facts open = with(DISPUTE, CaseStatus.IN_PROGRESS, "610722101000-JUDICIAL_OFFICE", null);
		CaseChanged.Facts resolvedAtTheCounty = new CaseChanged.Facts(DISPUTE.number(), CaseKind.DISPUTE,
				CaseStatus.RESOLVED, CaseLevel.COUNTY, DISPUTE.regionCode(), DISPUTE.category(), RECEIVED,
				open.leadUnit(), RECEIVED.plusSeconds(3_600));

		assertThat(SettlementInputs.count(changed(open, resolved(open)))).isEqualTo(Count.RESOLVED);
		assertThat(SettlementInputs.count(changed(resolved(open), open))).isEqualTo(Count.RECOUNT);
		assertThat(SettlementInputs.count(changed(open, resolvedAtTheCounty))).isEqualTo(Count.RECOUNT);
	}

	@Test
	void an_escalation_to_the_county_recounts_the_level() {
		CaseChanged.Facts county = new CaseChanged.Facts(DISPUTE.number(), CaseKind.DISPUTE, CaseStatus.ESCALATED,
				CaseLevel.COUNTY, DISPUTE.regionCode(), DISPUTE.category(), RECEIVED, null, null);

		assertThat(SettlementInputs.count(changed(DISPUTE, county))).isEqualTo(Count.RECOUNT);
	}

	private static CaseChanged changed(CaseChanged.Facts before, CaseChanged.Facts after) {
		return new CaseChanged(CaseChanged.Kind.CHANGED, before, after);
	}

	private static CaseChanged.Facts resolved(CaseChanged.Facts f) {
		return new CaseChanged.Facts(f.number(), f.caseKind(), CaseStatus.RESOLVED, f.level(), f.regionCode(),
				f.category(), f.receivedAt(), f.leadUnit(), RECEIVED.plusSeconds(86_400));
	}

	private static CaseChanged.Facts with(CaseChanged.Facts f, CaseStatus status, String leadUnit, Instant resolvedAt) {
		return new CaseChanged.Facts(f.number(), f.caseKind(), status, f.level(), f.regionCode(), f.category(),
				f.receivedAt(), leadUnit, resolvedAt);
	}
}
