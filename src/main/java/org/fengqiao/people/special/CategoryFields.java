package org.fengqiao.people.special;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.fengqiao.platform.FieldError;
import org.fengqiao.platform.IdNumbers;
import org.fengqiao.platform.PhoneNumbers;
import org.fengqiao.platform.crypto.Masks;

/**
 * Each category's own fields (code-tables.json's {@code _field_sets}, the ones a town keeps up to date), as a
 * small schema per category: the kind of each value, its code list or range, and which values are personal
 * numbers — those are stored encrypted and answered masked. A category added to the table without a schema
 * here keeps only the common fields.
 */
final class CategoryFields {

	enum Kind {
		TEXT, DATE, CODE, LEVEL, ID_NUMBER, PHONE
	}

	/**
	 * One field: a code list for {@link Kind#CODE} ({@code codes}, and {@code options} naming each code), a range for
	 * {@link Kind#LEVEL}.
	 */
	record Field(String name, Kind kind, boolean required, List<String> codes, List<FieldCodes.Option> options, int min,
			int max) {

		boolean secret() {
			return kind == Kind.ID_NUMBER || kind == Kind.PHONE;
		}
	}

	/** The name of the severe mental disorder's danger level, which the follow-up rules read. */
	static final String DANGER_LEVEL = "dangerLevel";

	private static final Map<String, List<Field>> SCHEMAS = Map.of(
			"01", List.of(date("releaseDate", true), text("originalCrime", false),
					code("resettlement", false, FieldCodes.RESETTLEMENT), text("assistance", false)),
			"02", List.of(code("correctionType", true, FieldCodes.CORRECTION_TYPE), date("correctionStart", true),
					date("correctionEnd", true), text("crime", false)),
			"03", List.of(text("diagnosis", false), new Field(DANGER_LEVEL, Kind.LEVEL, true, List.of(), List.of(), 0, 5),
					text("treatment", false), text("guardianName", false), secret("guardianIdNumber", Kind.ID_NUMBER),
					secret("guardianPhone", Kind.PHONE)),
			"04", List.of(code("controlStatus", true, FieldCodes.DRUG_CONTROL), date("firstFoundDate", false),
					text("helperName", false), secret("helperPhone", Kind.PHONE)),
			"05", List.of(code("attentionType", false, FieldCodes.AIDS_ATTENTION),
					text("helperName", false), secret("helperPhone", Kind.PHONE)),
			"06", List.of(code("youthType", true, FieldCodes.KEY_YOUTH), text("guardianName", false),
					secret("guardianPhone", Kind.PHONE)),
			"07", List.of(text("petitionMatter", true), text("familyContactName", false),
					secret("familyContactPhone", Kind.PHONE)),
			"08", List.of(text("guardianName", true), secret("guardianIdNumber", Kind.ID_NUMBER),
					secret("guardianPhone", Kind.PHONE), text("difficulty", false)),
			"09", List.of(text("involvement", false), text("familyContactName", false),
					secret("familyContactPhone", Kind.PHONE)));

	private CategoryFields() {
	}

	/** Every category's fields, as the file form draws them. */
	static Map<String, List<Field>> schemas() {
		return new java.util.TreeMap<>(SCHEMAS);
	}

	static List<Field> of(String category) {
		return SCHEMAS.getOrDefault(category, List.of());
	}

	/** A checked and normalised set of fields: what to store ({@code secrets} applied to personal numbers), or the errors. */
	record Checked(Map<String, Object> stored, Integer dangerLevel, List<FieldError> errors) {
	}

	/**
	 * Checks a category's fields; unknown names, missing required values and malformed values are field errors
	 * under {@code fields.<name>}. {@code encrypt} turns a personal number into what is stored.
	 */
	static Checked check(String category, Map<String, Object> input, UnaryOperator<String> encrypt) {
		Map<String, Object> in = input == null ? Map.of() : input;
		List<Field> schema = of(category);
		List<FieldError> errors = new ArrayList<>();
		for (String name : in.keySet()) {
			if (schema.stream().noneMatch(f -> f.name().equals(name))) {
				errors.add(new FieldError("fields." + name, "special.field.unknown"));
			}
		}
		Map<String, Object> stored = new LinkedHashMap<>();
		Integer danger = null;
		for (Field f : schema) {
			Object raw = in.get(f.name());
			String value = raw == null ? null : String.valueOf(raw).trim();
			if (value == null || value.isEmpty()) {
				if (f.required()) {
					errors.add(new FieldError("fields." + f.name(), "special.field.required"));
				}
				continue;
			}
			String problem = problem(f, value);
			if (problem != null) {
				errors.add(new FieldError("fields." + f.name(), problem));
				continue;
			}
			if (f.kind() == Kind.LEVEL) {
				int level = Integer.parseInt(value);
				stored.put(f.name(), level);
				if (f.name().equals(DANGER_LEVEL)) {
					danger = level;
				}
			} else {
				String normal = f.kind() == Kind.ID_NUMBER ? value.toUpperCase() : value;
				stored.put(f.name(), f.secret() ? encrypt.apply(normal) : normal);
			}
		}
		if ("02".equals(category) && stored.get("correctionStart") instanceof String s && stored.get("correctionEnd") instanceof String e
				&& LocalDate.parse(e).isBefore(LocalDate.parse(s))) {
			errors.add(new FieldError("fields.correctionEnd", "special.field.end-before-start"));
		}
		return new Checked(stored, danger, errors);
	}

	/** The personal numbers among the stored fields, decrypted by {@code decrypt}, in clear (the unmask view). */
	static Map<String, String> secrets(String category, Map<String, Object> stored, UnaryOperator<String> decrypt) {
		Map<String, String> out = new LinkedHashMap<>();
		for (Field f : of(category)) {
			Object v = stored.get(f.name());
			if (v != null && f.secret()) {
				out.put(f.name(), decrypt.apply(String.valueOf(v)));
			}
		}
		return out;
	}

	/** Copies into {@code stored} each personal number of {@code before} that {@code stored} leaves out. */
	static void keepSecrets(String category, Map<String, Object> before, Map<String, Object> stored) {
		for (Field f : of(category)) {
			if (f.secret() && !stored.containsKey(f.name()) && before.get(f.name()) != null) {
				stored.put(f.name(), before.get(f.name()));
			}
		}
	}

	/** The stored fields as answered: personal numbers decrypted by {@code decrypt} and masked. */
	static Map<String, Object> view(String category, Map<String, Object> stored, UnaryOperator<String> decrypt) {
		Map<String, Object> out = new LinkedHashMap<>();
		for (Field f : of(category)) {
			Object v = stored.get(f.name());
			if (v == null) {
				continue;
			}
			if (f.secret()) {
				String clear = decrypt.apply(String.valueOf(v));
				out.put(f.name(), f.kind() == Kind.PHONE ? Masks.phone(clear) : Masks.idNumber(clear));
			} else {
				out.put(f.name(), v);
			}
		}
		return out;
	}

	private static String problem(Field f, String value) {
		return switch (f.kind()) {
			case TEXT -> value.length() > 500 ? "special.field.too-long" : null;
			case DATE -> {
				try {
					LocalDate.parse(value);
					yield null;
				} catch (DateTimeParseException e) {
					yield "special.field.date";
				}
			}
			case CODE -> f.codes().contains(value) ? null : "special.field.code";
			case LEVEL -> value.matches("\\d{1,2}") && Integer.parseInt(value) >= f.min() && Integer.parseInt(value) <= f.max()
					? null : "special.field.level";
			case ID_NUMBER -> value.length() == 15 ? "special.field.id-number-legacy"
					: IdNumbers.isValid(value.toUpperCase()) ? null : "special.field.id-number";
			case PHONE -> PhoneNumbers.isValid(value) ? null : "special.field.phone";
		};
	}

	private static Field text(String name, boolean required) {
		return new Field(name, Kind.TEXT, required, List.of(), List.of(), 0, 0);
	}

	private static Field date(String name, boolean required) {
		return new Field(name, Kind.DATE, required, List.of(), List.of(), 0, 0);
	}

	private static Field code(String name, boolean required, List<FieldCodes.Option> options) {
		return new Field(name, Kind.CODE, required, options.stream().map(FieldCodes.Option::code).toList(), options, 0, 0);
	}

	private static Field secret(String name, Kind kind) {
		return new Field(name, kind, false, List.of(), List.of(), 0, 0);
	}
}
