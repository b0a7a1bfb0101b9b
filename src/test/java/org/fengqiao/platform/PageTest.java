package org.fengqiao.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PageTest {

	private final PageQuery query = new PageQuery(0, 20);

	@Test
	void a_count_up_to_ten_thousand_is_the_exact_total() {
		Page<String> page = Page.capped(List.of("a"), query, 10_000);
		assertThat(page.total()).isEqualTo(10_000);
		assertThat(page.totalExact()).isTrue();
	}

	@Test
	void a_count_past_ten_thousand_answers_ten_thousand_not_exact() {
		Page<String> page = Page.capped(List.of("a"), query, 10_001);
		assertThat(page.total()).isEqualTo(10_000);
		assertThat(page.totalExact()).isFalse();
	}

	@Test
	void mapping_the_items_keeps_whether_the_total_is_exact() {
		assertThat(Page.capped(List.of("a"), query, 10_001).map(String::length).totalExact()).isFalse();
	}
}
