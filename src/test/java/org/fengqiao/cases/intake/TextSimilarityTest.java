package org.fengqiao.cases.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The repeat check's text rule: Dice over character bigrams, repeats counted, punctuation and spaces ignored. */
class TextSimilarityTest {

	@Test
	void the_same_complaint_worded_with_other_punctuation_and_spaces_is_the_same() {
		assertThat(TextSimilarity.of("三组 村民因宅基地界址发生纠纷！", "三组村民因宅基地界址发生纠纷")).isEqualTo(1.0);
		assertThat(TextSimilarity.of("村民反映“噪音”问题（夜间）", "村民反映噪音问题夜间")).isEqualTo(1.0);
		assertThat(TextSimilarity.of("a-b,c.d", "abcd")).isEqualTo(1.0);
	}

	@Test
	void texts_with_no_bigram_in_common_are_not_alike() {
		assertThat(TextSimilarity.of("宅基地界址", "借款未还")).isZero();
	}

	@Test
	void shared_bigrams_count_twice_over_all_bigrams_of_both() {
		// 宅基 基地 against 宅基 基地 地界: 2 × 2 / (2 + 3)
		assertThat(TextSimilarity.of("宅基地", "宅基地界")).isCloseTo(0.8, within(1e-12));
		// "ab" against "ab", "bc"
		assertThat(TextSimilarity.of("ab", "abc")).isCloseTo(2.0 / 3, within(1e-12));
	}

	@Test
	void a_bigram_repeated_in_one_text_is_shared_only_as_often_as_the_other_has_it() {
		// "aa" twice against once: 2 × 1 / (2 + 1)
		assertThat(TextSimilarity.of("aaa", "aa")).isCloseTo(2.0 / 3, within(1e-12));
	}

	@Test
	void letter_case_does_not_matter() {
		assertThat(TextSimilarity.of("ABC", "abc")).isEqualTo(1.0);
	}

	@Test
	void a_one_character_text_matches_only_the_same_character() {
		assertThat(TextSimilarity.of("水", "水")).isEqualTo(1.0);
		assertThat(TextSimilarity.of("水", "水沟")).isZero();
	}

	@Test
	void empty_or_missing_text_is_like_nothing() {
		assertThat(TextSimilarity.of("", "")).isZero();
		assertThat(TextSimilarity.of(null, "宅基地")).isZero();
		assertThat(TextSimilarity.of("！？　", "宅基地")).isZero();
	}

	@Test
	void one_profile_compares_with_many_texts() {
		TextSimilarity.Profile complaint = TextSimilarity.profile("排水沟堵塞");
		assertThat(complaint.similarity(TextSimilarity.profile("排水沟堵塞"))).isEqualTo(1.0);
		assertThat(complaint.similarity(TextSimilarity.profile("排水沟"))).isCloseTo(2.0 * 2 / (4 + 2), within(1e-12));
		assertThat(complaint.similarity(TextSimilarity.profile("夜间噪音"))).isZero();
	}
}
