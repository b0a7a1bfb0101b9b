package org.fengqiao.cases.clocks;

import org.fengqiao.cases.lifecycle.CaseRefusal;

/** A petition extension the regulation does not allow: only one, of 1 to 30 calendar days. */
public final class PetitionExtensionRefusedException extends CaseRefusal {

	public enum Reason {
		ALREADY_EXTENDED("petition.extension-already-granted"),
		TOO_LONG("petition.extension-too-long"),
		NOT_POSITIVE("petition.extension-not-positive");

		private final String code;

		Reason(String code) {
			this.code = code;
		}

		public String code() {
			return code;
		}
	}

	private final Reason reason;

	public PetitionExtensionRefusedException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

	@Override
	public String code() {
		return reason.code();
	}
}
