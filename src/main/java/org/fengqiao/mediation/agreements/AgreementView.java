package org.fengqiao.mediation.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.fengqiao.mediation.JudicialConfirmation;
import org.fengqiao.mediation.Performance;

/**
 * A mediation agreement (人民调解协议书) with what 《人民调解法》 art. 29 requires besides the parties (read under
 * {@code /parties}): the committee and the number, the facts and matters in dispute, each party's responsibility,
 * the terms, how and by when they are performed, the copies, the mediators and the date; then the signed scan,
 * the performance follow-up and the judicial confirmation.
 */
record AgreementView(String caseNumber, String number, Committee committee, String disputeType, String facts,
		String responsibilities, String terms, String performanceMethod, LocalDate performBy, int copies,
		List<String> mediators, LocalDate signedOn, SignedScan signedScan, Performance performance,
		LocalDate performanceCheckedOn, String performanceNote, JudicialConfirmation judicialConfirmation) {

	record Committee(long id, String name, String shortName, String regionCode) {
	}

	/** The uploaded signed agreement; {@code url} a signed link valid ten minutes. */
	record SignedScan(UUID id, String name, String contentType, String url) {
	}
}
