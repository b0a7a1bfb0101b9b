package org.fengqiao.cases.demo;

import org.fengqiao.cases.CaseLevel;
import org.fengqiao.cases.rules.RoutingRule;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Who handles what in the demo history: the unit a category goes to (small neighbour matters stay in the
 * village, disputes go to the judicial office, incidents to the police station, …), 龙头镇's demo routing
 * rules, and the usernames that act for each unit (the demo accounts where they exist).
 */
public final class DemoRouting {

	static final String LONGTOU = "610722101000";

	/** Short names for usernames, in the style of the demo accounts (desk.longtou, center.chenggu). */
	private static final Map<String, String> NICKS = Map.of(LONGTOU, "longtou", "620802104000", "anguo",
			"610921104000", "shuangru", "411122110000", "dagou", "610722000000", "chenggu", "620802000000", "kongtong",
			"610921000000", "hanyin", "411122000000", "linying");
	private static final Map<String, String> ACCOUNT_ROLE = Map.ofEntries(Map.entry("GOVERNANCE_CENTER", "desk"),
			Map.entry("POLICE_STATION", "police"), Map.entry("JUDICIAL_OFFICE", "judicial"),
			Map.entry("PETITION_OFFICE", "petition"), Map.entry("COURT", "court"),
			Map.entry("EMERGENCY_OFFICE", "emergency"), Map.entry("MARKET_SUPERVISION", "market"),
			Map.entry("NATURAL_RESOURCES", "resources"), Map.entry("CIVIL_AFFAIRS", "civil"),
			Map.entry("HUMAN_RESOURCES", "labor"), Map.entry("AGRICULTURE", "agriculture"),
			Map.entry("HOUSING", "housing"), Map.entry("ENVIRONMENT", "environment"), Map.entry("EDUCATION", "education"));
	private static final Map<String, String> CADRES = Map.of("610722101213", "cadre.liuyi", "620802104204", "cadre.donggou");

	/** Where a case goes first: the lead unit's kind (VILLAGE_COMMITTEE: the case's own village), co-units. */
	record Route(String lead, List<String> coUnits, boolean byRule) {
	}

	/** 龙头镇's demo routing rules (region prefix 610722101, priority 0, none dispatching automatically). */
	static final List<RoutingRule> RULES = List.of(
			rule("DISPUTE_NEIGHBOR", "JUDICIAL_OFFICE", "POLICE_STATION"),
			rule("DISPUTE_LABOR_WAGES", "HUMAN_RESOURCES", "JUDICIAL_OFFICE"),
			rule("HAZARD_FIRE", "EMERGENCY_OFFICE", null),
			rule("HAZARD_GEOLOGY", "NATURAL_RESOURCES", null),
			rule("APPEAL_MARKET", "MARKET_SUPERVISION", null),
			rule("INCIDENT_FRAUD", "POLICE_STATION", null));

	private static final Set<String> SMALL_MATTERS = Set.of("DISPUTE_NEIGHBOR_ADJACENCY", "DISPUTE_NEIGHBOR_NOISE",
			"DISPUTE_NEIGHBOR_DAILY", "DISPUTE_FAMILY_SUPPORT", "DISPUTE_FAMILY_DIVORCE", "DISPUTE_FAMILY_INHERITANCE",
			"DISPUTE_HOUSING_BUILDING", "DISPUTE_DAMAGES", "APPEAL_ENVIRONMENT_GARBAGE", "APPEAL_INFRASTRUCTURE_STREETLIGHT",
			"APPEAL_INFRASTRUCTURE_ROAD", "HAZARD_TRAFFIC_ROAD", "HAZARD_WATER", "OPINION_SUGGESTION");

	private DemoRouting() {
	}

	private static RoutingRule rule(String category, String lead, String co) {
		return new RoutingRule(category, "610722101", CaseLevel.TOWN, unit(LONGTOU, lead),
				co == null ? List.of() : List.of(unit(LONGTOU, co)), 0);
	}

	static String unit(String regionCode, String kind) {
		return regionCode + "-" + kind;
	}

	/** The route of a case: a matching 龙头镇 rule, the village for small matters (often), else by category. */
	static Route route(String town, String category, String parent, Random random) {
		boolean village = SMALL_MATTERS.contains(category) && random.nextInt(100) < 55;
		if (village) {
			return new Route("VILLAGE_COMMITTEE", List.of(), false);
		}
		if (town.equals(LONGTOU)) {
			for (RoutingRule r : RULES) {
				if (r.category().equals(category) || r.category().equals(parent)) {
					return new Route(kindOf(r.leadUnit()), r.coUnits().stream().map(DemoRouting::kindOf).toList(), true);
				}
			}
		}
		String lead = leadKind(category);
		List<String> co = List.of();
		if (random.nextInt(100) < 25) {
			co = switch (lead) {
				case "JUDICIAL_OFFICE" -> List.of(category.startsWith("DISPUTE_HOUSING") || category.startsWith("DISPUTE_LAND")
						? "NATURAL_RESOURCES" : "POLICE_STATION");
				case "POLICE_STATION" -> List.of("JUDICIAL_OFFICE");
				case "HUMAN_RESOURCES", "MARKET_SUPERVISION" -> List.of("JUDICIAL_OFFICE");
				case "EMERGENCY_OFFICE" -> List.of("POLICE_STATION");
				default -> List.of();
			};
		}
		return new Route(lead, co, false);
	}

	/** The unit a category's cases go to when no rule and no village applies. */
	static String leadKind(String category) {
		return switch (category) {
			case "DISPUTE_LABOR_WAGES", "DISPUTE_LABOR_INJURY", "APPEAL_SOCIAL_SECURITY_PENSION",
					"APPEAL_SOCIAL_SECURITY_MEDICAL_INSURANCE" -> "HUMAN_RESOURCES";
			case "DISPUTE_TRAFFIC", "APPEAL_ENVIRONMENT_NOISE", "HAZARD_TRAFFIC_SIGN", "HAZARD_TRAFFIC_VEHICLE",
					"HAZARD_PUBLIC_ORDER" -> "POLICE_STATION";
			case "DISPUTE_CONSUMER", "APPEAL_MARKET_FOOD", "APPEAL_MARKET_PRICE", "APPEAL_MARKET_QUALITY" -> "MARKET_SUPERVISION";
			case "DISPUTE_LAND_CONTRACT", "DISPUTE_LAND_TRANSFER", "APPEAL_AGRICULTURE", "APPEAL_ENVIRONMENT_WATER",
					"APPEAL_INFRASTRUCTURE_WATER_SUPPLY" -> "AGRICULTURE";
			case "DISPUTE_LAND_FOREST", "HAZARD_GEOLOGY" -> "NATURAL_RESOURCES";
			case "APPEAL_SOCIAL_SECURITY_LOW_INCOME" -> "CIVIL_AFFAIRS";
			case "HAZARD_FIRE_WIRING", "HAZARD_FIRE_PASSAGE", "HAZARD_FIRE_EXTINGUISHER", "HAZARD_BUILDING",
					"HAZARD_PRODUCTION", "HAZARD_OTHER", "HAZARD_TRAFFIC_ROAD", "HAZARD_WATER" -> "EMERGENCY_OFFICE";
			case "APPEAL_INFRASTRUCTURE_ROAD", "APPEAL_INFRASTRUCTURE_POWER", "APPEAL_INFRASTRUCTURE_STREETLIGHT",
					"APPEAL_ENVIRONMENT_GARBAGE", "APPEAL_ENVIRONMENT_AIR", "APPEAL_EDUCATION", "APPEAL_HEALTH",
					"APPEAL_OTHER", "OPINION_SUGGESTION", "OPINION_SENTIMENT", "OPINION_PRAISE" -> "GOVERNANCE_CENTER";
			default -> category.startsWith("PETITION") ? "PETITION_OFFICE"
					: category.startsWith("INCIDENT") ? "POLICE_STATION" : "JUDICIAL_OFFICE";
		};
	}

	/** A wrong first address for a case that is returned: the unit returns it as not its business. */
	static String wrongKind(String rightKind) {
		return rightKind.equals("POLICE_STATION") ? "JUDICIAL_OFFICE" : "POLICE_STATION";
	}

	/** The county unit an escalated case of this category goes to. */
	static String countyKind(String category) {
		if (category.startsWith("DISPUTE_LABOR") || category.startsWith("PETITION_LABOR")) {
			return "HUMAN_RESOURCES";
		}
		if (category.startsWith("DISPUTE_HOUSING") || category.startsWith("DISPUTE_DEMOLITION")) {
			return "HOUSING";
		}
		return category.startsWith("PETITION") ? "PETITION_OFFICE" : "JUDICIAL_OFFICE";
	}

	static String kindOf(String unitCode) {
		return unitCode.substring(unitCode.indexOf('-') + 1);
	}

	/** The username acting for a unit: a demo account where one exists, else one in the same style. */
	static String staffOf(String unitCode) {
		String region = unitCode.substring(0, 12);
		String kind = kindOf(unitCode);
		if (kind.equals("VILLAGE_COMMITTEE")) {
			return CADRES.getOrDefault(region, "cadre." + region);
		}
		String nick = NICKS.getOrDefault(region, region);
		if (kind.equals("GOVERNANCE_CENTER") && region.endsWith("000000")) {
			return "center." + nick;
		}
		return ACCOUNT_ROLE.getOrDefault(kind, kind.toLowerCase()) + "." + nick;
	}

	static String desk(String town) {
		return staffOf(unit(town, "GOVERNANCE_CENTER"));
	}

	static String leader(String town) {
		return "leader." + NICKS.getOrDefault(town, town);
	}

	/** The grid member answering for a grid: 曾小明 (grid.liuyi), grid.wuai, else the demo staff member's key. */
	static String gridMember(String gridCode) {
		if (gridCode.startsWith("610722101213001")) {
			return "grid.liuyi";
		}
		if (gridCode.equals("61072210120900101")) {
			return "grid.wuai";
		}
		return gridCode.length() == 17 ? "grid." + gridCode.substring(0, 15) + "." + gridCode.substring(15)
				: "grid." + gridCode;
	}
}
