package org.fengqiao.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.fengqiao.support.Api.Response;
import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;

class AuditApiTests extends ApiTest {

	@Test
	void logins_are_audited_with_actor_time_and_address() {
		api.post("/api/auth/login", Map.of("username", "cadre.liuyi", "password", "Demo#2026"), null).expect(200);

		Response r = api.get("/api/audit?actor=cadre.liuyi&from=2026-03-05&to=2026-03-05", "admin");

		assertThat(r.status()).isEqualTo(200);
		assertThat(r.array("items").valueStream().filter(e -> e.path("action").asString().equals("LOGIN")))
			.isNotEmpty()
			.allSatisfy(e -> {
				assertThat(e.path("address").asString()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
				assertThat(e.path("at").asString()).endsWith("+08:00");
			});
	}

	@Test
	void a_day_outside_the_range_returns_nothing() {
		Response r = api.get("/api/audit?actor=admin&from=2025-01-01&to=2025-01-02", "admin").expect(200);

		assertThat(r.field("total").asLong()).isZero();
		assertThat(r.array("items")).isEmpty();
	}

	@Test
	void only_administrators_read_the_audit_log() {
		assertThat(api.get("/api/audit", "leader.longtou").status()).isEqualTo(403);
		assertThat(api.get("/api/audit", "county.chenggu").status()).isEqualTo(403);
	}
}
