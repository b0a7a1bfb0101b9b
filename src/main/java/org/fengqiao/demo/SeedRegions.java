package org.fengqiao.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The regions of seed-towns.csv, indexed by code, plus the naming rules derived from them. */
final class SeedRegions {

	static final String RESOURCE = "/demo/seed-towns.csv";

	private final Map<String, DemoRegion> byCode = new TreeMap<>();

	SeedRegions(List<DemoRegion> regions) {
		regions.forEach(r -> byCode.put(r.code(), r));
	}

	static SeedRegions load() {
		try (InputStream in = SeedRegions.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + RESOURCE);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			List<DemoRegion> regions = new ArrayList<>();
			reader.readLine(); // header
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank()) {
					continue;
				}
				String[] f = line.split(",", -1);
				regions.add(new DemoRegion(f[0], f[1], f[2], emptyToNull(f[3]), emptyToNull(f[4])));
			}
			return new SeedRegions(regions);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** All regions, ordered by code. */
	List<DemoRegion> all() {
		return List.copyOf(byCode.values());
	}

	DemoRegion get(String code) {
		DemoRegion region = byCode.get(code);
		if (region == null) {
			throw new IllegalArgumentException("unknown region " + code);
		}
		return region;
	}

	/** The direct children of a region, ordered by code. */
	List<DemoRegion> children(String code) {
		return byCode.values().stream().filter(r -> code.equals(r.parentCode()))
				.sorted(Comparator.comparing(DemoRegion::code)).toList();
	}

	/** 六一村委会 → 六一村, 定水村民委员会 → 定水村, 龙头社区居委会 → 龙头社区. */
	static String villageShortName(DemoRegion village) {
		String name = village.name();
		for (String suffix : List.of("居民委员会", "村民委员会", "居委会", "村委会")) {
			if (name.endsWith(suffix)) {
				name = name.substring(0, name.length() - suffix.length());
				break;
			}
		}
		boolean community = "COMMUNITY".equals(village.kind());
		if (!community && !name.endsWith("村")) {
			name += "村";
		}
		if (community && !name.endsWith("社区")) {
			name += "社区";
		}
		return name;
	}

	/** 六一村村民委员会, 龙头社区居民委员会. */
	static String committeeName(DemoRegion village) {
		String suffix = "COMMUNITY".equals(village.kind()) ? "居民委员会" : "村民委员会";
		return villageShortName(village) + suffix;
	}

	/** 龙头镇 → 龙头, 荷叶乡 → 荷叶 (used for stations named after the place). */
	static String placeName(DemoRegion town) {
		String name = town.name();
		for (String suffix : List.of("街道", "镇", "乡")) {
			if (name.endsWith(suffix) && name.length() > suffix.length() + 1) {
				return name.substring(0, name.length() - suffix.length());
			}
		}
		return name;
	}

	private static String emptyToNull(String value) {
		return value.isEmpty() ? null : value;
	}
}
