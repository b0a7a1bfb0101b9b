package org.fengqiao.demo;

/**
 * A department or station a governance center can dispatch to.
 *
 * @param code       {@code {regionCode}-{KIND}}
 * @param name       Chinese name, e.g. 龙头派出所
 * @param kind       a department kind from GLOSSARY.md
 * @param regionCode the county, town or village the department belongs to
 * @param stationing PERMANENT, ROTATING or ON_CALL
 */
public record DemoDepartment(String code, String name, String kind, String regionCode, String stationing) {
}
