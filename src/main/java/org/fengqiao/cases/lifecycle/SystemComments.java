package org.fengqiao.cases.lifecycle;

/**
 * The comments the application itself writes on a timeline (a record in the town's language, like the
 * comments people write), in one place.
 */
public final class SystemComments {

	static final String DISPATCHED_BY_RULE = "按分流规则派单";
	public static final String AUTO_DISPATCHED_BY_RULE = "按分流规则自动派单";
	static final String MERGED_REPEAT = "并入重复件 ";
	static final String WARNING = "临近办理时限";
	static final String SIGN_FOR_OVERDUE = "超过签收时限未签收";
	static final String ACCEPTANCE_OVERDUE = "超过受理时限未受理";
	static final String OVERDUE = "已超过办理时限";
	static final String AUTO_SUPERVISED = "超期自动督办";

	private SystemComments() {
	}
}
