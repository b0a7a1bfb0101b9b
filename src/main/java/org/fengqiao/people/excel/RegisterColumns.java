package org.fengqiao.people.excel;

import java.util.List;

/**
 * The household/resident register's columns, in the order of the template a town fills in: one row per
 * resident, the household's fields repeated on each of its members' rows (a household is its village and
 * address). The error workbook adds {@link #REASON} at the end.
 */
final class RegisterColumns {

	static final int REGION = 0;
	static final int GRID = 1;
	static final int ADDRESS = 2;
	static final int HOUSE_NUMBER = 3;
	static final int SECURITY_HEAD = 4;
	static final int NAME = 5;
	static final int ID_NUMBER = 6;
	static final int RELATION = 7;
	static final int PHONE = 8;
	static final int ETHNICITY = 9;
	static final int OCCUPATION = 10;
	static final int KIND = 11;
	static final int PERMIT_UNTIL = 12;
	static final int TAGS = 13;
	static final int COUNT = 14;

	static final List<String> HEADERS = List.of("村（社区）代码", "网格编码", "地址", "门牌号", "治安户长", "姓名", "身份证号",
			"与户主关系", "联系电话", "民族", "职业", "人口类型", "居住证有效期至", "标签");
	static final String REASON = "错误原因";

	static final String REGISTERED = "户籍";
	static final String FLOATING = "流动";
	static final String YES = "是";
	static final String NO = "否";
	static final String HEAD = "户主";

	static final List<String> RELATIONS = List.of(HEAD, "配偶", "子", "女", "父母", "祖父母", "孙子女", "兄弟姐妹", "儿媳",
			"女婿", "其他");
	static final List<String> ETHNICITIES = List.of("汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族",
			"布依族", "朝鲜族", "满族", "侗族", "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族", "佤族",
			"畲族", "高山族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族", "达斡尔族", "仫佬族", "羌族",
			"布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族", "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族",
			"鄂温克族", "德昂族", "保安族", "裕固族", "京族", "塔塔尔族", "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族",
			"基诺族");
	/** The sample row of the template: a valid number of a fictitious person. */
	static final List<String> SAMPLE = List.of("610722101213", "61072210121300101", "六一村一组 12 号", "12", NO, "张三",
			"61072219800101001X", HEAD, "13912342345", "汉族", "农民", REGISTERED, "", "");

	private RegisterColumns() {
	}
}
