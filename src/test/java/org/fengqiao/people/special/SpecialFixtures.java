package org.fengqiao.people.special;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.fengqiao.platform.IdNumbers;
import org.fengqiao.platform.crypto.PersonalDataCipher;
import org.fengqiao.support.Api;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Residents inserted as the people module stores them, and files opened through the API. */
public final class SpecialFixtures {

	private static final AtomicInteger SERIAL = new AtomicInteger(100);

	private SpecialFixtures() {
	}

	public static long createFile(Api api, long resident, String category, Map<String, Object> fields, boolean key) {
		Api.Response created = api.post("/api/special-populations", fileBody(resident, category, fields, key), "desk.longtou");
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		return created.field("id").asLong();
	}

	public static Map<String, Object> fileBody(long resident, String category, Map<String, Object> fields, boolean key) {
		return Map.of("residentId", resident, "category", category, "riskLevel", "MEDIUM", "key", key, "fields", fields,
				"team", Map.of("townCadre", Map.of("name", "张镇干"), "gridMember", Map.of("username", "grid.liuyi", "name", "曾小明"),
						"family", Map.of("name", "王桂兰", "phone", "13812345678")),
				"stateOfMind", "平稳", "whereabouts", "在家");
	}

	/** A present resident of the village, numbers encrypted with the platform's cipher, in its first grid. */
	public static long resident(JdbcClient jdbc, PersonalDataCipher cipher, Instant now, String village) {
		int serial = SERIAL.incrementAndGet();
		String first17 = "610722" + "19800101" + String.format("%03d", serial);
		String idNumber = first17 + IdNumbers.checkCharacter(first17);
		String grid = jdbc.sql("SELECT code FROM grids WHERE region_code = :v ORDER BY code LIMIT 1").param("v", village)
			.query(String.class).single();
		return jdbc.sql("""
				INSERT INTO residents (name, id_number, id_hash, gender, birth_date, phone, phone_hash, kind, region_code,
				    grid_code, created_at, updated_at)
				VALUES (:name, :id, :hash, 'MALE', :birth, :phone, :phoneHash, 'REGISTERED', :region, :grid, :now, :now)
				RETURNING id
				""").param("name", "测试居民" + serial).param("id", cipher.encrypt(idNumber))
			.param("hash", cipher.blindIndex(idNumber)).param("birth", LocalDate.of(1980, 1, 1))
			.param("phone", cipher.encrypt("13900001234")).param("phoneHash", cipher.blindIndex("13900001234"))
			.param("region", village).param("grid", grid).param("now", Timestamp.from(now)).query(Long.class).single();
	}
}
