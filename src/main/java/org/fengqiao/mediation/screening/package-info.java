/**
 * Screening rounds (排查): a town opens a round with a deadline, every village reports the disputes it found (as
 * DISPUTE cases) or explicitly none, villages that miss the deadline are flagged to the desk once, and the round's
 * ledger (台账) exports to Excel.
 */
package org.fengqiao.mediation.screening;
