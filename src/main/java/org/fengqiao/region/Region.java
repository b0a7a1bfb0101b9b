package org.fengqiao.region;

/** One administrative division: {@code {"code","name","level","parentCode","kind"}}. */
public record Region(String code, String name, RegionLevel level, String parentCode, String kind) {
}
