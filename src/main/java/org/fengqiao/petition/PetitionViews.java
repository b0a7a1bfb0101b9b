package org.fengqiao.petition;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.fengqiao.cases.CaseStatus;
import org.fengqiao.cases.Satisfaction;

/** What the petition endpoints answer. */
final class PetitionViews {

	private PetitionViews() {
	}

	/** A petitioner as a petition shows them: null when hidden from the caller. */
	record PetitionerRef(long id, String name, ControlGrade grade) {
	}

	/** {@code GET /api/cases/{number}/petition}. */
	record Details(String number, boolean recorded, PetitionForm form, Integer peopleCount, boolean collective,
			PetitionLevel level, boolean levelSkipping, boolean toProvinceOrBeijing, PetitionerRef petitioner,
			boolean petitionerHidden, boolean sharedWithUnit, String previous, List<String> repeats,
			List<String> allowedActions) {
	}

	record ProgressEntry(OffsetDateTime at, String author, String text) {
	}

	/** The written reply and its delivery; {@code inTime} when issued by the handling limit. */
	record Reply(String text, OffsetDateTime issuedAt, OffsetDateTime deliveredAt, ReplyDelivery delivery,
			Boolean inTime) {
	}

	record NotAccepted(OffsetDateTime at, String actor, String reason, String notice) {
	}

	/**
	 * {@code GET /api/cases/{number}/holding}: the holding leader, plan and progress, the statutory limits as the
	 * case loop keeps them (acceptance within 15 days, handling 60, one extension of at most 30; calendar days),
	 * the written reply, and the not-acceptance notice when there is one.
	 */
	record Holding(String number, String title, String regionCode, CaseStatus status, String leader, String plan,
			OffsetDateTime planAt, List<ProgressEntry> progress, OffsetDateTime receivedAt,
			OffsetDateTime acceptanceDueAt, boolean acceptanceOverdue, OffsetDateTime dueAt, boolean overdue,
			Integer extensionPendingDays, Reply reply, NotAccepted notAccepted, List<String> allowedActions) {
	}

	/** One of the five visits. */
	record Visit(long id, VisitKind kind, LocalDate date, String host, boolean hostIsLeader, String peopleMet,
			String problemsRaised, String problemsSolved, Satisfaction satisfaction, OffsetDateTime recordedAt,
			String recordedBy) {
	}

	/** A petitioner in the register. */
	record Petitioner(long id, String regionCode, String name, Long residentId, String address, ControlGrade grade,
			String responsiblePerson, String informant, String note, List<String> petitions) {
	}
}
