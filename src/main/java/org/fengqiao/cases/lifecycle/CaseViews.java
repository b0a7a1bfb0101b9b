package org.fengqiao.cases.lifecycle;

import org.fengqiao.cases.CaseView;
import org.fengqiao.cases.IntakeRequest;
import java.time.Clock;
import java.util.List;

import org.fengqiao.platform.Caller;
import org.fengqiao.platform.CurrentCaller;
import org.fengqiao.platform.Times;
import org.fengqiao.platform.crypto.Masks;
import org.fengqiao.platform.crypto.PersonalDataCipher;
import org.fengqiao.platform.files.FileAttachments;
import org.fengqiao.platform.files.FileLinks;
import org.fengqiao.platform.files.StoredFile;
import org.springframework.stereotype.Component;

/** Turns case rows into responses, masking the reporter's contact. */
@Component
public class CaseViews {

	private final CaseRepository cases;
	private final PersonalDataCipher cipher;
	private final FileAttachments files;
	private final FileLinks links;
	private final LifecycleRules rules;
	private final Clock clock;

	CaseViews(CaseRepository cases, PersonalDataCipher cipher, FileAttachments files, FileLinks links,
			LifecycleRules rules, Clock clock) {
		this.cases = cases;
		this.cipher = cipher;
		this.files = files;
		this.links = links;
		this.rules = rules;
		this.clock = clock;
	}

	/**
	 * The full view for a caller: with co-unit progress and attachments (each read only if the case may have
	 * some) and the actions the caller may take now.
	 */
	public CaseView full(CaseRecord c, Caller caller) {
		return full(c, cases.coUnitParts(c), caller);
	}

	/** {@link #full(CaseRecord, Caller)} with the co-unit parts already known (an action's, not yet committed). */
	public CaseView full(CaseRecord c, List<CoUnitPart> stored, Caller caller) {
		List<CaseView.CoUnitProgress> parts = stored.stream()
			.map(p -> new CaseView.CoUnitProgress(p.unit(), Times.local(p.acceptedAt()), Times.local(p.reportedAt()),
					p.result()))
			.toList();
		return view(c, parts, c.hasAttachments() ? attachments(files.attachedTo("case", c.number())) : List.of(),
				AllowedActions.of(c, stored, caller, clock.instant(), rules));
	}

	/** The list view: without per-case extra queries (and without allowed actions: open the case for those). */
	public CaseView summary(CaseRecord c) {
		return view(c, null, null, null);
	}

	/** Each with a signed link for the current caller ({@code <img>}, {@code <audio>} send no token). */
	private List<CaseView.Attachment> attachments(List<StoredFile> stored) {
		return stored.stream()
			.map(f -> new CaseView.Attachment(f.id(), f.name(), f.contentType(), f.size(),
					CurrentCaller.find().map(caller -> links.sign(f.id(), caller)).orElse(null)))
			.toList();
	}

	private CaseView view(CaseRecord c, List<CaseView.CoUnitProgress> parts, List<CaseView.Attachment> attachments,
			List<String> allowedActions) {
		CaseView.Reporter reporter = c.reporterName() == null && c.reporterPhone() == null && c.reporterIdNumber() == null
				? null
				: new CaseView.Reporter(c.reporterName(), Masks.phone(cipher.decrypt(c.reporterPhone())),
						Masks.idNumber(cipher.decrypt(c.reporterIdNumber())));
		CaseView.Extension extension = c.extensionDays() == null ? null
				: new CaseView.Extension(c.extensionDays(), c.extensionReason());
		return new CaseView(c.number(), c.kind(), c.category(), c.channel(), c.title(), c.description(), c.status(),
				c.level(), c.regionCode(), c.gridCode(), c.address(), c.lat(), c.lng(), c.holdingUnit(), c.leadUnit(),
				c.coUnits(), parts, c.priority(), Times.local(c.signForDeadline()), Times.local(c.dueAt()), c.warning(),
				c.overdue(), c.signForOverdue(), c.supervision(), extension, c.firstReceiver(), c.reportedBy(),
				Times.local(c.receivedAt()), Times.local(c.resolvedAt()), Times.local(c.closedAt()), c.satisfaction(),
				c.mergedInto(), reporter, attachments, Times.local(c.occurredAt()),
				c.sourceType() == null ? null : new IntakeRequest.Source(c.sourceType(), c.sourceId()), allowedActions);
	}
}
