package org.fengqiao.people.special;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/** What the files endpoints answer. */
final class FileViews {

	private FileViews() {
	}

	/** A list row (API.md "People"). */
	record Summary(long id, String residentName, String category, RiskLevel riskLevel, boolean key, String regionCode,
			String gridCode, Team team, LocalDate nextVisitDue, boolean overdue) {
	}

	/** A whole file, personal numbers masked. */
	record Detail(long id, long residentId, String residentName, String idNumber, String phone, String category,
			String categoryName, RiskLevel riskLevel, boolean key, String regionCode, String gridCode, Team team,
			Map<String, Object> fields, String familySituation, String stateOfMind, String whereabouts,
			String monthlyReview, LocalDate reviewedOn, LocalDate nextVisitDue, boolean overdue,
			List<DutyView> duties, List<RecordView> records,
			@Schema(description = "What the caller may do: update, record, unmask") List<String> allowedActions) {
	}

	/** The personal numbers of a file in clear: the person's, the family member's and those in its category's fields. */
	record Unmasked(long id, String idNumber, String phone, String familyPhone, Map<String, String> fields) {
	}

	/** What the caller may do on the files as a whole. */
	record ListActions(@Schema(description = "create, export, tables") List<String> allowedActions) {
	}

	/** The team as answered: the family member's phone masked. */
	record Team(Member townCadre, Member villageCadre, Member police, Member gridMember, Family family) {
	}

	record Member(String username, String name) {
	}

	record Family(String name, String phone) {
	}

	/** One follow-up duty of one period. */
	record DutyView(String duty, LocalDate periodStart, LocalDate periodEnd, boolean done, boolean warned,
			boolean overdue) {
	}

	/** A visit, assessment, counselling or assistance record. */
	record RecordView(long id, String kind, LocalDate date, String method, String visitor, Double lat, Double lng,
			String situation, String mood, String riskLevel, List<String> attachments, String caseNumber) {
	}
}
