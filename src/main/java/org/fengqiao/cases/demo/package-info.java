/**
 * The demo data set's case history: a year of cases walked through the same lifecycle code as the API. DemoCaseHistory is the named interface the demo module loads it through.
 */
package org.fengqiao.cases.demo;
