/**
 * The case lifecycle's internals: each action a pure function (Lifecycle) returning a CaseChange, who may take it (CasePermissions), the state machine, the clock marks, and the repository that writes a change in one version-guarded statement.
 */
package org.fengqiao.cases.lifecycle;
