package org.fengqiao.region;

import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.fengqiao.platform.RegionCodes;

/**
 * One row of a division file, checked and padded. A row whose padded code equals its padded parent's
 * (a city without counties repeated one level down, e.g. 东莞市 as COUNTY 441900, or 金门县's placeholder
 * town and village) is folded into that parent: the highest-level row is kept, its children attach to it.
 */
final class DivisionRow {

	private DivisionRow() {
	}

	/** The region to write, or null when folded into its parent; or a rejection reason. */
	record Parsed(Region region, String rejection) {
	}

	enum Format {
		SEED(null, null), PROVINCE(RegionLevel.PROVINCE, null), CITY(RegionLevel.CITY, "provinceCode"),
		COUNTY(RegionLevel.COUNTY, "cityCode"), TOWN(RegionLevel.TOWN, "areaCode"),
		VILLAGE(RegionLevel.VILLAGE, "streetCode");

		final RegionLevel level;
		final String parentColumn;

		Format(RegionLevel level, String parentColumn) {
			this.level = level;
			this.parentColumn = parentColumn;
		}

		static Format detect(List<String> header) {
			if (!header.contains("code") || !header.contains("name")) {
				throw new IllegalArgumentException("a division file needs the columns code and name");
			}
			if (header.contains("level") && header.contains("parentCode")) {
				return SEED;
			}
			if (header.contains("streetCode")) {
				return VILLAGE;
			}
			if (header.contains("areaCode")) {
				return TOWN;
			}
			if (header.contains("cityCode")) {
				return COUNTY;
			}
			if (header.contains("provinceCode")) {
				return CITY;
			}
			return PROVINCE;
		}
	}

	static Parsed parse(Format format, CSVRecord record) {
		if (!record.isConsistent()) {
			return new Parsed(null, "列数不符");
		}
		String code = record.get("code");
		String name = record.get("name");
		if (name.isEmpty() || name.length() > 100) {
			return new Parsed(null, "名称为空或过长");
		}
		RegionLevel level;
		String parent;
		try {
			level = format == Format.SEED ? RegionLevel.valueOf(record.get("level")) : format.level;
			parent = format == Format.SEED ? record.get("parentCode")
					: format.parentColumn == null ? "" : record.get(format.parentColumn);
		} catch (IllegalArgumentException e) {
			return new Parsed(null, "层级无效");
		}
		if (!RegionCodes.isDigits(code, format == Format.SEED ? 12 : level.digits())) {
			return new Parsed(null, "代码 " + code + " 不是 " + level + " 级区划代码");
		}
		String padded = RegionCodes.pad(code);
		String paddedParent = null;
		if (!parent.isEmpty()) {
			if (!RegionCodes.isWellFormed(parent) || !padded.startsWith(RegionCodes.prefix(parent))) {
				return new Parsed(null, "上级代码 " + parent + " 与代码 " + code + " 不符");
			}
			paddedParent = RegionCodes.pad(parent);
		} else if (level != RegionLevel.PROVINCE) {
			return new Parsed(null, "缺少上级代码");
		}
		if (padded.equals(paddedParent)) {
			return new Parsed(null, null); // folded into the parent, which keeps the code
		}
		String kind = level == RegionLevel.VILLAGE ? VillageKind.of(padded) : null;
		return new Parsed(new Region(padded, name, level, paddedParent, kind), null);
	}
}
