package org.fengqiao.cases.demo;

import org.fengqiao.cases.Channel;
import org.fengqiao.cases.FeedbackMethod;
import org.fengqiao.cases.Satisfaction;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** The words of the demo history: case scripts by category and what the units write along the way. */
public final class DemoCaseScripts {

	/** What a case says and how it ended. */
	record Script(String category, String title, String description, String result) {
	}

	/** The values the placeholders of a script take for one case. */
	record Slots(String village, String group, String a, String b, int n, int small, int sum, String town) {

		String fill(String template) {
			return template.replace("{v}", village).replace("{g}", group).replace("{a}", a).replace("{b}", b)
				.replace("{n}", String.valueOf(n)).replace("{s}", String.valueOf(small))
				.replace("{m}", String.valueOf(sum)).replace("{t}", town);
		}
	}

	private static final String[] GROUPS = { "一组", "二组", "三组", "四组", "五组", "六组", "七组", "八组", "九组", "十组" };

	private static final Map<String, String> DISPATCH = Map.of("VILLAGE_COMMITTEE", "小事不出村，请村调委会先行调解",
			"JUDICIAL_OFFICE", "请司法所组织调解", "POLICE_STATION", "请派出所核实处置",
			"EMERGENCY_OFFICE", "请应急办组织排查整改", "NATURAL_RESOURCES", "请自然资源所现场核查",
			"PETITION_OFFICE", "请信访办依法受理", "GOVERNANCE_CENTER", "由中心直接协调办理");
	private static final Map<String, String> CO_UNIT = Map.of("POLICE_STATION", "已派民警到场维护秩序，配合开展调解",
			"JUDICIAL_OFFICE", "已派调解员参与联合调解，提供法律咨询", "NATURAL_RESOURCES", "已现场测量并提供地籍资料",
			"VILLAGE_COMMITTEE", "村干部已参与现场协调，做好当事人思想工作");
	private static final Map<FeedbackMethod, String> FEEDBACK = Map.of(FeedbackMethod.PHONE, "已电话告知办理结果",
			FeedbackMethod.SMS, "已短信告知办理结果", FeedbackMethod.IN_PERSON, "已上门当面告知办理结果",
			FeedbackMethod.LETTER, "已出具书面答复并送达", FeedbackMethod.ONLINE, "已在线回复办理结果",
			FeedbackMethod.NONE_ANONYMOUS, "匿名反映，办理结果已在村务公开栏公示");
	private static final Map<Satisfaction, List<String>> VISIT = Map.of(
			Satisfaction.VERY_SATISFIED, List.of("群众非常满意，感谢处理及时", "对办理结果非常满意"),
			Satisfaction.SATISFIED, List.of("群众表示满意", "回访当事人，表示满意"),
			Satisfaction.BASICALLY_SATISFIED, List.of("群众基本满意，希望后续加强跟进", "基本满意，建议加快办理速度"),
			Satisfaction.DISSATISFIED, List.of("群众对处理结果不满意，认为赔偿标准偏低", "当事人认为问题未彻底解决，表示不满意"),
			Satisfaction.UNREACHABLE, List.of("多次电话回访无人接听", "回访电话已停机，无法联系"));
	/** Where a hazard's report came from, by channel, when nobody reported it by name. */
	private static final Map<Channel, String> SOURCE = Map.of(Channel.GRID_PATROL, "网格员巡查发现，",
			Channel.VIDEO, "视频巡查发现，", Channel.REPORT_BOX, "群众投递举报信反映，");

	static final String ESCALATE_TO_TOWN = "村内调解未果，当事人要求镇级调解";
	static final String ESCALATE_TO_COUNTY = "涉及多部门职责，镇级无法化解，申请县级协调";
	static final String REOPEN = "回访群众不满意，重新办理";
	static final String LEADER_CLOSE = "诉求超出政策范围，已做好解释说明工作，予以结案";
	static final String SUPERVISE = "请加快办理进度，按期办结";
	static final String SUPERVISE_OVERDUE = "已超期，请于三日内办结并书面说明原因";
	static final String APPROVE = "同意延期";
	static final List<String> EXTEND = List.of("需等待测量鉴定结果", "当事人外出务工，需待其返乡后调解", "需调取历史档案资料核实");
	static final List<String> CLOSE = List.of("办结归档", "办理完毕，予以结案");

	private static final Map<String, List<Script>> BY_CATEGORY = new java.util.TreeMap<>();

	static {
		for (Script s : DemoDisputeScripts.ALL) {
			BY_CATEGORY.computeIfAbsent(s.category(), k -> new java.util.ArrayList<>()).add(s);
		}
		for (Script s : DemoOtherScripts.ALL) {
			BY_CATEGORY.computeIfAbsent(s.category(), k -> new java.util.ArrayList<>()).add(s);
		}
	}

	private DemoCaseScripts() {
	}

	static Script script(String category, Random random) {
		List<Script> scripts = BY_CATEGORY.get(category);
		if (scripts == null) {
			throw new IllegalArgumentException("no demo script for " + category);
		}
		return scripts.get(random.nextInt(scripts.size()));
	}

	static String group(Random random) {
		return GROUPS[random.nextInt(GROUPS.length)];
	}

	static String dispatchComment(String leadKind, boolean byRule) {
		return byRule ? "按分流规则派单" : DISPATCH.get(leadKind);
	}

	static String coUnitReport(String coKind) {
		return CO_UNIT.getOrDefault(coKind, "已配合主办单位完成本单位职责范围内的工作");
	}

	static String returnReason(String wrongKind) {
		return wrongKind.equals("POLICE_STATION") ? "属民事纠纷，非治安案件，请重新分流"
				: "涉及治安问题，不属调解范围，请转派出所";
	}

	static String feedback(FeedbackMethod method) {
		return FEEDBACK.get(method);
	}

	/** A return visit's comment; an anonymous report is visited with the neighbours, or not at all. */
	static String visit(Satisfaction rating, boolean anonymous, Random random) {
		if (anonymous) {
			return rating == Satisfaction.UNREACHABLE ? "匿名反映，无法回访" : "回访周边群众，问题已解决";
		}
		List<String> comments = VISIT.get(rating);
		return comments.get(random.nextInt(comments.size()));
	}

	/** A hazard's description says who found it: the grid member, the cameras, a tip, or the reporter. */
	static String hazardSource(Channel channel, String reporter) {
		return SOURCE.getOrDefault(channel, reporter + "反映，");
	}
}
