package org.fengqiao.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class RollupFoldingTests {

	@Test
	void a_month_is_folded_once_every_case_it_holds_was_received_more_than_62_days_ago() {
		assertThat(RollupFolding.firstSpreadMonth(LocalDate.of(2026, 3, 5))).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(RollupFolding.firstSpreadMonth(LocalDate.of(2026, 3, 3))).isEqualTo(LocalDate.of(2025, 12, 1));
	}
}
