package org.fengqiao.demo;

/**
 * An administrative division from seed-towns.csv.
 *
 * @param code       12-digit NBS code, right-padded with zeros
 * @param name       the NBS name, as published
 * @param level      PROVINCE, CITY, COUNTY, TOWN or VILLAGE
 * @param parentCode the parent's code, null for a province
 * @param kind       VILLAGE or COMMUNITY for village-level rows, null otherwise
 */
public record DemoRegion(String code, String name, String level, String parentCode, String kind) {
}
