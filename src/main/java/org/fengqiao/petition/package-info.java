/**
 * Petitions (信访) on the case loop: a petition is a case of kind PETITION; this module adds its details (form,
 * collective, level petitioned and level-skipping, repeat links), its holding (包案领导, plan, progress, the
 * written reply and its delivery), the five visits, and the confidential petitioner register with graded
 * control. Records under a case follow the case's visibility ({@link org.fengqiao.cases.CaseVisibility}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Petitions")
package org.fengqiao.petition;
