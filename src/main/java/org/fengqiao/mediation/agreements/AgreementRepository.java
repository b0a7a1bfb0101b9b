package org.fengqiao.mediation.agreements;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import org.fengqiao.cases.CaseVisibility;
import org.fengqiao.mediation.JudicialConfirmation;
import org.fengqiao.mediation.Performance;
import org.fengqiao.platform.DataScope;
import org.fengqiao.platform.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AgreementRepository {

	private static final String FIND = CaseVisibility.RULE.sql("""
			SELECT a.number, m.id, m.name, m.short_name, m.region_code, c.category_code, a.facts, a.responsibilities,
			       a.terms, a.performance_method, a.perform_by, a.copies, a.mediators, a.signed_on, a.signed_scan,
			       a.performance, a.performance_checked_on, a.performance_note, a.judicial_confirmation
			FROM mediation_agreements a JOIN cases c ON c.number = a.case_number
			JOIN mediation_committees m ON m.id = a.committee_id
			WHERE a.case_number = :number AND {scope}
			""");

	/** What is stored; the scan's link is added by the service. */
	record Row(AgreementView view, UUID scan) {
	}

	private final JdbcClient jdbc;

	AgreementRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Row> find(String number, DataScope scope) {
		return ScopeSql.bind(jdbc.sql(FIND).param("number", number), scope).query((rs, i) -> {
			UUID scan = rs.getObject(15, UUID.class);
			return new Row(new AgreementView(number, rs.getString(1),
					new AgreementView.Committee(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)),
					rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
					rs.getObject(11, LocalDate.class), rs.getInt(12), Arrays.asList((String[]) rs.getArray(13).getArray()),
					rs.getObject(14, LocalDate.class), null, Performance.valueOf(rs.getString(16)),
					rs.getObject(17, LocalDate.class), rs.getString(18), JudicialConfirmation.valueOf(rs.getString(19))),
					scan);
		}).optional();
	}

	boolean exists(String number) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM mediation_agreements WHERE case_number = :number)")
			.param("number", number).query(Boolean.class).single();
	}

	int parties(String number) {
		return jdbc.sql("SELECT count(*) FROM dispute_parties WHERE case_number = :number").param("number", number)
			.query(Integer.class).single();
	}

	/** The committee's next number of the year; its counter row stays locked until the transaction ends. */
	int next(long committee, int year) {
		return jdbc.sql("""
				INSERT INTO agreement_counters (committee_id, year, last_number) VALUES (:committee, :year, 1)
				ON CONFLICT (committee_id, year) DO UPDATE SET last_number = agreement_counters.last_number + 1
				RETURNING last_number
				""").param("committee", committee).param("year", year).query(Integer.class).single();
	}

	void insert(String number, long committee, int year, int sequence, String text, AgreementController.AgreementBody b,
			String[] mediators, String actor, Instant now) {
		jdbc.sql("""
				INSERT INTO mediation_agreements (case_number, committee_id, year, sequence, number, facts,
				    responsibilities, terms, performance_method, perform_by, copies, mediators, signed_on, created_by,
				    created_at)
				VALUES (:case, :committee, :year, :sequence, :number, :facts, :responsibilities, :terms, :method,
				    :performBy, :copies, :mediators, :signedOn, :actor, :now)
				""").param("case", number).param("committee", committee).param("year", year).param("sequence", sequence)
			.param("number", text).param("facts", b.facts()).param("responsibilities", b.responsibilities())
			.param("terms", b.terms()).param("method", b.performanceMethod()).param("performBy", b.performBy())
			.param("copies", b.copies()).param("mediators", mediators).param("signedOn", b.signedOn())
			.param("actor", actor).param("now", Timestamp.from(now)).update();
	}

	void performance(String number, Performance performance, LocalDate checkedOn, String note) {
		jdbc.sql("""
				UPDATE mediation_agreements SET performance = :performance, performance_checked_on = :checkedOn,
				    performance_note = :note WHERE case_number = :number
				""").param("performance", performance.name()).param("checkedOn", checkedOn).param("note", note)
			.param("number", number).update();
	}

	void judicialConfirmation(String number, JudicialConfirmation status) {
		jdbc.sql("UPDATE mediation_agreements SET judicial_confirmation = :status WHERE case_number = :number")
			.param("status", status.name()).param("number", number).update();
	}

	void signedScan(String number, UUID file) {
		jdbc.sql("UPDATE mediation_agreements SET signed_scan = :file WHERE case_number = :number")
			.param("file", file).param("number", number).update();
	}
}
