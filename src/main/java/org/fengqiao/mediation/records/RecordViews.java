package org.fengqiao.mediation.records;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.fengqiao.mediation.MediationOutcome;
import org.fengqiao.mediation.PartyKind;
import org.fengqiao.mediation.PartyRole;
import org.fengqiao.mediation.ReferralTarget;

/** The records under a dispute as the API answers them. */
final class RecordViews {

	private RecordViews() {
	}

	/** A party: a resident's facts taken from the register when added (phone masked), or an organisation's. */
	record Party(long id, PartyRole role, PartyKind kind, Long residentId, String name, String gender, String ethnicity,
			LocalDate birthDate, String occupation, String address, String phone, String legalRepresentative) {
	}

	/** The dispute's own facts: its type (the case's category), the amount in dispute and the risk assessment. */
	record Dispute(String caseNumber, String disputeType, BigDecimal amount, String riskLevel, boolean criminalRisk,
			String riskNote, OffsetDateTime criminalRiskSince,
			@io.swagger.v3.oas.annotations.media.Schema(description = "What the caller may do under the dispute: "
					+ "`record` (parties, assessment, sessions, referrals, the agreement and its follow-up); [] read only")
			List<String> allowedActions) {
	}

	record Session(long id, LocalDate heldOn, String place, List<Long> mediatorIds, List<String> mediators,
			String attendees, String record, MediationOutcome outcome) {
	}

	/** A referral; {@code warning} and {@code overdue} are the sweeper's marks, set once. */
	record Referral(long id, ReferralTarget target, String receivingBody, String reason, OffsetDateTime referredAt,
			OffsetDateTime dueAt, boolean warning, boolean overdue, OffsetDateTime reportedBackAt, String reportBack) {
	}
}
