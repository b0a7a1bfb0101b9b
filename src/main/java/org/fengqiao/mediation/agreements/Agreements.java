package org.fengqiao.mediation.agreements;

import java.time.Clock;
import java.util.List;

import org.fengqiao.cases.CaseView;
import org.fengqiao.mediation.DisputeCases;
import org.fengqiao.mediation.committees.CommitteeRepository;
import org.fengqiao.platform.ApiException;
import org.fengqiao.platform.Caller;
import org.fengqiao.platform.ValidationException;
import org.fengqiao.platform.files.FileAccessPolicy;
import org.fengqiao.platform.files.FileAttachments;
import org.fengqiao.platform.files.FileLinks;
import org.fengqiao.platform.files.StoredFile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A dispute's mediation agreement: written once, numbered by its committee's counter for the year in the same
 * transaction (a rolled-back agreement gives its number back, so numbers have no gaps), then followed up.
 */
@Service
class Agreements implements FileAccessPolicy {

	static final String RECORD_TYPE = "mediation-agreement";

	private final DisputeCases disputes;
	private final AgreementRepository agreements;
	private final CommitteeRepository committees;
	private final FileAttachments files;
	private final FileLinks links;
	private final Clock clock;

	Agreements(DisputeCases disputes, AgreementRepository agreements, CommitteeRepository committees,
			FileAttachments files, FileLinks links, Clock clock) {
		this.disputes = disputes;
		this.agreements = agreements;
		this.committees = committees;
		this.files = files;
		this.links = links;
		this.clock = clock;
	}

	AgreementView get(String number, Caller caller) {
		disputes.read(number, caller);
		AgreementRepository.Row row = agreements.find(number, caller.scope())
			.orElseThrow(() -> ApiException.notFound("mediation.agreement-not-found", number));
		if (row.scan() == null) {
			return row.view();
		}
		StoredFile f = files.attachedTo(RECORD_TYPE, number).stream().filter(s -> s.id().equals(row.scan())).findFirst()
			.orElse(null);
		AgreementView v = row.view();
		AgreementView.SignedScan scan = f == null ? null
				: new AgreementView.SignedScan(f.id(), f.name(), f.contentType(), links.sign(f.id(), caller));
		return new AgreementView(v.caseNumber(), v.number(), v.committee(), v.disputeType(), v.facts(),
				v.responsibilities(), v.terms(), v.performanceMethod(), v.performBy(), v.copies(), v.mediators(),
				v.signedOn(), scan, v.performance(), v.performanceCheckedOn(), v.performanceNote(),
				v.judicialConfirmation());
	}

	@Transactional
	AgreementView create(String number, AgreementController.AgreementBody body, Caller caller) {
		CaseView c = disputes.write(number, caller);
		if (agreements.exists(number)) {
			throw ApiException.conflict("mediation.agreement-exists", number);
		}
		if (agreements.parties(number) < 2) {
			throw ApiException.conflict("mediation.agreement-needs-parties");
		}
		if (body.performBy().isBefore(body.signedOn())) {
			throw ValidationException.of("performBy", "mediation.field.before-signed");
		}
		String town = DisputeCases.townOf(c).substring(0, 9);
		List<CommitteeRepository.Committee> inTown = committees.list(town, caller.scope());
		CommitteeRepository.Committee committee = body.committeeId() != null
				? inTown.stream().filter(m -> m.id() == body.committeeId() && m.active()).findFirst()
					.orElseThrow(() -> ValidationException.of("committeeId", "mediation.field.committee"))
				: defaultCommittee(c, inTown);
		List<Long> ids = body.mediatorIds().stream().distinct().toList();
		List<CommitteeRepository.Picked> picked = committees.mediators(ids, caller.scope()).stream()
			.filter(m -> m.regionCode().startsWith(town)).toList();
		if (picked.size() != ids.size()) {
			throw ValidationException.of("mediatorIds", "mediation.field.mediators");
		}
		int year = body.signedOn().getYear();
		int sequence = agreements.next(committee.id(), year);
		String text = new AgreementNumber(year, committee.shortName(), sequence).text();
		agreements.insert(number, committee.id(), year, sequence, text, body,
				picked.stream().map(CommitteeRepository.Picked::name).toArray(String[]::new), caller.username(),
				clock.instant());
		return get(number, caller);
	}

	@Transactional
	AgreementView performance(String number, AgreementController.PerformanceBody body, Caller caller) {
		requireAgreement(number, caller);
		agreements.performance(number, body.performance(), body.checkedOn(), body.note());
		return get(number, caller);
	}

	@Transactional
	AgreementView judicialConfirmation(String number, AgreementController.ConfirmationBody body, Caller caller) {
		requireAgreement(number, caller);
		agreements.judicialConfirmation(number, body.status());
		return get(number, caller);
	}

	@Transactional
	AgreementView signedScan(String number, AgreementController.ScanBody body, Caller caller) {
		requireAgreement(number, caller);
		files.attach(List.of(body.fileId()), RECORD_TYPE, number, caller);
		agreements.signedScan(number, body.fileId());
		return get(number, caller);
	}

	private void requireAgreement(String number, Caller caller) {
		disputes.write(number, caller);
		if (agreements.find(number, caller.scope()).isEmpty()) {
			throw ApiException.notFound("mediation.agreement-not-found", number);
		}
	}

	/** The village committee's when the village committee holds the case, else the town's. */
	private static CommitteeRepository.Committee defaultCommittee(CaseView c,
			List<CommitteeRepository.Committee> inTown) {
		boolean village = c.leadUnit() != null && c.leadUnit().endsWith("-VILLAGE_COMMITTEE");
		String place = village ? c.regionCode() : DisputeCases.townOf(c);
		return inTown.stream().filter(m -> m.active() && m.regionCode().equals(place)).findFirst()
			.or(() -> inTown.stream().filter(m -> m.active() && m.regionCode().equals(DisputeCases.townOf(c))).findFirst())
			.orElseThrow(() -> ValidationException.of("committeeId", "mediation.field.committee"));
	}

	@Override
	public String recordType() {
		return RECORD_TYPE;
	}

	@Override
	public boolean canRead(String recordId, Caller caller) {
		return disputes.canRead(recordId, caller);
	}
}
