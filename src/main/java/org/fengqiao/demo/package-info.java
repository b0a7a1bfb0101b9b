/**
 * The demo data set: the five towns of {@code data/} with their real villages, synthetic grids,
 * departments, staff and the demo accounts of API.md. Loaded only in demo mode, into an empty database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.fengqiao.demo;
