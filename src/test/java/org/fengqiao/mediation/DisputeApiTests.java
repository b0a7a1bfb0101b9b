package org.fengqiao.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fengqiao.platform.db.RollupFolding;
import org.fengqiao.platform.deadline.DeadlineSweeper;
import org.fengqiao.support.Api.Response;
import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/** Disputes through the API: parties, sessions, agreements, referrals and settlement, on the demo towns. */
class DisputeApiTests extends ApiTest {

	static final String DONGGOU = "620802104204";

	@Autowired
	DeadlineSweeper sweeper;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RollupFolding folding;

	@Test
	void a_land_dispute_in_donggou_gets_two_parties_two_sessions_a_numbered_agreement_and_its_performance_check() {
		String number = dispute("desk.anguo", "东沟村两户土地承包地界纠纷");
		api.post("/api/cases/" + number + "/dispatch", Map.of("leadUnit", DONGGOU + "-VILLAGE_COMMITTEE"), "desk.anguo")
			.expect(200);
		api.post("/api/cases/" + number + "/accept", Map.of(), "cadre.donggou").expect(200);
		long resident = donggouResident();
		JsonNode committee = committee("desk.anguo", DONGGOU);
		List<Long> mediators = List.of(committee.path("mediators").get(0).path("id").asLong(),
				committee.path("mediators").get(1).path("id").asLong());

		api.post("/api/cases/" + number + "/parties", Map.of("role", "APPLICANT", "kind", "RESIDENT", "residentId", resident),
				"desk.anguo").expect(201);
		Response parties = api.post("/api/cases/" + number + "/parties", Map.of("role", "RESPONDENT", "kind", "ORGANISATION",
				"name", "东沟村股份经济合作社", "address", "东沟村一组", "legalRepresentative", "王建国"), "desk.anguo").expect(201);
		assertThat(parties.body()).hasSize(2);
		assertThat(parties.body().get(0).path("name").asString()).isEqualTo("测试居民");
		assertThat(parties.body().get(0).path("address").asString()).startsWith("东沟测试路");
		assertThat(parties.body().get(0).path("phone").asString()).isEqualTo("139****2345");

		api.post("/api/cases/" + number + "/mediations", session(mediators, "FAILED"), "desk.anguo").expect(201);
		Response sessions = api.post("/api/cases/" + number + "/mediations", session(mediators, "AGREED"), "desk.anguo")
			.expect(201);
		assertThat(sessions.body()).hasSize(2);
		assertThat(sessions.body().get(1).path("outcome").asString()).isEqualTo("AGREED");
		theSettlementRollupsEqualARecountOfEveryDispute();

		Response agreement = api.post("/api/cases/" + number + "/agreement",
				agreement(committee.path("id").asLong(), mediators), "desk.anguo").expect(201);
		assertThat(agreement.text("number")).matches("（2026）" + committee.path("shortName").asString() + "调字第\\d{3}号");
		assertThat(agreement.text("performance")).isEqualTo("PENDING");
		assertThat(agreement.array("mediators")).hasSize(2);
		assertThat(api.post("/api/cases/" + number + "/agreement", agreement(committee.path("id").asLong(), mediators),
				"desk.anguo").expect(409).text("code")).isEqualTo("mediation.agreement-exists");

		Response checked = api.put("/api/cases/" + number + "/agreement/performance",
				Map.of("performance", "PERFORMED", "checkedOn", "2026-03-05", "note", "已按约定退还占用土地"), "cadre.donggou")
			.expect(200);
		assertThat(checked.text("performance")).isEqualTo("PERFORMED");
		assertThat(checked.text("performanceCheckedOn")).isEqualTo("2026-03-05");
		assertThat(api.get("/api/cases/" + number + "/agreement", "desk.anguo").expect(200).text("performance"))
			.isEqualTo("PERFORMED");
		theSettlementRollupsEqualARecountOfEveryDispute();
	}

	/**
	 * Only the case's own events move these figures: no session, agreement or referral is written, so mediation's own
	 * triggers never run. Taken in, it is screened; led by the village committee, it would settle in the village;
	 * resolved, it is settled.
	 */
	@Test
	void a_dispute_resolved_by_its_village_committee_without_mediation_counts_as_settled_in_the_village_at_once() {
		String number = dispute("desk.anguo", "东沟村邻里排水纠纷");
		theSettlementRollupsEqualARecountOfEveryDispute();
		api.post("/api/cases/" + number + "/dispatch", Map.of("leadUnit", DONGGOU + "-VILLAGE_COMMITTEE"), "desk.anguo")
			.expect(200);
		api.post("/api/cases/" + number + "/accept", Map.of(), "cadre.donggou").expect(200);
		api.post("/api/cases/" + number + "/start", Map.of(), "cadre.donggou").expect(200);
		theSettlementRollupsEqualARecountOfEveryDispute();

		api.post("/api/cases/" + number + "/resolve", Map.of("result", "已疏通排水沟"), "cadre.donggou").expect(200);

		theSettlementRollupsEqualARecountOfEveryDispute();
		assertThat(settlement(number)).isEqualTo("VILLAGE true");
	}

	/**
	 * A resolution counts without a recount: it settles a dispute unless the dispute was referred, and one an agreed
	 * session settled already is not counted twice.
	 */
	@Test
	void resolving_a_referred_dispute_leaves_it_unsettled_and_one_its_session_settled_is_counted_once() {
		String referred = dispute("desk.anguo", "东沟村民间借贷纠纷");
		String agreed = dispute("desk.anguo", "东沟村相邻通行纠纷");
		api.post("/api/cases/" + referred + "/referrals", Map.of("target", "COURT", "receivingBody", "安国镇人民法庭",
				"reason", "诉调对接"), "desk.anguo").expect(201);
		JsonNode committee = committee("desk.anguo", DONGGOU);
		List<Long> mediators = List.of(committee.path("mediators").get(0).path("id").asLong());
		for (String number : List.of(referred, agreed)) {
			api.post("/api/cases/" + number + "/dispatch", Map.of("leadUnit", DONGGOU + "-VILLAGE_COMMITTEE"),
					"desk.anguo").expect(200);
			api.post("/api/cases/" + number + "/accept", Map.of(), "cadre.donggou").expect(200);
		}
		api.post("/api/cases/" + agreed + "/mediations", session(mediators, "AGREED"), "desk.anguo").expect(201);
		assertThat(settlement(agreed)).isEqualTo("VILLAGE true");

		for (String number : List.of(referred, agreed)) {
			api.post("/api/cases/" + number + "/resolve", Map.of("result", "已调处"), "cadre.donggou").expect(200);
		}

		assertThat(settlement(referred)).isEqualTo("VILLAGE false");
		assertThat(settlement(agreed)).isEqualTo("VILLAGE true");
		theSettlementRollupsEqualARecountOfEveryDispute();
	}

	private String settlement(String number) {
		return jdbc.sql("SELECT level || ' ' || settled FROM settlement_cases WHERE case_number = :n").param("n", number)
			.query(String.class).single();
	}

	@Test
	void folding_the_settlement_rollups_keeps_every_figure_and_later_recounts_stay_exact() {
		String number = dispute("desk.anguo", "东沟村宅基地界址纠纷");
		assertThat(spreadRows()).isPositive();

		assertThat(jdbc.sql("SELECT settlement_rollups_fold(DATE '2027-01-01')").query(Integer.class).single())
			.as("groups folded").isPositive();
		assertThat(spreadRows()).isZero();
		theSettlementRollupsEqualARecountOfEveryDispute();

		api.post("/api/cases/" + number + "/dispatch", Map.of("leadUnit", DONGGOU + "-VILLAGE_COMMITTEE"), "desk.anguo")
			.expect(200);
		api.post("/api/cases/" + number + "/accept", Map.of(), "cadre.donggou").expect(200);
		api.post("/api/cases/" + number + "/resolve", Map.of("result", "已重新丈量界址"), "cadre.donggou").expect(200);
		theSettlementRollupsEqualARecountOfEveryDispute();
		folding.fold();
		theSettlementRollupsEqualARecountOfEveryDispute();
	}

	private int spreadRows() {
		return jdbc.sql("SELECT count(*) FROM settlement_rollups WHERE slot <> 0").query(Integer.class).single();
	}

	@Test
	void agreements_of_one_committee_are_numbered_in_sequence_without_gaps() {
		JsonNode committee = committee("desk.anguo", DONGGOU);
		List<Long> mediators = List.of(committee.path("mediators").get(0).path("id").asLong());
		int first = numbered(committee, mediators);
		int second = numbered(committee, mediators);
		assertThat(second).isEqualTo(first + 1);
	}

	@Test
	void a_caller_outside_the_dispute_gets_404_on_every_record_under_it() {
		String number = dispute("desk.anguo", "东沟村宅基地纠纷");
		for (String path : List.of("parties", "dispute", "mediations", "referrals", "agreement")) {
			Response r = api.get("/api/cases/" + number + "/" + path, "desk.longtou");
			assertThat(r.status()).as(path).isEqualTo(404);
		}
		assertThat(api.post("/api/cases/" + number + "/parties", Map.of("role", "APPLICANT", "kind", "ORGANISATION",
				"name", "某公司", "address", "某地", "legalRepresentative", "某人"), "desk.longtou").status()).isEqualTo(404);
		assertThat(api.post("/api/cases/" + number + "/referrals", Map.of("target", "COURT", "receivingBody", "法庭",
				"reason", "诉调对接"), "desk.longtou").status()).isEqualTo(404);
		assertThat(api.put("/api/cases/" + number + "/dispute", Map.of("criminalRisk", true), "desk.longtou").status())
			.isEqualTo(404);
		assertThat(api.get("/api/cases/" + number + "/parties", "county.chenggu").status()).isEqualTo(404);
	}

	@Test
	void a_session_without_its_fields_is_refused_with_chinese_messages_next_to_the_fields() {
		String number = dispute("desk.anguo", "东沟村借贷纠纷");
		Response r = api.post("/api/cases/" + number + "/mediations", Map.of("outcome", "AGREED"), "desk.anguo");
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.text("detail")).isEqualTo("请求中有字段不符合要求。");
		Map<String, String> errors = new HashMap<>();
		r.array("errors").forEach(e -> errors.put(e.path("field").asString(), e.path("message").asString()));
		assertThat(errors).containsEntry("heldOn", "不能为空。").containsEntry("place", "不能为空。")
			.containsKey("mediatorIds").containsKey("record");
	}

	@Test
	void a_case_that_is_not_a_dispute_has_no_parties() {
		Map<String, Object> body = intake("东沟村路灯损坏");
		body.put("kind", "HAZARD");
		body.put("category", "HAZARD_FIRE");
		String number = api.post("/api/cases", body, "desk.anguo").expect(201).text("number");
		assertThat(api.get("/api/cases/" + number + "/parties", "desk.anguo").expect(409).text("code"))
			.isEqualTo("mediation.not-a-dispute");
	}

	@Test
	void raising_the_could_turn_criminal_flag_notifies_the_police_station_and_the_town_leaders_once() {
		String number = dispute("desk.anguo", "东沟村两户因浇地发生斗殴");
		Map<String, Object> risk = Map.of("amount", 12000, "riskLevel", "HIGH", "criminalRisk", true, "riskNote", "双方扬言报复");
		Response saved = api.put("/api/cases/" + number + "/dispute", risk, "desk.anguo").expect(200);
		api.put("/api/cases/" + number + "/dispute", risk, "desk.anguo").expect(200);

		assertThat(saved.field("criminalRisk").asBoolean()).isTrue();
		assertThat(saved.text("disputeType")).isEqualTo("DISPUTE_LAND_CONTRACT");
		assertThat(jdbc.sql("SELECT recipient_unit, recipient_role FROM notifications WHERE record_id = :n AND kind = 'CRIMINAL_RISK'")
			.param("n", number).query((rs, i) -> rs.getString(1) + "/" + rs.getString(2)).list())
			.containsExactlyInAnyOrder("620802104000-POLICE_STATION/null", "null/CENTER_LEADER");
	}

	@Test
	void a_referral_reported_back_stops_its_clock_and_one_not_reported_back_is_warned_once_and_marked_overdue_once() {
		String back = dispute("desk.anguo", "东沟村交通事故赔偿纠纷");
		String silent = dispute("desk.anguo", "东沟村工伤赔偿纠纷");
		long reported = api.post("/api/cases/" + back + "/referrals", Map.of("target", "COURT", "receivingBody",
				"安国镇人民法庭", "reason", "诉调对接"), "desk.anguo").expect(201).body().get(0).path("id").asLong();
		Response open = api.post("/api/cases/" + silent + "/referrals", Map.of("target", "POLICE", "receivingBody",
				"安国派出所", "reason", "警调对接"), "desk.anguo").expect(201);
		long quiet = open.body().get(0).path("id").asLong();
		assertThat(open.body().get(0).path("dueAt").asString()).startsWith("2026-03-26T23:59:59");
		theSettlementRollupsEqualARecountOfEveryDispute();

		Response done = api.post("/api/cases/" + back + "/referrals/" + reported + "/report-back",
				Map.of("result", "法庭已立案受理"), "desk.anguo").expect(200);
		assertThat(done.body().get(0).path("reportedBackAt").isNull()).isFalse();
		assertThat(api.post("/api/cases/" + back + "/referrals/" + reported + "/report-back", Map.of("result", "再次"),
				"desk.anguo").expect(409).text("code")).isEqualTo("mediation.referral-reported");

		advance(Duration.ofDays(18)); // 2026-03-23: within three working days of the due day
		sweeper.sweep();
		sweeper.sweep();
		assertThat(notifications(quiet, "REFERRAL_WARNING")).isEqualTo(1);
		assertThat(notifications(reported, "REFERRAL_WARNING")).isZero();
		assertThat(api.get("/api/cases/" + silent + "/referrals", "desk.anguo").expect(200).body().get(0).path("warning")
			.asBoolean()).isTrue();

		advance(Duration.ofDays(4)); // 2026-03-27: past the due day
		sweeper.sweep();
		sweeper.sweep();
		assertThat(notifications(quiet, "REFERRAL_WARNING")).isEqualTo(1);
		assertThat(notifications(quiet, "REFERRAL_OVERDUE")).isEqualTo(2); // the center and its leaders, once each
		assertThat(notifications(reported, "REFERRAL_OVERDUE")).isZero();
		assertThat(api.get("/api/cases/" + silent + "/referrals", "desk.anguo").expect(200).body().get(0).path("overdue")
			.asBoolean()).isTrue();
		theSettlementRollupsEqualARecountOfEveryDispute();
	}

	/**
	 * The settlement rollups, kept in the writes' own transactions, hold what a recount of every dispute from its case,
	 * sessions, agreement and referrals gives (written out here, not taken from the migration's functions).
	 */
	private void theSettlementRollupsEqualARecountOfEveryDispute() {
		String recount = """
				SELECT d.region_code || ' ' || d.month || ' ' || d.type || ' ' || d.level || ' ' || count(*) || ' '
				       || count(*) FILTER (WHERE d.mediated) || ' ' || count(*) FILTER (WHERE d.settled)
				FROM (SELECT c.region_code, date_trunc('month', c.received_at AT TIME ZONE 'Asia/Shanghai')::date AS month,
				             coalesce(substring(c.category_code from '^[A-Z]+_[A-Z]+'), 'DISPUTE_OTHER') AS type,
				             CASE WHEN (SELECT m.region_code NOT LIKE '%000' FROM mediation_agreements a
				                        JOIN mediation_committees m ON m.id = a.committee_id WHERE a.case_number = c.number)
				                       OR (c.lead_unit LIKE '%-VILLAGE_COMMITTEE'
				                           AND NOT EXISTS (SELECT 1 FROM mediation_agreements a WHERE a.case_number = c.number))
				                  THEN 'VILLAGE' WHEN c.level = 'COUNTY' THEN 'COUNTY' ELSE 'TOWN' END AS level,
				             EXISTS (SELECT 1 FROM mediation_sessions x WHERE x.case_number = c.number) AS mediated,
				             EXISTS (SELECT 1 FROM mediation_agreements a WHERE a.case_number = c.number)
				             OR EXISTS (SELECT 1 FROM mediation_sessions x WHERE x.case_number = c.number AND x.outcome = 'AGREED')
				             OR (c.resolved_at IS NOT NULL
				                 AND NOT EXISTS (SELECT 1 FROM referrals r WHERE r.case_number = c.number)) AS settled
				      FROM cases c WHERE c.kind = 'DISPUTE') d
				GROUP BY d.region_code, d.month, d.type, d.level ORDER BY 1
				""";
		String rollups = """
				SELECT r.region_code || ' ' || r.month || ' ' || r.type || ' ' || r.level || ' ' || sum(r.screened) || ' '
				       || sum(r.mediated) || ' ' || sum(r.settled)
				FROM settlement_rollups r GROUP BY r.region_code, r.month, r.type, r.level HAVING sum(r.screened) > 0
				ORDER BY 1
				""";
		List<String> expected = jdbc.sql(recount).query(String.class).list();
		assertThat(expected).isNotEmpty();
		assertThat(jdbc.sql(rollups).query(String.class).list()).isEqualTo(expected);
	}

	@Test
	void the_settlement_rate_of_longtou_is_what_its_dispute_records_say() {
		Response s = api.get("/api/stats/settlement?region=610722101000&from=2025-01-01&to=2026-03-05", "leader.longtou")
			.expect(200);
		long screened = api.get("/api/cases?kind=DISPUTE&region=610722101000&size=1&from=2025-01-01&to=2026-03-05",
				"leader.longtou").expect(200).field("total").asLong();
		long agreed = jdbc.sql("""
				SELECT count(*) FROM cases c WHERE c.kind = 'DISPUTE' AND c.region_code LIKE '610722101%'
				  AND (EXISTS (SELECT 1 FROM mediation_agreements a WHERE a.case_number = c.number)
				       OR (c.resolved_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM referrals r WHERE r.case_number = c.number)))
				""").query(Long.class).single();

		assertThat(s.field("screened").asLong()).isEqualTo(screened).isGreaterThanOrEqualTo(175);
		assertThat(s.field("settled").asLong()).isEqualTo(agreed).isGreaterThanOrEqualTo(173);
		assertThat(s.field("settlementRate").decimalValue())
			.isEqualByComparingTo(new java.math.BigDecimal(agreed).divide(new java.math.BigDecimal(screened), 4,
					java.math.RoundingMode.HALF_UP));
		long byLevel = s.field("settledByLevel").path("VILLAGE").asLong() + s.field("settledByLevel").path("TOWN").asLong()
				+ s.field("settledByLevel").path("COUNTY").asLong();
		assertThat(byLevel).isEqualTo(agreed);
		assertThat(s.array("byType").size()).isGreaterThan(1);
		assertThat(api.get("/api/stats/settlement?region=620802000000", "leader.longtou").status()).isEqualTo(404);
	}

	private int numbered(JsonNode committee, List<Long> mediators) {
		String number = dispute("desk.anguo", "东沟村相邻纠纷");
		for (String role : List.of("APPLICANT", "RESPONDENT")) {
			api.post("/api/cases/" + number + "/parties", Map.of("role", role, "kind", "ORGANISATION", "name", role + "公司",
					"address", "东沟村", "legalRepresentative", "李四"), "desk.anguo").expect(201);
		}
		String text = api.post("/api/cases/" + number + "/agreement", agreement(committee.path("id").asLong(), mediators),
				"desk.anguo").expect(201).text("number");
		return Integer.parseInt(text.replaceAll(".*第(\\d+)号", "$1"));
	}

	private long notifications(long referral, String kind) {
		return jdbc.sql("SELECT count(*) FROM notifications WHERE dedup_key LIKE :key")
			.param("key", "referral:" + kind + ":" + referral + ":%").query(Long.class).single();
	}

	@Test
	void a_demo_dispute_in_longtou_has_an_applicant_from_the_register_of_its_village() {
		// a dispute of the demo's (other tests add disputes of their own, without parties)
		String number = jdbc.sql("""
				SELECT min(p.case_number) FROM dispute_parties p WHERE p.created_by = 'demo' AND p.role = 'APPLICANT'
				AND p.case_number LIKE '610722101-%'
				""").query(String.class).single();
		JsonNode parties = api.get("/api/cases/" + number + "/parties", "desk.longtou").expect(200).body();
		JsonNode applicant = parties.valueStream().filter(p -> p.path("role").asString().equals("APPLICANT")).findFirst()
			.orElseThrow();
		assertThat(applicant.path("residentId").isNumber()).isTrue();
		Response resident = api.get("/api/residents/" + applicant.path("residentId").asLong(), "desk.longtou").expect(200);
		assertThat(applicant.path("name").asString()).isEqualTo(resident.text("name"));
		assertThat(applicant.path("birthDate").asString()).isEqualTo(resident.text("birthDate"));
		assertThat(applicant.path("occupation").asString()).isNotBlank();
		assertThat(applicant.path("address").asString()).isNotBlank();
		long linked = jdbc.sql("""
				SELECT count(*) FROM dispute_parties p JOIN cases c ON c.number = p.case_number JOIN residents r
				ON r.id = p.resident_id WHERE p.created_by = 'demo' AND r.region_code = c.region_code
				""").query(Long.class).single();
		assertThat(linked).isGreaterThan(100);
		// every demo town's disputes, not only 龙头镇's
		assertThat(jdbc.sql("SELECT count(DISTINCT left(case_number, 9)) FROM dispute_parties WHERE created_by = 'demo'")
			.query(Long.class).single()).isGreaterThan(1);
	}

	private JsonNode committee(String user, String region) {
		Response r = api.get("/api/mediation-committees?region=" + region, user).expect(200);
		assertThat(r.body()).hasSize(1);
		return r.body().get(0);
	}

	private long donggouResident() {
		String grid = api.get("/api/grids?region=" + DONGGOU, "desk.anguo").expect(200).array("items").get(0).path("code")
			.asString();
		long household = api.post("/api/households", Map.of("regionCode", DONGGOU, "gridCode", grid, "address",
				"东沟测试路" + System.nanoTime() + "号"), "desk.anguo").expect(201).field("id").asLong();
		Map<String, Object> body = new HashMap<>();
		body.put("name", "测试居民");
		body.put("idNumber", "11010519491231002X");
		body.put("phone", "13912342345");
		body.put("householdId", household);
		body.put("relation", "户主");
		body.put("ethnicity", "汉族");
		body.put("occupation", "农民");
		Response r = api.post("/api/residents", body, "desk.anguo");
		if (r.status() == 409) {
			return api.get("/api/residents?idNumber=11010519491231002X", "desk.anguo").expect(200).array("items").get(0)
				.path("id").asLong();
		}
		return r.expect(201).field("id").asLong();
	}

	private String dispute(String user, String title) {
		return api.post("/api/cases", intake(title), user).expect(201).text("number");
	}

	private static Map<String, Object> intake(String title) {
		Map<String, Object> body = new HashMap<>();
		body.put("kind", "DISPUTE");
		body.put("category", "DISPUTE_LAND_CONTRACT");
		body.put("channel", "VISIT");
		body.put("title", title);
		body.put("description", title + "，双方争执不下。");
		body.put("location", Map.of("regionCode", DONGGOU, "address", "东沟村三组"));
		body.put("reporter", Map.of("name", "王某", "phone", "13912342345"));
		return body;
	}

	private static Map<String, Object> session(List<Long> mediators, String outcome) {
		return Map.of("heldOn", "2026-03-05", "place", "东沟村调解室", "mediatorIds", mediators, "attendees", "双方当事人",
				"record", "调解员释法说理。", "outcome", outcome);
	}

	private static Map<String, Object> agreement(long committee, List<Long> mediators) {
		Map<String, Object> body = new HashMap<>();
		body.put("committeeId", committee);
		body.put("facts", "双方因承包地界发生争议。");
		body.put("responsibilities", "双方均有责任。");
		body.put("terms", "申请人退还多占土地。");
		body.put("performanceMethod", "于2026年3月31日前当场丈量退还。");
		body.put("performBy", "2026-03-31");
		body.put("copies", 3);
		body.put("mediatorIds", mediators);
		body.put("signedOn", "2026-03-05");
		return body;
	}
}
