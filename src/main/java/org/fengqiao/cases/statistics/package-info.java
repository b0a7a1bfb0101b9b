/**
 * The statistics of the case loop, over the caller's data scope.
 */
package org.fengqiao.cases.statistics;
