package org.fengqiao.cases.demo;

import org.fengqiao.cases.CaseKind;
import org.fengqiao.cases.Channel;
import org.fengqiao.cases.Priority;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fengqiao.platform.Times;
import org.fengqiao.platform.calendar.WorkingDayCalendar;

/**
 * Plans the demo history: how many cases of each kind each town received (龙头镇's 175 disputes a year, the
 * other towns in proportion to their reports), of which category, when (seasons, office hours), where (a
 * village and grid), from whom and by which channel, and which of them take an unusual course.
 */
public final class DemoCasePlanner {

	/** A town of the history with the cases it receives in a year, by kind (CaseKind order). */
	record Town(String code, String name, String county, int[] perKind, List<Village> villages) {
	}

	record Village(String code, String name, List<Spot> grids) {
	}

	/** A grid and its boundary (GeoJSON, WGS-84), to place a case inside it. */
	record Spot(String code, String boundary) {

		private static final Pattern POINT = Pattern.compile("\\[\\s*(-?[0-9.]+)\\s*,\\s*(-?[0-9.]+)\\s*]");

		/** A point well inside the boundary's bounding box ({lat, lng}), or null without a boundary. */
		double[] pointInside(Random random) {
			double minLat = 90, maxLat = -90, minLng = 180, maxLng = -180;
			Matcher m = POINT.matcher(boundary == null ? "" : boundary);
			while (m.find()) {
				double lng = Double.parseDouble(m.group(1));
				double lat = Double.parseDouble(m.group(2));
				minLng = Math.min(minLng, lng);
				maxLng = Math.max(maxLng, lng);
				minLat = Math.min(minLat, lat);
				maxLat = Math.max(maxLat, lat);
			}
			return maxLat < minLat ? null : new double[] { minLat + (0.2 + 0.6 * random.nextDouble()) * (maxLat - minLat),
					minLng + (0.2 + 0.6 * random.nextDouble()) * (maxLng - minLng) };
		}
	}

	/** How a case's life goes beyond the ordinary. */
	enum Episode {
		NORMAL, WARNED, LATE, EXTENDED, RETURNED, VILLAGE_ESCALATION, COUNTY_ESCALATION, COUNTY_OPEN, REOPENED, LEADER_CLOSED
	}

	/** One planned case, before it has a number. */
	record Plan(int index, Town town, Village village, Spot grid, CaseKind kind, String category, Channel channel,
			Priority priority, DemoCaseScripts.Script script, DemoCaseScripts.Slots slots,
			DemoReporters.Reporter reporter, String address, Double lat, Double lng, Instant receivedAt,
			String firstReceiver, DemoRouting.Route route, Episode episode) {

		Plan with(Episode e) {
			return new Plan(index, town, village, grid, kind, category, channel, priority, script, slots, reporter,
					address, lat, lng, receivedAt, firstReceiver, route, e);
		}
	}

	private static final String[][] CATEGORIES = {
			{ "APPEAL_INFRASTRUCTURE_ROAD:6", "APPEAL_INFRASTRUCTURE_WATER_SUPPLY:4", "APPEAL_INFRASTRUCTURE_POWER:2",
					"APPEAL_INFRASTRUCTURE_STREETLIGHT:4", "APPEAL_ENVIRONMENT_GARBAGE:4", "APPEAL_ENVIRONMENT_NOISE:2",
					"APPEAL_ENVIRONMENT_WATER:2", "APPEAL_ENVIRONMENT_AIR:1", "APPEAL_MARKET_FOOD:3", "APPEAL_MARKET_PRICE:2",
					"APPEAL_MARKET_QUALITY:2", "APPEAL_SOCIAL_SECURITY_LOW_INCOME:3", "APPEAL_SOCIAL_SECURITY_PENSION:2",
					"APPEAL_SOCIAL_SECURITY_MEDICAL_INSURANCE:2", "APPEAL_EDUCATION:1", "APPEAL_HEALTH:1",
					"APPEAL_AGRICULTURE:3", "APPEAL_OTHER:1" },
			{ "DISPUTE_NEIGHBOR_ADJACENCY:16", "DISPUTE_NEIGHBOR_NOISE:6", "DISPUTE_NEIGHBOR_DAILY:14",
					"DISPUTE_FAMILY_SUPPORT:8", "DISPUTE_FAMILY_DIVORCE:4", "DISPUTE_FAMILY_INHERITANCE:4",
					"DISPUTE_HOUSING_HOMESTEAD:12", "DISPUTE_HOUSING_BUILDING:7", "DISPUTE_LAND_CONTRACT:10",
					"DISPUTE_LAND_TRANSFER:7", "DISPUTE_LAND_FOREST:3", "DISPUTE_DEBT_LOAN:5", "DISPUTE_DEBT_CONTRACT:4",
					"DISPUTE_LABOR_WAGES:8", "DISPUTE_LABOR_INJURY:2", "DISPUTE_DAMAGES:5", "DISPUTE_TRAFFIC:6",
					"DISPUTE_ENVIRONMENT:2", "DISPUTE_CONSUMER:2", "DISPUTE_BUSINESS:1", "DISPUTE_PROPERTY:1",
					"DISPUTE_MEDICAL:1", "DISPUTE_DEMOLITION:1", "DISPUTE_OTHER:2" },
			{ "PETITION_LAND:2", "PETITION_LABOR:1", "PETITION_LAW:1", "PETITION_CONSTRUCTION:1",
					"PETITION_CIVIL_AFFAIRS:1", "PETITION_OTHER:1" },
			{ "HAZARD_FIRE_WIRING:6", "HAZARD_FIRE_PASSAGE:3", "HAZARD_FIRE_EXTINGUISHER:2", "HAZARD_TRAFFIC_ROAD:4",
					"HAZARD_TRAFFIC_SIGN:2", "HAZARD_TRAFFIC_VEHICLE:2", "HAZARD_BUILDING:3", "HAZARD_GEOLOGY:2",
					"HAZARD_WATER:3", "HAZARD_PUBLIC_ORDER:1", "HAZARD_PRODUCTION:2", "HAZARD_OTHER:1" },
			{ "OPINION_SUGGESTION:5", "OPINION_SENTIMENT:4", "OPINION_PRAISE:2" },
			{ "INCIDENT_THEFT:3", "INCIDENT_FIGHT:2", "INCIDENT_FRAUD:2", "INCIDENT_GAMBLING:1", "INCIDENT_OTHER:1" } };
	private static final String[][] CHANNELS = {
			{ "HOTLINE_12345:30", "PHONE:20", "WINDOW:15", "WECHAT:15", "ONLINE:10", "GRID_PATROL:5", "LETTER:5" },
			{ "WINDOW:30", "VISIT:15", "PHONE:15", "GRID_PATROL:20", "HOTLINE_12345:8", "WECHAT:8", "LETTER:2", "REFERRAL:2" },
			{ "VISIT:50", "LETTER:30", "ONLINE:10", "REFERRAL:10" },
			{ "GRID_PATROL:55", "PHONE:15", "WECHAT:12", "HOTLINE_12345:8", "VIDEO:6", "REPORT_BOX:4" },
			{ "WECHAT:25", "ONLINE:20", "WINDOW:15", "GRID_PATROL:15", "LETTER:10", "REPORT_BOX:10", "PHONE:5" },
			{ "PHONE:45", "GRID_PATROL:20", "WINDOW:20", "VISIT:15" } };
	private static final Set<Channel> OFFICE = Set.of(Channel.WINDOW, Channel.VISIT, Channel.LETTER, Channel.REFERRAL);
	/** The grids of 曾小明 (grid.liuyi): the micro-grids of 六一村's first grid. */
	static final String LIUYI_GRID = "610722101213001";
	private static final int LIUYI_HAZARDS = 20;
	private static final int LIUYI_DISPUTES = 12;

	private final Random random;
	private final WorkingDayCalendar calendar;
	private final DemoReporters reporters;
	private final Instant end;
	private final UnaryOperator<String> parents;

	/** @param parents the first-level code of a category (null for a first-level one), from the category tree */
	DemoCasePlanner(Random random, WorkingDayCalendar calendar, Instant end, UnaryOperator<String> parents) {
		this.random = random;
		this.calendar = calendar;
		this.reporters = new DemoReporters(random);
		this.end = end;
		this.parents = parents;
	}

	/** The year's cases of every town, in order of receipt. */
	List<Plan> plan(List<Town> towns) {
		List<Plan> plans = new ArrayList<>();
		for (Town town : towns) {
			int recent = 0;
			int wanted = town.code().equals(DemoRouting.LONGTOU) ? 3 : town.code().startsWith("620802") ? 1 : 0;
			for (CaseKind kind : CaseKind.values()) {
				for (int i = 0; i < town.perKind()[kind.ordinal()]; i++) {
					boolean liuyi = town.code().equals(DemoRouting.LONGTOU)
							&& (kind == CaseKind.HAZARD && i < LIUYI_HAZARDS || kind == CaseKind.DISPUTE && i < LIUYI_DISPUTES);
					boolean today = kind == CaseKind.DISPUTE && i >= (wanted == 3 ? LIUYI_DISPUTES : 0) && recent < wanted;
					recent += today ? 1 : 0;
					plans.add(plan(plans.size(), town, kind, liuyi, today ? recent : 0));
				}
			}
		}
		plans.sort(Comparator.comparing(Plan::receivedAt).thenComparing(Plan::index));
		return new DemoEpisodes(random, end).assign(plans);
	}

	private Plan plan(int index, Town town, CaseKind kind, boolean liuyi, int recent) {
		String category = liuyi && kind == CaseKind.DISPUTE ? pick(new String[] { "DISPUTE_NEIGHBOR_ADJACENCY:1",
				"DISPUTE_NEIGHBOR_DAILY:1", "DISPUTE_NEIGHBOR_NOISE:1" }) : pick(CATEGORIES[kind.ordinal()]);
		Village village = liuyi ? town.villages().stream().filter(v -> v.code().equals("610722101213")).findFirst().orElseThrow()
				: town.villages().get(random.nextInt(town.villages().size()));
		Channel channel = liuyi ? Channel.GRID_PATROL : Channel.valueOf(pick(CHANNELS[kind.ordinal()]));
		List<Spot> spots = liuyi ? village.grids().stream().filter(g -> g.code().startsWith(LIUYI_GRID)).toList()
				: village.grids();
		Spot grid = channel == Channel.GRID_PATROL || random.nextInt(100) < 85 ? spots.get(random.nextInt(spots.size())) : null;
		Instant at = recent > 0 ? end.minus(Duration.ofMinutes(20 + 100L * (recent - 1) + random.nextInt(80)))
				: receivedAt(category, channel);
		boolean anonymous = channel == Channel.REPORT_BOX || channel == Channel.VIDEO
				|| channel == Channel.GRID_PATROL && kind == CaseKind.HAZARD;
		boolean office = OFFICE.contains(channel) || kind == CaseKind.PETITION;
		DemoReporters.Reporter reporter = anonymous ? null
				: reporters.next(town.county().substring(0, 6), channel != Channel.LETTER || random.nextBoolean(),
						random.nextInt(100) < (office ? 70 : 15));
		String a = (reporter == null ? reporters.surname() : reporter.surname()) + "某";
		DemoCaseScripts.Slots slots = new DemoCaseScripts.Slots(shortName(village.name()), DemoCaseScripts.group(random),
				a, reporters.surname() + "某", 2 + random.nextInt(7), 200 + 50 * random.nextInt(17),
				3000 + 500 * random.nextInt(60), town.name());
		double[] point = grid != null && (channel == Channel.GRID_PATROL || kind == CaseKind.HAZARD || random.nextInt(100) < 30)
				? grid.pointInside(random) : null;
		String firstReceiver = channel == Channel.GRID_PATROL ? DemoRouting.gridMember(grid.code())
				: channel == Channel.VISIT && random.nextInt(100) < 20 ? DemoRouting.leader(town.code())
				: DemoRouting.desk(town.code());
		String parent = parents.apply(category);
		return new Plan(index, town, village, grid, kind, category, channel, priority(kind), DemoCaseScripts.script(category, random),
				slots, reporter, slots.village() + slots.group(), point == null ? null : point[0],
				point == null ? null : point[1], at, firstReceiver,
				DemoRouting.route(town.code(), category, parent, random), Episode.NORMAL);
	}

	/** A moment in the year before the end: seasons weigh some categories, office channels keep office hours. */
	private Instant receivedAt(String category, Channel channel) {
		LocalDate first = end.minus(Duration.ofDays(365)).atZone(Times.ZONE).toLocalDate();
		while (true) {
			LocalDate day = first.plusDays(random.nextInt(366));
			if (random.nextDouble() * 4 >= season(category, day.getMonthValue())) {
				continue;
			}
			boolean office = OFFICE.contains(channel);
			if (office && !calendar.isWorkingDay(day)) {
				continue;
			}
			LocalTime time = office ? LocalTime.of(8, 30).plusMinutes(random.nextInt(540))
					: LocalTime.of(7, 0).plusMinutes(random.nextInt(870));
			Instant at = day.atTime(time).atZone(Times.ZONE).toInstant();
			if (at.isAfter(end.minus(Duration.ofDays(365))) && at.isBefore(end.minus(Duration.ofHours(8)))) {
				return at;
			}
		}
	}

	/** How likely a category is in a month, 0 to 4 (1 is ordinary). */
	private static double season(String category, int month) {
		boolean winter = month == 12 || month <= 2;
		boolean summer = month >= 6 && month <= 8;
		return switch (category) {
			case "DISPUTE_LABOR_WAGES" -> winter ? 4 : 0.7;
			case "HAZARD_WATER" -> month >= 5 && month <= 9 ? 4 : 0;
			case "HAZARD_GEOLOGY", "APPEAL_INFRASTRUCTURE_ROAD" -> summer || month == 9 ? 3 : 0.6;
			case "APPEAL_ENVIRONMENT_AIR" -> month == 5 || month == 6 || month == 10 ? 4 : 0.2;
			case "HAZARD_FIRE_WIRING", "HAZARD_FIRE_PASSAGE", "HAZARD_FIRE_EXTINGUISHER" -> winter || month >= 11 ? 2 : 1;
			case "DISPUTE_LAND_CONTRACT", "DISPUTE_LAND_TRANSFER", "DISPUTE_LAND_FOREST" ->
				month == 3 || month == 4 || month == 9 || month == 10 ? 2 : 1;
			default -> 1;
		};
	}

	private Priority priority(CaseKind kind) {
		int p = random.nextInt(100);
		return switch (kind) {
			case DISPUTE -> p < 2 ? Priority.URGENT : p < 12 ? Priority.HIGH : Priority.NORMAL;
			case APPEAL -> p < 8 ? Priority.HIGH : p < 15 ? Priority.LOW : Priority.NORMAL;
			case HAZARD -> p < 8 ? Priority.URGENT : p < 30 ? Priority.HIGH : Priority.NORMAL;
			case OPINION -> p < 50 ? Priority.LOW : Priority.NORMAL;
			case PETITION -> p < 25 ? Priority.HIGH : Priority.NORMAL;
			case INCIDENT -> p < 10 ? Priority.URGENT : p < 50 ? Priority.HIGH : Priority.NORMAL;
		};
	}

	/** One of "CODE:weight" entries, by weight. */
	private String pick(String[] weighted) {
		int total = 0;
		for (String w : weighted) {
			total += Integer.parseInt(w.substring(w.indexOf(':') + 1));
		}
		int r = random.nextInt(total);
		for (String w : weighted) {
			r -= Integer.parseInt(w.substring(w.indexOf(':') + 1));
			if (r < 0) {
				return w.substring(0, w.indexOf(':'));
			}
		}
		throw new IllegalStateException();
	}

	/** 六一村委会 → 六一村, 龙头社区居委会 → 龙头社区, 大郭村村民委员会 → 大郭村. */
	static String shortName(String committee) {
		for (String suffix : List.of("居民委员会", "村民委员会", "居委会", "村委会")) {
			if (committee.endsWith(suffix)) {
				String name = committee.substring(0, committee.length() - suffix.length());
				return name.endsWith("村") || name.endsWith("社区") ? name : name + "村";
			}
		}
		return committee;
	}
}
