package org.fengqiao.people.special;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.fengqiao.cases.Cases;
import org.fengqiao.cases.Channel;
import org.fengqiao.cases.IntakeRequest;
import org.fengqiao.platform.Caller;
import org.fengqiao.platform.Role;
import org.fengqiao.platform.Times;
import org.fengqiao.platform.ValidationException;
import org.fengqiao.platform.audit.AuditLog;
import org.fengqiao.platform.crypto.PersonalDataCipher;
import org.fengqiao.platform.files.FileAttachments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visits, assessments, counselling and assistance on a file: a visit or assessment fulfils the duty of the
 * period it falls in; a visit that found a problem opens a case through the case loop in the same transaction.
 */
@Service
class FollowUpRecords {

	static final String RECORD_TYPE = "special-population-record";
	private static final Set<String> KINDS = Set.of("VISIT", "ASSESSMENT", "COUNSELLING", "ASSISTANCE");
	private static final Set<String> METHODS = Set.of("IN_PERSON", "PHONE", "VIDEO", "OTHER");
	private static final Set<String> MOODS = Set.of("STABLE", "ANXIOUS", "LOW", "AGITATED");

	private final SpecialPopulations files;
	private final JdbcClient jdbc;
	private final FileAttachments attachments;
	private final Cases cases;
	private final AuditLog audit;
	private final PersonalDataCipher cipher;
	private final Clock clock;

	FollowUpRecords(SpecialPopulations files, JdbcClient jdbc, FileAttachments attachments, Cases cases, AuditLog audit,
			PersonalDataCipher cipher, Clock clock) {
		this.cipher = cipher;
		this.files = files;
		this.jdbc = jdbc;
		this.attachments = attachments;
		this.cases = cases;
		this.audit = audit;
		this.clock = clock;
	}

	/** Answers the new record's id and the case number it opened, if any. */
	record Recorded(long id, String caseNumber) {
	}

	@Transactional
	Recorded record(long fileId, String kind, RecordRequest body, Caller caller) {
		caller.requireWrite("special.forbidden", Role.CENTER_STAFF, Role.CENTER_LEADER, Role.DEPARTMENT_STAFF,
				Role.GRID_MEMBER, Role.VILLAGE_CADRE);
		FileRepository.Row file = files.readable(fileId, caller);
		check(kind, body);
		String caseNumber = null;
		long id = jdbc.sql("""
				INSERT INTO special_population_records (file_id, kind, on_date, method, visitor, lat, lng, situation, mood,
				    risk_level, attachments, recorded_by, recorded_at)
				VALUES (:file, :kind, :date, :method, :visitor, :lat, :lng, :situation, :mood, :risk, CAST(:attachments AS uuid[]),
				    :by, :now)
				RETURNING id
				""").param("file", fileId).param("kind", kind).param("date", body.date()).param("method", body.method())
			.param("visitor", caller.displayName()).param("lat", body.lat()).param("lng", body.lng())
			.param("situation", body.situation()).param("mood", body.mood())
			.param("risk", body.riskLevel() == null ? null : body.riskLevel().name())
			.param("attachments", (body.attachments() == null ? List.<UUID>of() : body.attachments()).toArray(UUID[]::new))
			.param("by", caller.username()).param("now", Timestamp.from(clock.instant())).query(Long.class).single();
		if (body.attachments() != null && !body.attachments().isEmpty()) {
			attachments.attach(body.attachments(), RECORD_TYPE, String.valueOf(id), caller);
		}
		if (kind.equals("VISIT") || kind.equals("ASSESSMENT")) {
			jdbc.sql("""
					UPDATE follow_up_duties SET done_at = :now, record_id = :record
					WHERE file_id = :file AND duty = :kind AND done_at IS NULL AND period_start <= :date AND period_end >= :date
					""").param("now", Timestamp.from(clock.instant())).param("record", id).param("file", fileId)
				.param("kind", kind).param("date", body.date()).update();
		}
		if (body.openCase() != null) {
			if (!kind.equals("VISIT")) {
				throw ValidationException.of("openCase", "special.open-case-visits-only");
			}
			RecordRequest.OpenCase o = body.openCase();
			caseNumber = cases.create(new IntakeRequest(o.kind(), o.categoryCode(), Channel.GRID_PATROL, o.title(),
					o.description(), null, reporter(file), new IntakeRequest.Location(file.regionCode(), file.gridCode(), null,
							body.lat(), body.lng(), null), null, null,
					new IntakeRequest.Source("special-population-visit", String.valueOf(id))), null, caller)
				.view().number();
			jdbc.sql("UPDATE special_population_records SET case_number = :n WHERE id = :id").param("n", caseNumber)
				.param("id", id).update();
		}
		audit.record("RECORD_" + kind, SpecialPopulations.RECORD_TYPE, String.valueOf(fileId));
		return new Recorded(id, caseNumber);
	}

	/** The person of the file reports through the visit: the case's repeat check finds their other cases by number. */
	private IntakeRequest.Reporter reporter(FileRepository.Row file) {
		return new IntakeRequest.Reporter(file.residentName(), file.phone() == null ? null : cipher.decrypt(file.phone()),
				cipher.decrypt(file.idNumber()));
	}

	List<FileViews.RecordView> records(long fileId) {
		return jdbc.sql("""
				SELECT id, kind, on_date, method, visitor, lat, lng, situation, mood, risk_level, attachments, case_number
				FROM special_population_records WHERE file_id = :file ORDER BY on_date DESC, id DESC LIMIT 100
				""").param("file", fileId).query((rs, i) -> new FileViews.RecordView(rs.getLong("id"), rs.getString("kind"),
				rs.getDate("on_date").toLocalDate(), rs.getString("method"), rs.getString("visitor"),
				(Double) rs.getObject("lat", Double.class), (Double) rs.getObject("lng", Double.class),
				rs.getString("situation"), rs.getString("mood"), rs.getString("risk_level"),
				java.util.Arrays.stream((Object[]) rs.getArray("attachments").getArray()).map(String::valueOf).toList(),
				rs.getString("case_number"))).list();
	}

	List<FileViews.DutyView> duties(long fileId) {
		return jdbc.sql("""
				SELECT duty, period_start, period_end, done_at IS NOT NULL AS done, warned, done_at IS NULL AND due_at <= :now AS late
				FROM follow_up_duties WHERE file_id = :file ORDER BY period_start DESC, duty LIMIT 60
				""").param("file", fileId).param("now", Timestamp.from(clock.instant()))
			.query((rs, i) -> new FileViews.DutyView(rs.getString("duty"), rs.getDate("period_start").toLocalDate(),
					rs.getDate("period_end").toLocalDate(), rs.getBoolean("done"), rs.getBoolean("warned"),
					rs.getBoolean("late"))).list();
	}

	private void check(String kind, RecordRequest body) {
		if (!KINDS.contains(kind)) {
			throw ValidationException.of("kind", "special.field.code");
		}
		if (body.method() != null && !METHODS.contains(body.method())) {
			throw ValidationException.of("method", "special.field.code");
		}
		if (body.mood() != null && !MOODS.contains(body.mood())) {
			throw ValidationException.of("mood", "special.field.code");
		}
		if (body.date().isAfter(java.time.LocalDate.ofInstant(clock.instant(), Times.ZONE))) {
			throw ValidationException.of("date", "special.field.future");
		}
		if ((body.lat() == null) != (body.lng() == null) || (body.lat() != null && (Math.abs(body.lat()) > 90 || Math.abs(body.lng()) > 180))) {
			throw ValidationException.of("lat", "special.field.position");
		}
	}
}
