package org.fengqiao.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.fengqiao.platform.Caller;
import org.fengqiao.platform.DataScope;
import org.fengqiao.platform.Role;
import org.junit.jupiter.api.Test;

class FileReadRuleTest {

	private static final Caller UPLOADER = caller("grid.liuyi", Role.GRID_MEMBER);
	private static final Caller DESK = caller("desk.longtou", Role.CENTER_STAFF);
	private static final Caller ADMIN = caller("admin", Role.ADMIN);

	/** Cases: the desk may read case 1; nobody else any case. */
	private final FileReadRule rule = new FileReadRule(List.of(new FileAccessPolicy() {
		@Override
		public String recordType() {
			return "case";
		}

		@Override
		public boolean canRead(String recordId, Caller caller) {
			return recordId.equals("1") && caller.username().equals("desk.longtou");
		}
	}));

	@Test
	void an_unattached_file_is_its_uploaders_alone() {
		FileRow draft = file(null, null);

		assertThat(rule.mayRead(draft, UPLOADER)).isTrue();
		assertThat(rule.mayRead(draft, DESK)).isFalse();
	}

	@Test
	void an_attached_file_is_read_by_whoever_the_records_policy_allows_and_no_one_else() {
		FileRow attached = file("case", "1");

		assertThat(rule.mayRead(attached, DESK)).isTrue();
		assertThat(rule.mayRead(attached, UPLOADER)).isFalse();
		assertThat(rule.mayRead(file("case", "2"), DESK)).isFalse();
	}

	@Test
	void a_record_type_without_policy_is_readable_by_nobody_but_administrators() {
		FileRow attached = file("visit", "1");

		assertThat(rule.mayRead(attached, UPLOADER)).isFalse();
		assertThat(rule.mayRead(attached, DESK)).isFalse();
		assertThat(rule.mayRead(attached, ADMIN)).isTrue();
	}

	@Test
	void administrators_read_every_file() {
		assertThat(rule.mayRead(file(null, null), ADMIN)).isTrue();
		assertThat(rule.mayRead(file("case", "2"), ADMIN)).isTrue();
	}

	private static FileRow file(String recordType, String recordId) {
		Instant at = Instant.parse("2026-03-05T06:30:00Z");
		return new FileRow(UUID.randomUUID(), "photo.png", "image/png", 10, new byte[32], "2026/03/x", "grid.liuyi", at,
				recordType, recordId, recordId == null ? null : at);
	}

	private static Caller caller(String username, Role role) {
		return new Caller(username, username, Set.of(role), new DataScope(List.of("610722101000"), List.of(), false),
				null);
	}
}
