package org.fengqiao.people.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.fengqiao.platform.crypto.Masks;
import org.junit.jupiter.api.Test;

class IdentityNumberTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 5);

	@Test
	void a_valid_number_gives_its_gender_and_birth_date() {
		IdentityNumber id = IdentityNumber.parse("11010519491231002X", TODAY);

		assertThat(id.value()).isEqualTo("11010519491231002X");
		assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
		assertThat(id.gender()).isEqualTo("FEMALE");
		assertThat(IdentityNumber.parse("110101199003070011", TODAY).gender()).isEqualTo("MALE");
	}

	@Test
	void a_lower_case_x_is_accepted_and_stored_upper_case() {
		assertThat(IdentityNumber.parse(" 11010519491231002x ", TODAY).value()).isEqualTo("11010519491231002X");
	}

	@Test
	void a_wrong_check_digit_is_refused() {
		assertThatThrownBy(() -> IdentityNumber.parse("110105194912310021", TODAY))
			.isInstanceOfSatisfying(IdentityNumber.Invalid.class,
					e -> assertThat(e.messageKey()).isEqualTo("people.id-number.check-digit"));
	}

	@Test
	void a_legacy_15_digit_number_is_refused_with_its_own_reason() {
		assertThatThrownBy(() -> IdentityNumber.parse("110105491231002", TODAY))
			.isInstanceOfSatisfying(IdentityNumber.Invalid.class,
					e -> assertThat(e.messageKey()).isEqualTo("people.id-number.legacy"));
	}

	@Test
	void a_number_born_tomorrow_or_on_no_real_date_is_refused() {
		String first17 = "11010120260306001";
		String tomorrow = first17 + org.fengqiao.platform.IdNumbers.checkCharacter(first17);
		String feb30 = "11010119900230001" + org.fengqiao.platform.IdNumbers.checkCharacter("11010119900230001");

		assertThatThrownBy(() -> IdentityNumber.parse(tomorrow, TODAY)).isInstanceOf(IdentityNumber.Invalid.class);
		assertThatThrownBy(() -> IdentityNumber.parse(feb30, TODAY)).isInstanceOf(IdentityNumber.Invalid.class);
	}

	@Test
	void numbers_are_masked_as_the_registers_show_them() {
		assertThat(Masks.idNumber("61072219800101123X")).isEqualTo("610722********123X");
		assertThat(Masks.phone("13912342345")).isEqualTo("139****2345");
	}

	@Test
	void phones_are_checked_after_dropping_spaces() {
		assertThat(PhoneNumber.parse("139 1234 2345")).isEqualTo("13912342345");
		assertThat(PhoneNumber.parse(" ")).isNull();
		assertThatThrownBy(() -> PhoneNumber.parse("12345")).isInstanceOf(IdentityNumber.Invalid.class);
	}
}
