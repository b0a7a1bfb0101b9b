package org.fengqiao.region;

import io.swagger.v3.oas.annotations.media.Schema;

/** One administrative division: {@code {"code","name","level","parentCode","kind"}}. */
public record Region(String code, String name, RegionLevel level, String parentCode,
		@Schema(allowableValues = { "VILLAGE", "COMMUNITY" },
				description = "For a village-level region: a village or an urban community") String kind) {
}
