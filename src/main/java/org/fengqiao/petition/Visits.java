package org.fengqiao.petition;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.fengqiao.cases.CaseVisibility;
import org.fengqiao.cases.Satisfaction;
import org.fengqiao.platform.ApiException;
import org.fengqiao.platform.Caller;
import org.fengqiao.platform.ScopeSql;
import org.fengqiao.platform.Times;
import org.fengqiao.platform.ValidationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The five visits (约访, 下访, 接访, 回访, 面访) under a petition: records of petition work, read through the case's
 * visibility. None moves the case — a RETURN record is not the case loop's return visit ({@code visit} action).
 */
@Service
class Visits {

	private static final String LIST = CaseVisibility.RULE.sql("""
			SELECT v.id, v.kind, v.visit_date, v.host, v.host_is_leader, v.people_met, v.problems_raised,
			       v.problems_solved, v.satisfaction, v.created_at, v.created_by
			FROM petition_visits v JOIN cases c ON c.id = v.case_id
			WHERE c.number = :number AND {scope}
			ORDER BY v.visit_date, v.id
			""");

	private final Petitions petitions;
	private final JdbcClient jdbc;
	private final Clock clock;

	Visits(Petitions petitions, JdbcClient jdbc, Clock clock) {
		this.petitions = petitions;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	List<PetitionViews.Visit> list(String number, Caller caller) {
		petitions.require(number, caller);
		return ScopeSql.bind(jdbc.sql(LIST), caller.scope()).param("number", number).query((rs, i) -> {
			String satisfaction = rs.getString("satisfaction");
			return new PetitionViews.Visit(rs.getLong("id"), VisitKind.valueOf(rs.getString("kind")),
					rs.getDate("visit_date").toLocalDate(), rs.getString("host"), rs.getBoolean("host_is_leader"),
					rs.getString("people_met"), rs.getString("problems_raised"), rs.getString("problems_solved"),
					satisfaction == null ? null : Satisfaction.valueOf(satisfaction),
					Times.local(rs.getTimestamp("created_at").toInstant()), rs.getString("created_by"));
		}).list();
	}

	@Transactional
	PetitionViews.Visit record(String number, PetitionRequests.Visit body, Caller caller) {
		Petitions.Petition p = petitions.require(number, caller);
		PetitionAccess.requireWork(caller, p.view());
		LocalDate today = LocalDate.ofInstant(clock.instant(), Times.ZONE);
		if (body.date().isAfter(today)) {
			throw ValidationException.of("date", "petition.field.future");
		}
		if (body.date().isBefore(p.view().receivedAt().toLocalDate().minusYears(5))) {
			throw ValidationException.of("date", "petition.field.date");
		}
		long id = jdbc.sql("""
				INSERT INTO petition_visits (case_id, kind, visit_date, host, host_is_leader, people_met, problems_raised,
				                             problems_solved, satisfaction, created_at, created_by)
				VALUES (:caseId, :kind, :date, :host, :leader, :met, :raised, :solved, :satisfaction, :now, :user)
				RETURNING id
				""").param("caseId", p.row().caseId()).param("kind", body.kind().name()).param("date", body.date())
			.param("host", body.host().trim()).param("leader", Boolean.TRUE.equals(body.hostIsLeader()))
			.param("met", body.peopleMet().trim()).param("raised", body.problemsRaised())
			.param("solved", body.problemsSolved())
			.param("satisfaction", body.satisfaction() == null ? null : body.satisfaction().name())
			.param("now", Timestamp.from(clock.instant())).param("user", caller.username()).query(Long.class).single();
		return list(number, caller).stream().filter(v -> v.id() == id).findFirst()
			.orElseThrow(() -> ApiException.notFound("petition.not-found", number));
	}
}
