package org.fengqiao.people;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.fengqiao.platform.IdNumbers;
import org.fengqiao.support.Api;

/** Valid, unique ID numbers and addresses for tests, and the households and residents they register. */
final class PeopleFixtures {

	static final String LIUYI = "610722101213";
	static final String LIUYI_GRID = "61072210121300101";
	static final String WUAI = "610722101209";

	/** Test people are born in 北京市东城区 (110101), so they never clash with the demo's 城固县 people. */
	private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 20_000));

	private PeopleFixtures() {
	}

	/** A new valid 18-character ID number. */
	static String idNumber() {
		int n = NEXT.incrementAndGet();
		LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(n % 25_000);
		String first17 = "110101" + birth.toString().replace("-", "") + String.format("%03d", (n / 25_000 + n) % 1000);
		return first17 + IdNumbers.checkCharacter(first17);
	}

	static String address() {
		return "测试路" + NEXT.incrementAndGet() + "号";
	}

	static long household(Api api, String user, String village, String grid) {
		return api.post("/api/households", Map.of("regionCode", village, "gridCode", grid, "address", address()), user)
			.expect(201).field("id").asLong();
	}

	static Map<String, Object> resident(String idNumber, long household) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", "测试居民");
		body.put("idNumber", idNumber);
		body.put("phone", "13912342345");
		body.put("householdId", household);
		body.put("relation", "户主");
		return body;
	}

	static long resident(Api api, String user, long household) {
		return api.post("/api/residents", resident(idNumber(), household), user).expect(201).field("id").asLong();
	}
}
