package org.fengqiao.mediation.records;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.fengqiao.cases.CaseView;
import org.fengqiao.directory.Department;
import org.fengqiao.directory.DepartmentKind;
import org.fengqiao.mediation.DisputeCases;
import org.fengqiao.mediation.MediationOutcome;
import org.fengqiao.mediation.PartyKind;
import org.fengqiao.mediation.committees.CommitteeRepository;
import org.fengqiao.people.People;
import org.fengqiao.people.ResidentDetails;
import org.fengqiao.platform.ApiException;
import org.fengqiao.platform.Caller;
import org.fengqiao.platform.FieldError;
import org.fengqiao.platform.Role;
import org.fengqiao.platform.ValidationException;
import org.fengqiao.platform.calendar.WorkingDays;
import org.fengqiao.platform.notify.Notification;
import org.fengqiao.platform.notify.Notifications;
import org.fengqiao.platform.notify.Recipient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Parties, the risk assessment, sessions and referrals under a dispute. */
@Service
class DisputeRecords {

	static final String RECORD_TYPE = "case";

	private final DisputeCases disputes;
	private final RecordRepository records;
	private final CommitteeRepository committees;
	private final People people;
	private final Notifications notifications;
	private final WorkingDays workingDays;
	private final Clock clock;

	DisputeRecords(DisputeCases disputes, RecordRepository records, CommitteeRepository committees, People people,
			Notifications notifications, WorkingDays workingDays, Clock clock) {
		this.disputes = disputes;
		this.records = records;
		this.committees = committees;
		this.people = people;
		this.notifications = notifications;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	List<RecordViews.Party> parties(String number, Caller caller) {
		disputes.read(number, caller);
		return records.parties(number, caller.scope());
	}

	@Transactional
	List<RecordViews.Party> addParty(String number, RecordController.PartyBody body, Caller caller) {
		disputes.write(number, caller);
		if (body.kind() == PartyKind.RESIDENT) {
			if (body.residentId() == null) {
				throw ValidationException.of("residentId", "mediation.field.required");
			}
			ResidentDetails r;
			try {
				r = people.residentDetails(body.residentId(), caller);
			} catch (ApiException e) {
				throw ValidationException.of("residentId", "mediation.field.resident");
			}
			records.insertParty(number, body.role(), PartyKind.RESIDENT, r.id(), r.name(), r.gender(), r.ethnicity(),
					r.birthDate(), r.occupation(), r.address(), r.phone(), null, caller.username(), clock.instant());
		} else {
			List<FieldError> errors = new ArrayList<>();
			if (blank(body.name())) {
				errors.add(new FieldError("name", "mediation.field.required"));
			}
			if (blank(body.address())) {
				errors.add(new FieldError("address", "mediation.field.required"));
			}
			if (blank(body.legalRepresentative())) {
				errors.add(new FieldError("legalRepresentative", "mediation.field.required"));
			}
			if (!errors.isEmpty()) {
				throw new ValidationException(errors);
			}
			records.insertParty(number, body.role(), PartyKind.ORGANISATION, null, body.name(), null, null, null, null,
					body.address(), body.phone(), body.legalRepresentative(), caller.username(), clock.instant());
		}
		return records.parties(number, caller.scope());
	}

	RecordViews.Dispute dispute(String number, Caller caller) {
		disputes.read(number, caller);
		RecordViews.Dispute d = records.dispute(number, caller.scope())
			.orElseThrow(() -> ApiException.notFound("case.not-found", number));
		return new RecordViews.Dispute(d.caseNumber(), d.disputeType(), d.amount(), d.riskLevel(), d.criminalRisk(),
				d.riskNote(), d.criminalRiskSince(), DisputeCases.mayWrite(caller) ? List.of("record") : List.of());
	}

	/** Saves the assessment; a newly raised 民转刑 flag notifies the town's police station and center leaders at once. */
	@Transactional
	RecordViews.Dispute assess(String number, RecordController.DisputeBody body, Caller caller) {
		CaseView c = disputes.write(number, caller);
		boolean raised = records.saveDispute(number, body.amount(), body.riskLevel(), body.criminalRisk(),
				body.riskNote(), caller.username(), clock.instant());
		if (raised) {
			String town = DisputeCases.townOf(c);
			List<String> args = List.of(c.number(), c.title());
			String key = "criminal-risk:" + number + ":" + clock.instant().toEpochMilli();
			notifications.send(List.of(
					new Notification(Recipient.unit(Department.codeFor(town, DepartmentKind.POLICE_STATION)), RECORD_TYPE,
							number, "CRIMINAL_RISK", "mediation.criminal-risk", args, key + ":police"),
					new Notification(Recipient.role(Role.CENTER_LEADER, town), RECORD_TYPE, number, "CRIMINAL_RISK",
							"mediation.criminal-risk", args, key + ":leaders")));
		}
		return dispute(number, caller);
	}

	List<RecordViews.Session> sessions(String number, Caller caller) {
		disputes.read(number, caller);
		return records.sessions(number, caller.scope());
	}

	@Transactional
	List<RecordViews.Session> addSession(String number, RecordController.SessionBody body, Caller caller) {
		CaseView c = disputes.write(number, caller);
		List<Long> ids = body.mediatorIds().stream().distinct().toList();
		String town = DisputeCases.townOf(c).substring(0, 9);
		List<CommitteeRepository.Picked> picked = committees.mediators(ids, caller.scope()).stream()
			.filter(m -> m.regionCode().startsWith(town)).toList();
		if (picked.size() != ids.size()) {
			throw ValidationException.of("mediatorIds", "mediation.field.mediators");
		}
		if (body.heldOn().isAfter(LocalDate.now(clock.withZone(org.fengqiao.platform.Times.ZONE)))) {
			throw ValidationException.of("heldOn", "mediation.field.future");
		}
		if (body.outcome() == MediationOutcome.REFERRED && body.referral() == null) {
			throw ValidationException.of("referral", "mediation.field.referral");
		}
		records.insertSession(number, body.heldOn(), body.place(), picked.stream().map(CommitteeRepository.Picked::id)
			.toArray(Long[]::new), picked.stream().map(CommitteeRepository.Picked::name).toArray(String[]::new),
				body.attendees(), body.record(), body.outcome(), caller.username(), clock.instant());
		if (body.outcome() == MediationOutcome.REFERRED) {
			refer(c, body.referral(), caller);
		}
		return records.sessions(number, caller.scope());
	}

	List<RecordViews.Referral> referrals(String number, Caller caller) {
		disputes.read(number, caller);
		return records.referrals(number, caller.scope());
	}

	@Transactional
	List<RecordViews.Referral> addReferral(String number, RecordController.ReferralBody body, Caller caller) {
		refer(disputes.write(number, caller), body, caller);
		return records.referrals(number, caller.scope());
	}

	@Transactional
	List<RecordViews.Referral> reportBack(String number, long id, RecordController.ReportBackBody body, Caller caller) {
		disputes.write(number, caller);
		if (!records.referralExists(number, id)) {
			throw ApiException.notFound("mediation.referral-not-found");
		}
		if (!records.reportBack(number, id, clock.instant(), body.result())) {
			throw ApiException.conflict("mediation.referral-reported");
		}
		return records.referrals(number, caller.scope());
	}

	private void refer(CaseView c, RecordController.ReferralBody body, Caller caller) {
		var now = clock.instant();
		if (body.dueDate() != null && body.dueDate().isBefore(LocalDate.now(clock.withZone(org.fengqiao.platform.Times.ZONE)))) {
			throw ValidationException.of("dueDate", "mediation.field.past");
		}
		ReferralTimeLimit limit = ReferralTimeLimit.of(now, body.dueDate(), workingDays.calendar());
		records.insertReferral(c.number(), c.regionCode(), body.target(), body.receivingBody(), body.reason(), now,
				limit.dueAt(), limit.warnAt(), caller.username());
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
