package org.fengqiao.people.special;

import java.util.List;

import org.fengqiao.platform.ApiException;
import org.fengqiao.platform.Caller;
import org.fengqiao.platform.ValidationException;
import org.fengqiao.platform.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The two tables administrators edit: the special-population categories and the follow-up rules. */
@Service
class FollowUpTables {

	/** A category of the code table. */
	record Category(@NotBlank @Pattern(regexp = "\\d{2}") String code, @NotBlank @Size(max = 50) String name,
			@NotBlank @Size(max = 80) String nameEn, boolean judicial, boolean active) {
	}

	/** A rule as written and answered; null conditions match every file. */
	record Rule(Long id, @NotNull FollowUpRule.Duty duty, @Size(max = 2) String categoryCode, RiskLevel riskLevel,
			Boolean keyPerson, Integer dangerMin, Integer dangerMax, @NotNull Frequency frequency) {
	}

	private final JdbcClient jdbc;
	private final AuditLog audit;

	FollowUpTables(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	List<Category> categories() {
		return jdbc.sql("SELECT code, name, name_en, judicial, active FROM special_population_categories ORDER BY sort, code")
			.query((rs, i) -> new Category(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getBoolean(5)))
			.list();
	}

	@Transactional
	Category saveCategory(Category c, Caller caller) {
		caller.requireWrite("special.forbidden");
		jdbc.sql("""
				INSERT INTO special_population_categories (code, name, name_en, judicial, active, sort)
				VALUES (:code, :name, :nameEn, :judicial, :active, CAST(:code AS integer))
				ON CONFLICT (code) DO UPDATE SET name = :name, name_en = :nameEn, judicial = :judicial, active = :active
				""").param("code", c.code()).param("name", c.name()).param("nameEn", c.nameEn()).param("judicial", c.judicial())
			.param("active", c.active()).update();
		audit.record("SAVE", "special-population-category", c.code());
		return c;
	}

	List<Rule> rules() {
		return jdbc.sql("""
				SELECT id, duty, category_code, risk_level, key_person, danger_min, danger_max, frequency FROM follow_up_rules
				ORDER BY id""").query((rs, i) -> new Rule(rs.getLong(1), FollowUpRule.Duty.valueOf(rs.getString(2)),
				rs.getString(3), rs.getString(4) == null ? null : RiskLevel.valueOf(rs.getString(4)), (Boolean) rs.getObject(5),
				(Integer) rs.getObject(6, Integer.class), (Integer) rs.getObject(7, Integer.class),
				Frequency.valueOf(rs.getString(8)))).list();
	}

	@Transactional
	Rule addRule(Rule r, Caller caller) {
		caller.requireWrite("special.forbidden");
		if (r.categoryCode() != null && categories().stream().noneMatch(c -> c.code().equals(r.categoryCode()))) {
			throw ValidationException.of("categoryCode", "special.field.code");
		}
		if ((r.dangerMin() != null && (r.dangerMin() < 0 || r.dangerMin() > 5))
				|| (r.dangerMax() != null && (r.dangerMax() < 0 || r.dangerMax() > 5 || (r.dangerMin() != null && r.dangerMax() < r.dangerMin())))) {
			throw ValidationException.of("dangerMax", "special.field.level");
		}
		long id = jdbc.sql("""
				INSERT INTO follow_up_rules (duty, category_code, risk_level, key_person, danger_min, danger_max, frequency)
				VALUES (:duty, :category, :risk, :key, :min, :max, :frequency) RETURNING id
				""").param("duty", r.duty().name()).param("category", r.categoryCode())
			.param("risk", r.riskLevel() == null ? null : r.riskLevel().name()).param("key", r.keyPerson())
			.param("min", r.dangerMin()).param("max", r.dangerMax()).param("frequency", r.frequency().name())
			.query(Long.class).single();
		audit.record("CREATE", "follow-up-rule", String.valueOf(id));
		return new Rule(id, r.duty(), r.categoryCode(), r.riskLevel(), r.keyPerson(), r.dangerMin(), r.dangerMax(), r.frequency());
	}

	@Transactional
	void deleteRule(long id, Caller caller) {
		caller.requireWrite("special.forbidden");
		if (jdbc.sql("DELETE FROM follow_up_rules WHERE id = :id").param("id", id).update() == 0) {
			throw ApiException.notFound("special.rule-not-found", id);
		}
		audit.record("DELETE", "follow-up-rule", String.valueOf(id));
	}
}
