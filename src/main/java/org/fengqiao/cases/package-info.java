/**
 * The one case lifecycle every appeal, dispute, petition, hazard, opinion and incident goes through:
 * intake, repeat check, routing, time limits, supervision, escalation, joint handling, resolution,
 * feedback, return visit and closure, with an append-only timeline. Public API: {@link org.fengqiao.cases.Cases}.
 * Its clocks are registered with the platform's deadline sweeper; its notifications go through the platform's.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases")
package org.fengqiao.cases;
