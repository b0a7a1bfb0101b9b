package org.fengqiao.mediation.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.fengqiao.platform.DataScope;
import org.fengqiao.platform.DemoMode;
import org.fengqiao.platform.ReadsAcrossScopes;
import org.fengqiao.platform.Times;
import org.fengqiao.platform.crypto.Masks;
import org.fengqiao.platform.crypto.PersonalDataCipher;
import org.fengqiao.region.Region;
import org.fengqiao.region.RegionLevel;
import org.fengqiao.region.Regions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, after the case history: a mediation committee for every demo town and village with a small
 * roster, and for every demo town's disputes two parties and a session each — settled by an agreement numbered per
 * committee and year (龙头镇: 173 of its 175), each town's last two referred (one reported back, one still open);
 * applicants linked to residents of their village's register. Batched inserts, once.
 */
@Component
@Order(30)
@ReadsAcrossScopes(reason = "the demo loader fills every demo town's committees and disputes, for no caller")
class MediationDemoLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(MediationDemoLoader.class);
	private static final List<String> COUNTIES = List.of("411122000000", "510921000000", "610722000000", "610921000000",
			"620802000000");
	private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕";
	private static final String GIVEN = "建国秀英志强桂兰德明海燕文华春梅国庆玉珍永红光辉淑芬长青丽萍新民凤琴";

	private final DemoMode mode;
	private final JdbcClient jdbc;
	private final JdbcTemplate template;
	private final Regions regions;
	private final TransactionTemplate transactions;
	private final PersonalDataCipher cipher;
	private final Clock clock;

	MediationDemoLoader(DemoMode mode, JdbcClient jdbc, JdbcTemplate template, Regions regions,
			TransactionTemplate transactions, PersonalDataCipher cipher, Clock clock) {
		this.mode = mode;
		this.jdbc = jdbc;
		this.template = template;
		this.regions = regions;
		this.transactions = transactions;
		this.cipher = cipher;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!mode.isOn() || jdbc.sql("SELECT EXISTS (SELECT 1 FROM mediation_committees)").query(Boolean.class).single()) {
			return;
		}
		long started = System.nanoTime();
		transactions.executeWithoutResult(status -> load());
		log.info("demo mediation records loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

	private void load() {
		Random random = new Random(20261206L);
		Instant now = clock.instant();
		Map<String, Long> committees = new HashMap<>();
		Map<String, String> shortNames = new HashMap<>();
		List<Object[]> mediators = new ArrayList<>();
		for (String county : COUNTIES) {
			if (regions.find(county).isEmpty()) {
				continue;
			}
			for (Region town : regions.children(county, DataScope.everything())) {
				if (town.level() != RegionLevel.TOWN) {
					continue;
				}
				String townShort = town.name().substring(0, 1);
				committee(town.code(), town.name() + "人民调解委员会", townShort, now, committees, shortNames);
				for (Region village : regions.children(town.code(), DataScope.everything())) {
					String base = village.name().replaceAll("(村民委员会|村委会)$", "村")
						.replaceAll("(社区居民委员会|社区居委会|居民委员会|居委会)$", "社区");
					String shortName = base.replaceAll("(村|社区)$", "");
					committee(village.code(), base + "人民调解委员会", shortName.isEmpty() ? base : shortName, now, committees,
							shortNames);
				}
			}
		}
		for (Map.Entry<String, Long> c : committees.entrySet()) {
			boolean town = c.getKey().endsWith("000");
			int count = town ? 4 : 3;
			for (int i = 0; i < count; i++) {
				String kind = i == count - 1 ? "COMMUNITY_ELDER" : "MEDIATOR";
				String title = i == 0 ? "主任" : kind.equals("MEDIATOR") ? "委员" : null;
				mediators.add(new Object[] { c.getValue(), name(random), kind, title, Timestamp.from(now) });
			}
		}
		template.batchUpdate("INSERT INTO mediators (committee_id, name, kind, title, created_at) VALUES (?, ?, ?, ?, ?)",
				mediators);
		disputes(random, now, committees, shortNames);
	}

	private void committee(String region, String name, String shortName, Instant now, Map<String, Long> ids,
			Map<String, String> shortNames) {
		long id = jdbc.sql("""
				INSERT INTO mediation_committees (region_code, name, short_name, created_at)
				VALUES (:region, :name, :short, :now) RETURNING id
				""").param("region", region).param("name", name).param("short", shortName)
			.param("now", Timestamp.from(now)).query(Long.class).single();
		ids.put(region, id);
		shortNames.put(region, shortName);
	}

	private void disputes(Random random, Instant now, Map<String, Long> committees, Map<String, String> shortNames) {
		record Dispute(String number, String region, String leadUnit, String title, Instant receivedAt, String address) {
		}
		List<Dispute> all = jdbc.sql("""
				SELECT number, region_code, lead_unit, title, received_at, address FROM cases
				WHERE kind = 'DISPUTE' AND region_code = ANY (:places) ORDER BY received_at, number
				""").param("places", committees.keySet().toArray(String[]::new))
			.query((rs, i) -> new Dispute(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5).toInstant(), rs.getString(6)))
			.list();
		Map<String, List<Object[]>> names = new HashMap<>();
		List<Object[]> parties = new ArrayList<>();
		List<Object[]> sessions = new ArrayList<>();
		List<Object[]> agreements = new ArrayList<>();
		List<Object[]> referrals = new ArrayList<>();
		Map<String, Integer> counters = new HashMap<>();
		Map<Long, String[]> rosterNames = new HashMap<>();
		jdbc.sql("SELECT committee_id, array_agg(name ORDER BY id) FROM mediators GROUP BY committee_id")
			.query(rs -> {
				rosterNames.put(rs.getLong(1), (String[]) rs.getArray(2).getArray());
			});
		LocalDate today = LocalDate.ofInstant(now, Times.ZONE);
		// each town's last two disputes were referred: one reported back, one still open
		Map<String, Integer> left = new HashMap<>();
		all.forEach(d -> left.merge(town(d.region()), 1, Integer::sum));
		for (int i = 0; i < all.size(); i++) {
			Dispute d = all.get(i);
			int after = left.merge(town(d.region()), -1, Integer::sum);
			boolean referred = after < 2;
			Timestamp at = Timestamp.from(now);
			String a = name(random);
			String b = name(random);
			parties.add(new Object[] { d.number(), "APPLICANT", "RESIDENT", a, random.nextBoolean() ? "MALE" : "FEMALE", "汉族",
					Date.valueOf(LocalDate.of(1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28))),
					"农民", d.address() == null ? "本村" : d.address(), phone(random), "demo", at });
			parties.add(new Object[] { d.number(), "RESPONDENT", "RESIDENT", b, random.nextBoolean() ? "MALE" : "FEMALE", "汉族",
					Date.valueOf(LocalDate.of(1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28))),
					"农民", d.address() == null ? "本村" : d.address(), phone(random), "demo", at });
			boolean village = d.leadUnit() != null && d.leadUnit().endsWith("-VILLAGE_COMMITTEE")
					&& committees.containsKey(d.region());
			String place = village ? d.region() : town(d.region());
			long committee = committees.get(place);
			String[] roster = rosterNames.get(committee);
			String[] chosen = { roster[0], roster[roster.length - 1] };
			LocalDate held = LocalDate.ofInstant(d.receivedAt(), Times.ZONE).plusDays(1 + random.nextInt(5));
			if (held.isAfter(today)) {
				held = today;
			}
			sessions.add(new Object[] { d.number(), Date.valueOf(held), village ? "村委会调解室" : "镇综治中心调解室", chosen,
					a + "、" + b, "调解员听取双方陈述，释法说理，双方" + (referred ? "分歧较大，同意移交。" : "达成一致意见。"),
					referred ? "REFERRED" : "AGREED", "demo", at });
			if (referred) {
				boolean back = after == 1;
				Instant referredAt = Times.startOf(held).plusSeconds(36_000);
				referrals.add(new Object[] { d.number(), d.region(), back ? "COURT" : "POLICE",
						back ? "城固县人民法院龙头人民法庭" : "城固县公安局龙头派出所", "双方对赔偿数额分歧较大", Timestamp.from(referredAt),
						Timestamp.from(Times.endOf(held.plusDays(21)).minusSeconds(1)),
						Timestamp.from(Times.startOf(held.plusDays(17))), back ? Timestamp.from(referredAt.plusSeconds(86_400 * 10L)) : null,
						back ? "已立案受理，诉前调解中。" : null,
						!back && !Times.startOf(held.plusDays(17)).isAfter(now), !back && !Times.endOf(held.plusDays(21)).isAfter(now) });
				continue;
			}
			int year = held.getYear();
			int sequence = counters.merge(committee + ":" + year, 1, Integer::sum);
			String number = "（" + year + "）" + shortNames.get(place) + "调字第" + String.format("%03d", sequence) + "号";
			agreements.add(new Object[] { d.number(), committee, year, sequence, number,
					d.title() + "。经调解员查明事实，双方就争议事项陈述了各自意见。", "双方对纠纷的发生均负有一定责任。",
					"一、双方同意按调解员提出的方案解决；二、此后双方不再就此事发生争执。", "协议签订后当场履行或按约定期限履行完毕。",
					Date.valueOf(held.plusDays(15)), 3, chosen, Date.valueOf(held),
					held.plusDays(15).isBefore(today) ? "PERFORMED" : "PENDING",
					held.plusDays(15).isBefore(today) ? Date.valueOf(held.plusDays(16)) : null, "demo", at });
		}
		template.batchUpdate("""
				INSERT INTO dispute_parties (case_number, role, kind, name, gender, ethnicity, birth_date, occupation, address,
				    phone, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", parties);
		template.batchUpdate("""
				INSERT INTO mediation_sessions (case_number, held_on, place, mediators, attendees, record, outcome,
				    created_by, created_at, mediator_ids) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '{}')""", sessions);
		template.batchUpdate("""
				INSERT INTO referrals (case_number, region_code, target, receiving_body, reason, referred_at, due_at, warn_at,
				    reported_back_at, report_back, warned, overdue, created_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo')""", referrals);
		template.batchUpdate("""
				INSERT INTO mediation_agreements (case_number, committee_id, year, sequence, number, facts, responsibilities,
				    terms, performance_method, perform_by, copies, mediators, signed_on, performance,
				    performance_checked_on, created_by, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", agreements);
		List<Object[]> rows = new ArrayList<>();
		counters.forEach((k, v) -> rows.add(new Object[] { Long.parseLong(k.split(":")[0]), Integer.parseInt(k.split(":")[1]), v }));
		template.batchUpdate("INSERT INTO agreement_counters (committee_id, year, last_number) VALUES (?, ?, ?)", rows);
		residents(today);
	}

	/**
	 * Where the register has adult residents in a dispute's village, its applicant becomes one of them (spread over
	 * the village's residents): name, gender, ethnicity, birth date, occupation ('农民' where the register has none)
	 * and the household's address from the register, then the phone, masked. Three set-based statements whose plans
	 * do not hang on statistics (the register was just filled in bulk and has none yet).
	 */
	private void residents(LocalDate today) {
		long started = System.nanoTime();
		record Party(long id, String village) {
		}
		List<Party> parties = jdbc.sql("""
				SELECT p.id, c.region_code FROM dispute_parties p JOIN cases c ON c.number = p.case_number
				WHERE p.role = 'APPLICANT' AND p.kind = 'RESIDENT' AND p.resident_id IS NULL AND p.created_by = 'demo'
				ORDER BY p.id
				""").query((rs, i) -> new Party(rs.getLong(1), rs.getString(2))).list();
		Map<String, Long[]> adults = new HashMap<>();
		jdbc.sql("""
				SELECT region_code, array_agg(id ORDER BY id) FROM residents
				WHERE region_code = ANY (:villages) AND status = 'PRESENT' AND birth_date <= :adult GROUP BY region_code
				""").param("villages", parties.stream().map(Party::village).distinct().toArray(String[]::new))
			.param("adult", Date.valueOf(today.minusYears(18)))
			.query(rs -> {
				adults.put(rs.getString(1), (Long[]) rs.getArray(2).getArray());
			});
		List<Long> partyIds = new ArrayList<>();
		List<Long> residentIds = new ArrayList<>();
		Map<String, Integer> next = new HashMap<>();
		for (Party p : parties) {
			Long[] ids = adults.get(p.village());
			if (ids != null && ids.length > 0) {
				partyIds.add(p.id());
				residentIds.add(ids[next.merge(p.village(), 1, Integer::sum) % ids.length]);
			}
		}
		int linked = jdbc.sql("""
				UPDATE dispute_parties d
				SET resident_id = r.id, name = r.name, gender = r.gender, ethnicity = r.ethnicity, birth_date = r.birth_date,
				    occupation = coalesce(r.occupation, '农民'), address = coalesce(h.address, d.address), phone = NULL
				FROM unnest(:parties, :residents) AS m(party, resident)
				     JOIN residents r ON r.id = m.resident LEFT JOIN households h ON h.id = r.household_id
				WHERE d.id = m.party
				""").param("parties", partyIds.toArray(Long[]::new)).param("residents", residentIds.toArray(Long[]::new))
			.update();
		long updated = System.nanoTime();
		List<Object[]> phones = new ArrayList<>();
		jdbc.sql("""
				SELECT d.id, r.phone FROM unnest(:parties) AS m(party) JOIN dispute_parties d ON d.id = m.party
				JOIN residents r ON r.id = d.resident_id WHERE r.phone IS NOT NULL
				""").param("parties", partyIds.toArray(Long[]::new)).query(rs -> {
			phones.add(new Object[] { Masks.phone(cipher.decrypt(rs.getBytes(2))), rs.getLong(1) });
		});
		template.batchUpdate("UPDATE dispute_parties SET phone = ? WHERE id = ?", phones);
		log.info("demo dispute parties linked to register residents: {} in {} ms (update {} ms)", linked,
				(System.nanoTime() - started) / 1_000_000, (updated - started) / 1_000_000);
	}

	/** The town a village belongs to (its padded code). */
	private static String town(String region) {
		return region.substring(0, 9) + "000";
	}

	/** A phone number as the register answers one: masked. */
	private static String phone(Random random) {
		return "13" + random.nextInt(10) + "****" + String.format("%04d", random.nextInt(10_000));
	}

	private static String name(Random random) {
		int g = random.nextInt(GIVEN.length() / 2) * 2;
		return SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.substring(g, g + (random.nextBoolean() ? 2 : 1));
	}
}
