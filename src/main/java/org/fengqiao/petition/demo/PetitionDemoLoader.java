package org.fengqiao.petition.demo;

import java.sql.Timestamp;

import org.fengqiao.platform.DemoMode;
import org.fengqiao.platform.ReadsAcrossScopes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, after the demo cases ({@code demo.DemoDataLoader}) and special populations, gives the demo towns'
 * PETITION cases their records once, in four set-based statements (no row-by-row work): a petitioner per reporter
 * (graded by a fixed hash: one in ten red, three yellow), the details (form from the channel, every ninth collective,
 * a later petition of the same petitioner linked to the earlier as a repeat, one level up), the town leader holding
 * every accepted one with a plan, the written reply and its delivery for the resolved, and the visits: a reception
 * on receipt, an outreach for collective ones and a return visit after resolution.
 */
@Component
@Order(30)
@ReadsAcrossScopes(reason = "the demo loader fills every demo town's petitions, for no caller")
class PetitionDemoLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PetitionDemoLoader.class);

	private static final String PETITIONERS = """
			INSERT INTO petitioners (region_code, name, address, grade, responsible_person, informant, note, created_at,
			                         created_by)
			SELECT p.region_code, p.reporter_name, v.name,
			       CASE WHEN p.first_id % 10 = 0 THEN 'RED' WHEN p.first_id % 10 IN (1, 4, 7) THEN 'YELLOW' ELSE 'GREEN' END,
			       coalesce(lead.name, '镇综治中心'), gm.name, NULL, :now, 'system'
			FROM (SELECT c.region_code, c.reporter_name, min(c.id) AS first_id FROM cases c
			      WHERE c.kind = 'PETITION' AND c.reporter_name IS NOT NULL GROUP BY 1, 2) p
			JOIN regions v ON v.code = p.region_code
			LEFT JOIN LATERAL (SELECT s.name FROM staff s
			      WHERE s.department_code = substr(p.region_code, 1, 9) || '000-GOVERNANCE_CENTER'
			        AND 'LEADER' = ANY (s.field_roles) ORDER BY s.id LIMIT 1) lead ON true
			LEFT JOIN LATERAL (SELECT s.name FROM staff s
			      WHERE s.region_code = p.region_code AND 'GRID_MEMBER' = ANY (s.field_roles) ORDER BY s.id LIMIT 1) gm ON true
			""";

	private static final String DETAILS = """
			INSERT INTO petitions (case_id, form, people_count, level, level_skipping, petitioner_id, shared_with_unit,
			                       previous_case_id, holding_leader, plan, plan_at, reply_text, reply_issued_at,
			                       reply_delivered_at, reply_delivery, updated_at)
			SELECT c.id,
			       CASE c.channel WHEN 'LETTER' THEN 'LETTER' WHEN 'ONLINE' THEN 'ONLINE' WHEN 'WECHAT' THEN 'ONLINE'
			                      WHEN 'PHONE' THEN 'PHONE' WHEN 'HOTLINE_12345' THEN 'PHONE' ELSE 'VISIT' END,
			       CASE WHEN c.id % 9 = 0 THEN 5 + c.id % 7 ELSE 1 + c.id % 3 END,
			       CASE WHEN c.previous_id IS NOT NULL THEN 'COUNTY' WHEN c.id % 23 = 0 THEN 'COUNTY' ELSE 'TOWN' END,
			       c.previous_id IS NULL AND c.id % 23 = 0,
			       pr.id, false, c.previous_id,
			       CASE WHEN c.accepted_at IS NOT NULL THEN lead.name END,
			       CASE WHEN c.accepted_at IS NOT NULL THEN '包案领导牵头，会同承办单位核实情况，' || '十五日内提出化解意见并当面答复信访人。' END,
			       c.accepted_at,
			       CASE WHEN c.resolved_at IS NOT NULL THEN '经调查核实，你反映的“' || c.title || '”问题已责成有关单位依法依规处理，处理结果已当面告知。' END,
			       CASE WHEN c.resolved_at IS NOT NULL THEN c.resolved_at - interval '1 hour' END,
			       CASE WHEN c.resolved_at IS NOT NULL THEN c.resolved_at END,
			       CASE WHEN c.resolved_at IS NOT NULL THEN CASE WHEN c.id % 4 = 0 THEN 'POST' ELSE 'IN_PERSON' END END,
			       :now
			FROM (SELECT c.*, lag(c.id) OVER (PARTITION BY c.region_code, c.reporter_name ORDER BY c.received_at, c.id)
			                  AS previous_id
			      FROM cases c WHERE c.kind = 'PETITION') c
			LEFT JOIN petitioners pr ON pr.region_code = c.region_code AND pr.name = c.reporter_name
			LEFT JOIN LATERAL (SELECT s.name FROM staff s
			      WHERE s.department_code = substr(c.region_code, 1, 9) || '000-GOVERNANCE_CENTER'
			        AND 'LEADER' = ANY (s.field_roles) ORDER BY s.id LIMIT 1) lead ON true
			""";

	private static final String PROGRESS = """
			INSERT INTO petition_progress (case_id, at, author, text)
			SELECT p.case_id, p.plan_at + interval '3 days', 'system', '已召集有关单位和村组核实情况，制定化解措施。'
			FROM petitions p WHERE p.plan_at IS NOT NULL
			""";

	private static final String VISITS = """
			INSERT INTO petition_visits (case_id, kind, visit_date, host, host_is_leader, people_met, problems_raised,
			                             problems_solved, satisfaction, created_at, created_by)
			SELECT p.case_id, v.kind, v.day, coalesce(p.holding_leader, '值班干部'), p.holding_leader IS NOT NULL,
			       coalesce(c.reporter_name, '信访人') || CASE WHEN p.collective THEN '等' || p.people_count || '人' ELSE '' END,
			       c.title, v.solved, v.satisfaction, :now, 'system'
			FROM petitions p JOIN cases c ON c.id = p.case_id
			CROSS JOIN LATERAL (VALUES
			      ('RECEPTION', CAST(c.received_at AT TIME ZONE 'Asia/Shanghai' AS date), NULL, NULL, true),
			      ('OUTREACH', CAST((c.received_at + interval '5 days') AT TIME ZONE 'Asia/Shanghai' AS date), NULL, NULL,
			       p.collective AND c.accepted_at IS NOT NULL AND c.received_at + interval '5 days' <= :now),
			      ('RETURN', CAST((c.resolved_at + interval '3 days') AT TIME ZONE 'Asia/Shanghai' AS date),
			       '已按处理意见落实', CASE WHEN c.id % 5 = 0 THEN 'BASICALLY_SATISFIED' ELSE 'SATISFIED' END,
			       c.resolved_at IS NOT NULL AND c.resolved_at + interval '3 days' <= :now))
			  AS v(kind, day, solved, satisfaction, wanted)
			WHERE v.wanted
			""";

	private final DemoMode mode;
	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final java.time.Clock clock;

	PetitionDemoLoader(DemoMode mode, JdbcClient jdbc, TransactionTemplate transactions, java.time.Clock clock) {
		this.mode = mode;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!mode.isOn() || jdbc.sql("SELECT EXISTS (SELECT 1 FROM petitions)").query(Boolean.class).single()) {
			return;
		}
		long started = System.nanoTime();
		Timestamp now = Timestamp.from(clock.instant());
		int[] counts = transactions.execute(status -> new int[] {
				jdbc.sql(PETITIONERS).param("now", now).update(), jdbc.sql(DETAILS).param("now", now).update(),
				jdbc.sql(PROGRESS).update(), jdbc.sql(VISITS).param("now", now).update() });
		log.info("demo petitions loaded in {} ms: {} petitioners, {} petitions, {} visits",
				(System.nanoTime() - started) / 1_000_000, counts[0], counts[1], counts[3]);
	}
}
