/**
 * The case rules that are data: categories, SLA policies and routing rules, and their administration.
 */
package org.fengqiao.cases.rules;
