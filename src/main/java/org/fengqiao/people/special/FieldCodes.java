package org.fengqiao.people.special;

import java.util.List;

/**
 * The code lists of the categories' CODE fields with each code's name, copied from
 * {@code ../shared/data/code-tables.json} (nothing reads that file at run time). The data names codes in Chinese
 * only, so the name is the same in every language.
 */
final class FieldCodes {

	/** One code of a list and its name. */
	record Option(String code, String name) {
	}

	/** 安置情况[A] (code-tables.json {@code resettlement}): category 01's {@code resettlement}. */
	static final List<Option> RESETTLEMENT = List.of(
			option("01", "落实责任田"),
			option("02", "公益性岗位安置"),
			option("03", "企业认证为安置基地安置"),
			option("04", "建设政府投入为主的安置基地安置"),
			option("05", "从事个体经营"),
			option("06", "企业和经济实体吸纳就业"),
			option("07", "自主创业"),
			option("99", "其他安置方式"));

	/** 矫正类别[A] (code-tables.json {@code correction_type}): category 02's {@code correctionType}. */
	static final List<Option> CORRECTION_TYPE = List.of(
			option("01", "管制"),
			option("02", "缓刑"),
			option("03", "假释"),
			option("04", "暂予监外执行"));

	/** 管控情况[A] (code-tables.json {@code drug_control_situation}): category 04's {@code controlStatus}. */
	static final List<Option> DRUG_CONTROL = List.of(
			option("01", "在控"),
			option("02", "失控"),
			option("03", "死亡"),
			option("04", "出国（境）"),
			option("05", "社会面戒断三年未复吸"),
			option("06", "社会面戒断不满三年"));

	/** 关注类型[A] (code-tables.json {@code aids_attention_type}): category 05's {@code attentionType}. */
	static final List<Option> AIDS_ATTENTION = List.of(
			option("00", "无"),
			option("01", "故意传播"),
			option("02", "造谣传谣"),
			option("03", "恐吓"),
			option("04", "聚众上访"),
			option("05", "非正常维权"),
			option("06", "非正常上访"));

	/** 重点青少年人员类型[C] (code-tables.json {@code key_youth_type}): category 06's {@code youthType}. */
	static final List<Option> KEY_YOUTH = List.of(
			option("01", "闲散青少年"),
			option("02", "不良行为青少年"),
			option("03", "流浪乞讨青少年"),
			option("04", "服刑在教人员未成年子女"),
			option("05", "农村留守儿童"),
			option("06", "其他"));

	private FieldCodes() {
	}

	private static Option option(String code, String name) {
		return new Option(code, name);
	}
}
