/**
 * When a case is due: one time-limit policy per kind (ordinary cases in working days, petitions in the calendar days of 《信访工作条例》).
 */
package org.fengqiao.cases.clocks;
