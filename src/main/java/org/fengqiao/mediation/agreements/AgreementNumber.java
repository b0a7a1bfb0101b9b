package org.fengqiao.mediation.agreements;

/** An agreement's printed number: {@code （2026）龙调字第001号} — the year, the committee's short name, the sequence. */
record AgreementNumber(int year, String shortName, int sequence) {

	String text() {
		return "（" + year + "）" + shortName + "调字第" + String.format("%03d", sequence) + "号";
	}
}
