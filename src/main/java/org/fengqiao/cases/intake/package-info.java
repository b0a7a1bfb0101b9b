/**
 * Taking a case in: checks, placement, numbering without gaps, idempotency keys and the repeat check.
 */
package org.fengqiao.cases.intake;
