package org.fengqiao.cases;

/** Request bodies shown in the OpenAPI document, taken from the demo data set (龙头镇, 六一村). */
final class CaseApiExamples {

	static final String INTAKE = """
			{
			  "kind": "DISPUTE",
			  "category": "DISPUTE_HOUSING_HOMESTEAD",
			  "channel": "GRID_PATROL",
			  "title": "六一村五组宅基地边界纠纷",
			  "description": "两户因院墙位置争执，请求调解。",
			  "priority": "NORMAL",
			  "reporter": {"name": "张某", "phone": "13912342345", "idNumber": "11010519491231002X"},
			  "location": {"regionCode": "610722101213", "gridCode": "61072210121300101", "address": "六一村五组"},
			  "attachments": []
			}""";

	static final String DISPATCH = """
			{"leadUnit": "610722101000-JUDICIAL_OFFICE", "coUnits": ["610722101000-POLICE_STATION"]}""";

	static final String RESOLVE = """
			{"result": "经司法所调解，双方签订调解协议，院墙按原址重建。", "attachments": []}""";

	static final String VISIT = """
			{"satisfaction": "SATISFIED", "comment": "回访当事人，对处理结果满意。"}""";

	private CaseApiExamples() {
	}
}
