package org.fengqiao.people.excel;

import static org.fengqiao.people.excel.RegisterColumns.*;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;

import org.fengqiao.people.residents.IdentityNumber;
import org.fengqiao.people.residents.PhoneNumber;

/**
 * The checks one register row must pass, as plain Java: every reason it fails, joined, or the checked row. The
 * places are given as functions so the rule is tested without a database.
 */
final class RegisterRowCheck {

	/** The outcome: a checked row, or the reasons (message keys with their arguments). */
	record Outcome(CheckedRow row, List<Reason> reasons) {
		boolean accepted() {
			return row != null;
		}
	}

	/** A message key and its arguments. */
	record Reason(String key, Object... args) {
	}

	private final LocalDate today;
	private final Function<String, Optional<String>> villageOfGrid;
	private final BiPredicate<String, String> inScope;

	/**
	 * @param villageOfGrid the village a grid code belongs to, if the grid exists
	 * @param inScope whether the importer may write this village and grid
	 */
	RegisterRowCheck(LocalDate today, Function<String, Optional<String>> villageOfGrid,
			BiPredicate<String, String> inScope) {
		this.today = today;
		this.villageOfGrid = villageOfGrid;
		this.inScope = inScope;
	}

	Outcome check(RegisterRow r) {
		List<Reason> reasons = new ArrayList<>();
		String region = r.cell(REGION);
		String grid = r.cell(GRID);
		Optional<String> village = grid.isEmpty() ? Optional.empty() : villageOfGrid.apply(grid);
		if (village.isEmpty() || !village.get().equals(region)) {
			reasons.add(new Reason("people.import.grid-invalid"));
		} else if (!inScope.test(region, grid)) {
			reasons.add(new Reason("people.import.region-invalid"));
		}
		String address = r.cell(ADDRESS);
		if (address.isEmpty()) {
			reasons.add(new Reason("people.address-required"));
		} else if (address.length() > 200) {
			reasons.add(new Reason("people.address-too-long"));
		}
		String name = r.cell(NAME);
		if (name.isEmpty() || name.length() > 50) {
			reasons.add(new Reason("people.name-invalid"));
		}
		IdentityNumber id = null;
		try {
			id = IdentityNumber.parse(r.cell(ID_NUMBER), today);
		} catch (IdentityNumber.Invalid e) {
			reasons.add(new Reason(e.messageKey()));
		}
		String phone = null;
		try {
			phone = PhoneNumber.parse(r.cell(PHONE));
		} catch (IdentityNumber.Invalid e) {
			reasons.add(new Reason(e.messageKey()));
		}
		String kind = switch (r.cell(KIND)) {
			case "", REGISTERED, "REGISTERED" -> "REGISTERED";
			case FLOATING, "FLOATING" -> "FLOATING";
			default -> null;
		};
		if (kind == null) {
			reasons.add(new Reason("people.kind-invalid"));
		}
		LocalDate permit = null;
		if (!r.cell(PERMIT_UNTIL).isEmpty()) {
			try {
				permit = LocalDate.parse(r.cell(PERMIT_UNTIL).replace('/', '-').replace('.', '-'));
			} catch (DateTimeParseException e) {
				reasons.add(new Reason("people.import.date-invalid"));
			}
		}
		for (int column : new int[] { HOUSE_NUMBER, RELATION, ETHNICITY }) {
			if (r.cell(column).length() > 20) {
				reasons.add(new Reason("people.too-long"));
			}
		}
		if (r.cell(OCCUPATION).length() > 50 || r.cell(TAGS).length() > 300) {
			reasons.add(new Reason("people.too-long"));
		}
		if (!reasons.isEmpty()) {
			return new Outcome(null, reasons);
		}
		return new Outcome(new CheckedRow(r.line(), region, grid, address, blank(r.cell(HOUSE_NUMBER)),
				YES.equals(r.cell(SECURITY_HEAD)), name, id.value(), id.gender(), id.birthDate(), phone,
				blank(r.cell(ETHNICITY)), blank(r.cell(OCCUPATION)), kind, "FLOATING".equals(kind) ? permit : null,
				blank(r.cell(RELATION)), r.cell(TAGS).replace('，', '、').replace(',', '、')), List.of());
	}

	private static String blank(String s) {
		return s.isEmpty() ? null : s;
	}
}
