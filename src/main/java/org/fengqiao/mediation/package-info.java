/**
 * Dispute-specific data on top of a case of kind DISPUTE: parties, sessions, agreements, referrals, and the
 * town's screening rounds (排查) with their ledgers (台账) in {@code mediation.screening}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mediation")
package org.fengqiao.mediation;
