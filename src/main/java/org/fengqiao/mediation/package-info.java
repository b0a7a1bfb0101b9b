/**
 * Disputes (矛盾纠纷): records under a case of kind DISPUTE — parties with the dispute's risk assessment, mediation
 * sessions, referrals (诉调/警调/检调/访调) tracked on the platform's deadline sweeper, the mediation agreement
 * (《人民调解法》 art. 29) numbered per committee and year — the mediation committees' roster and the settlement
 * statistics; the town's screening rounds (排查) with their ledgers (台账) in {@code mediation.screening}. Never a
 * second lifecycle: every record follows its case's visibility ({@code cases.CaseVisibility}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mediation")
package org.fengqiao.mediation;
