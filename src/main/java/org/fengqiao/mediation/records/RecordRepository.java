package org.fengqiao.mediation.records;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.fengqiao.cases.CaseVisibility;
import org.fengqiao.mediation.MediationOutcome;
import org.fengqiao.mediation.PartyKind;
import org.fengqiao.mediation.PartyRole;
import org.fengqiao.mediation.ReferralTarget;
import org.fengqiao.platform.DataScope;
import org.fengqiao.platform.ScopeSql;
import org.fengqiao.platform.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Parties, the dispute's risk, sessions and referrals: every read joins its case and carries the case's rule. */
@Repository
class RecordRepository {

	private static final String PARTIES = CaseVisibility.RULE.sql("""
			SELECT p.id, p.role, p.kind, p.resident_id, p.name, p.gender, p.ethnicity, p.birth_date, p.occupation,
			       p.address, p.phone, p.legal_representative
			FROM dispute_parties p JOIN cases c ON c.number = p.case_number
			WHERE p.case_number = :number AND {scope} ORDER BY p.id
			""");

	private static final String DISPUTE = CaseVisibility.RULE.sql("""
			SELECT c.category_code, d.amount, d.risk_level, d.criminal_risk, d.risk_note, d.criminal_risk_since
			FROM cases c LEFT JOIN disputes d ON d.case_number = c.number
			WHERE c.number = :number AND {scope}
			""");

	private static final String SESSIONS = CaseVisibility.RULE.sql("""
			SELECT s.id, s.held_on, s.place, s.mediator_ids, s.mediators, s.attendees, s.record, s.outcome
			FROM mediation_sessions s JOIN cases c ON c.number = s.case_number
			WHERE s.case_number = :number AND {scope} ORDER BY s.held_on, s.id
			""");

	private static final String REFERRALS = CaseVisibility.RULE.sql("""
			SELECT r.id, r.target, r.receiving_body, r.reason, r.referred_at, r.due_at, r.warned, r.overdue,
			       r.reported_back_at, r.report_back
			FROM referrals r JOIN cases c ON c.number = r.case_number
			WHERE r.case_number = :number AND {scope} ORDER BY r.referred_at, r.id
			""");

	private final JdbcClient jdbc;

	RecordRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<RecordViews.Party> parties(String number, DataScope scope) {
		return ScopeSql.bind(jdbc.sql(PARTIES).param("number", number), scope).query((rs, i) -> new RecordViews.Party(
				rs.getLong(1), PartyRole.valueOf(rs.getString(2)), PartyKind.valueOf(rs.getString(3)),
				(Long) rs.getObject(4, Long.class), rs.getString(5), rs.getString(6), rs.getString(7),
				rs.getObject(8, java.time.LocalDate.class), rs.getString(9), rs.getString(10), rs.getString(11),
				rs.getString(12))).list();
	}

	long insertParty(String number, PartyRole role, PartyKind kind, Long residentId, String name, String gender,
			String ethnicity, java.time.LocalDate birthDate, String occupation, String address, String phone,
			String legalRepresentative, String actor, Instant now) {
		return jdbc.sql("""
				INSERT INTO dispute_parties (case_number, role, kind, resident_id, name, gender, ethnicity, birth_date,
				    occupation, address, phone, legal_representative, created_by, created_at)
				VALUES (:number, :role, :kind, :resident, :name, :gender, :ethnicity, :birth, :occupation, :address,
				    :phone, :legal, :actor, :now) RETURNING id
				""").param("number", number).param("role", role.name()).param("kind", kind.name())
			.param("resident", residentId).param("name", name).param("gender", gender).param("ethnicity", ethnicity)
			.param("birth", birthDate).param("occupation", occupation).param("address", address).param("phone", phone)
			.param("legal", legalRepresentative).param("actor", actor).param("now", Timestamp.from(now))
			.query(Long.class).single();
	}

	Optional<RecordViews.Dispute> dispute(String number, DataScope scope) {
		return ScopeSql.bind(jdbc.sql(DISPUTE).param("number", number), scope).query((rs, i) -> new RecordViews.Dispute(
				number, rs.getString(1), rs.getBigDecimal(2), rs.getString(3), rs.getBoolean(4), rs.getString(5),
				local(rs, 6), List.of())).optional();
	}

	/** Writes the assessment; answers whether the "could turn criminal" flag was newly raised by this write. */
	boolean saveDispute(String number, BigDecimal amount, String riskLevel, boolean criminalRisk, String note,
			String actor, Instant now) {
		Boolean before = jdbc.sql("SELECT criminal_risk FROM disputes WHERE case_number = :number FOR UPDATE")
			.param("number", number).query(Boolean.class).optional().orElse(false);
		jdbc.sql("""
				INSERT INTO disputes (case_number, amount, risk_level, criminal_risk, risk_note, criminal_risk_since,
				    updated_by, updated_at)
				VALUES (:number, :amount, :risk, :criminal, :note, CAST(:since AS timestamptz), :actor, :now)
				ON CONFLICT (case_number) DO UPDATE SET amount = EXCLUDED.amount, risk_level = EXCLUDED.risk_level,
				    criminal_risk = EXCLUDED.criminal_risk, risk_note = EXCLUDED.risk_note,
				    criminal_risk_since = CASE WHEN NOT EXCLUDED.criminal_risk THEN NULL
				        WHEN disputes.criminal_risk THEN disputes.criminal_risk_since ELSE EXCLUDED.criminal_risk_since END,
				    updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at
				""").param("number", number).param("amount", amount).param("risk", riskLevel)
			.param("criminal", criminalRisk).param("note", note).param("actor", actor)
			.param("since", criminalRisk ? Timestamp.from(now) : null, java.sql.Types.TIMESTAMP)
			.param("now", Timestamp.from(now)).update();
		return criminalRisk && !before;
	}

	List<RecordViews.Session> sessions(String number, DataScope scope) {
		return ScopeSql.bind(jdbc.sql(SESSIONS).param("number", number), scope).query((rs, i) -> new RecordViews.Session(
				rs.getLong(1), rs.getObject(2, java.time.LocalDate.class), rs.getString(3), longs(rs.getArray(4)),
				strings(rs.getArray(5)), rs.getString(6), rs.getString(7), MediationOutcome.valueOf(rs.getString(8))))
			.list();
	}

	long insertSession(String number, java.time.LocalDate heldOn, String place, Long[] mediatorIds, String[] mediators,
			String attendees, String record, MediationOutcome outcome, String actor, Instant now) {
		return jdbc.sql("""
				INSERT INTO mediation_sessions (case_number, held_on, place, mediator_ids, mediators, attendees, record,
				    outcome, created_by, created_at)
				VALUES (:number, :heldOn, :place, :ids, :names, :attendees, :record, :outcome, :actor, :now) RETURNING id
				""").param("number", number).param("heldOn", heldOn).param("place", place).param("ids", mediatorIds)
			.param("names", mediators).param("attendees", attendees).param("record", record)
			.param("outcome", outcome.name()).param("actor", actor).param("now", Timestamp.from(now))
			.query(Long.class).single();
	}

	List<RecordViews.Referral> referrals(String number, DataScope scope) {
		return ScopeSql.bind(jdbc.sql(REFERRALS).param("number", number), scope).query((rs, i) -> new RecordViews.Referral(
				rs.getLong(1), ReferralTarget.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), local(rs, 5),
				local(rs, 6), rs.getBoolean(7), rs.getBoolean(8), local(rs, 9), rs.getString(10))).list();
	}

	long insertReferral(String number, String regionCode, ReferralTarget target, String body, String reason,
			Instant referredAt, Instant dueAt, Instant warnAt, String actor) {
		return jdbc.sql("""
				INSERT INTO referrals (case_number, region_code, target, receiving_body, reason, referred_at, due_at,
				    warn_at, created_by)
				VALUES (:number, :region, :target, :body, :reason, :at, :due, :warn, :actor) RETURNING id
				""").param("number", number).param("region", regionCode).param("target", target.name())
			.param("body", body).param("reason", reason).param("at", Timestamp.from(referredAt))
			.param("due", Timestamp.from(dueAt)).param("warn", Timestamp.from(warnAt)).param("actor", actor)
			.query(Long.class).single();
	}

	/** Records the report-back once; answers false when the referral is not this case's or was reported already. */
	boolean reportBack(String number, long id, Instant at, String result) {
		return jdbc.sql("""
				UPDATE referrals SET reported_back_at = :at, report_back = :result
				WHERE id = :id AND case_number = :number AND reported_back_at IS NULL
				""").param("at", Timestamp.from(at)).param("result", result).param("id", id).param("number", number)
			.update() == 1;
	}

	boolean referralExists(String number, long id) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM referrals WHERE id = :id AND case_number = :number)")
			.param("id", id).param("number", number).query(Boolean.class).single();
	}

	private static java.time.OffsetDateTime local(ResultSet rs, int column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : Times.local(t.toInstant());
	}

	private static List<Long> longs(Array a) throws SQLException {
		return Arrays.asList((Long[]) a.getArray());
	}

	private static List<String> strings(Array a) throws SQLException {
		return Arrays.asList((String[]) a.getArray());
	}
}
