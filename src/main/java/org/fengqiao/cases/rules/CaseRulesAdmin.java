package org.fengqiao.cases.rules;

import org.fengqiao.cases.CaseKind;
import org.fengqiao.cases.CaseLevel;
import org.fengqiao.cases.Category;
import org.fengqiao.cases.Priority;
import org.fengqiao.cases.lifecycle.CaseRows;
import java.util.List;

import org.fengqiao.directory.Directory;
import org.fengqiao.platform.ApiException;
import org.fengqiao.platform.Caller;
import org.fengqiao.platform.DataScope;
import org.fengqiao.platform.ScopeSql;
import org.fengqiao.platform.ValidationException;
import org.fengqiao.platform.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators edit the case rules that are data: routing rules, SLA policies and categories. Every
 * write is checked by the plain-Java rule records, audited, and seen by {@link CaseRules} at once.
 */
@Service
public class CaseRulesAdmin {

	public record RuleBody(String category, String regionPrefix, CaseLevel level, String leadUnit, List<String> coUnits,
			Integer priority, Boolean autoDispatch) {
	}

	public record RuleView(long id, String category, String regionPrefix, CaseLevel level, String leadUnit,
			List<String> coUnits, int priority, boolean autoDispatch) {
	}

	public record SlaBody(CaseKind kind, String category, Priority priority, Integer signForHours, Integer handlingWorkingDays,
			Double warningFraction, String regionPrefix) {
	}

	public record SlaView(long id, CaseKind kind, String category, Priority priority, int signForHours,
			int handlingWorkingDays, double warningFraction, String regionPrefix) {
	}

	public record CategoryBody(String code, String name, CaseKind kind, String parentCode, Boolean anonymousAllowed,
			Boolean active) {
	}

	/** A routing rule is visible in the places it covers and to the places it applies to (a county's rule to its towns). */
	static final ScopeSql.Rule VISIBLE_RULE = ScopeSql.rule(ScopeSql.Part.PREFIX_OR_ANCESTOR, "region_prefix");
	private static final String RULES = VISIBLE_RULE.sql("""
			SELECT id, category_code, region_prefix, level, lead_unit, co_units, priority, auto_dispatch
			FROM routing_rules WHERE {scope} AND (CAST(:id AS bigint) IS NULL OR id = :id) ORDER BY id
			""");
	/** The SLA policies a caller sees: those of their places, of the county above, and those for everywhere. */
	private static final String SLA_POLICIES = VISIBLE_RULE.sql("""
			SELECT id, kind, category_code, priority, sign_for_hours, handling_working_days, warning_fraction, region_prefix
			FROM sla_policies WHERE {scope} AND (CAST(:id AS bigint) IS NULL OR id = :id) ORDER BY kind, id
			""");

	private final JdbcClient jdbc;
	private final CaseRules rules;
	private final Directory directory;
	private final AuditLog audit;

	CaseRulesAdmin(JdbcClient jdbc, CaseRules rules, Directory directory, AuditLog audit) {
		this.jdbc = jdbc;
		this.rules = rules;
		this.directory = directory;
		this.audit = audit;
	}

	/** The routing rules of the caller's places: their own, and those of the county or wider that apply there. */
	public List<RuleView> routingRules(DataScope scope) {
		return routingRules(scope, null);
	}

	private List<RuleView> routingRules(DataScope scope, Long id) {
		return ScopeSql.bind(jdbc.sql(RULES), scope).param("id", id)
			.query((rs, i) -> new RuleView(rs.getLong("id"), rs.getString("category_code"), rs.getString("region_prefix"),
					CaseLevel.valueOf(rs.getString("level")), rs.getString("lead_unit"),
					CaseRows.strings(rs.getArray("co_units")), rs.getInt("priority"), rs.getBoolean("auto_dispatch")))
			.list();
	}

	@Transactional
	public RuleView saveRule(Long id, RuleBody body, Caller caller) {
		caller.requireWrite("case.rules-forbidden");
		RoutingRule rule = checked(body);
		Long saved = id == null ? jdbc.sql("""
				INSERT INTO routing_rules (category_code, region_prefix, level, lead_unit, co_units, priority, auto_dispatch)
				VALUES (:category, :prefix, :level, :lead, :coUnits, :priority, :auto) RETURNING id
				""").params(ruleParams(rule, body)).query(Long.class).single() : updateRule(id, rule, body);
		audit.record(id == null ? "ROUTING_RULE_CREATE" : "ROUTING_RULE_UPDATE", "routing-rule", String.valueOf(saved));
		rules.changed();
		return routingRules(caller.scope(), saved).get(0);
	}

	@Transactional
	public void deleteRule(long id, Caller caller) {
		caller.requireWrite("case.rules-forbidden");
		if (jdbc.sql("DELETE FROM routing_rules WHERE id = :id").param("id", id).update() == 0) {
			throw ApiException.notFound("case.rule-not-found", id);
		}
		audit.record("ROUTING_RULE_DELETE", "routing-rule", String.valueOf(id));
		rules.changed();
	}

	/** The SLA policies of the caller's places, of the county above them, and those for everywhere. */
	public List<SlaView> slaPolicies(DataScope scope) {
		return slaPolicies(scope, null);
	}

	private List<SlaView> slaPolicies(DataScope scope, Long id) {
		return ScopeSql.bind(jdbc.sql(SLA_POLICIES), scope).param("id", id).query((rs, i) -> new SlaView(rs.getLong("id"),
				CaseKind.valueOf(rs.getString("kind")), rs.getString("category_code"),
				rs.getString("priority") == null ? null : Priority.valueOf(rs.getString("priority")),
				rs.getInt("sign_for_hours"), rs.getInt("handling_working_days"), rs.getDouble("warning_fraction"),
				rs.getString("region_prefix")))
			.list();
	}

	@Transactional
	public SlaView saveSla(Long id, SlaBody body, Caller caller) {
		caller.requireWrite("case.rules-forbidden");
		SlaPolicy policy;
		try {
			policy = new SlaPolicy(body.kind(), blankToNull(body.category()), body.priority(),
					body.signForHours() == null ? 0 : body.signForHours(),
					body.handlingWorkingDays() == null ? 0 : body.handlingWorkingDays(),
					body.warningFraction() == null ? 0 : body.warningFraction(), blankToNull(body.regionPrefix()));
		} catch (IllegalArgumentException | NullPointerException e) {
			throw ValidationException.of("body", "case.sla-invalid");
		}
		if (policy.category() != null && rules.category(policy.category()).isEmpty()) {
			throw ValidationException.of("category", "case.category-invalid");
		}
		var params = new java.util.HashMap<String, Object>();
		params.put("kind", policy.kind().name());
		params.put("category", policy.category());
		params.put("priority", policy.priority() == null ? null : policy.priority().name());
		params.put("sign", policy.signForHours());
		params.put("days", policy.handlingWorkingDays());
		params.put("warning", policy.warningFraction());
		params.put("prefix", policy.regionPrefix());
		long saved;
		if (id == null) {
			saved = jdbc.sql("""
					INSERT INTO sla_policies (kind, category_code, priority, sign_for_hours, handling_working_days,
					    warning_fraction, region_prefix)
					VALUES (:kind, :category, :priority, :sign, :days, :warning, :prefix) RETURNING id
					""").params(params).query(Long.class).single();
		} else {
			params.put("id", id);
			if (jdbc.sql("""
					UPDATE sla_policies SET kind = :kind, category_code = :category, priority = :priority,
					       sign_for_hours = :sign, handling_working_days = :days, warning_fraction = :warning,
					       region_prefix = :prefix
					WHERE id = :id
					""").params(params).update() == 0) {
				throw ApiException.notFound("case.rule-not-found", id);
			}
			saved = id;
		}
		audit.record(id == null ? "SLA_POLICY_CREATE" : "SLA_POLICY_UPDATE", "sla-policy", String.valueOf(saved));
		rules.changed();
		return slaPolicies(caller.scope(), saved).get(0);
	}

	@Transactional
	public Category saveCategory(String code, CategoryBody body, Caller caller) {
		caller.requireWrite("case.rules-forbidden");
		if (code == null) {
			if (body.code() == null || !body.code().matches("[A-Z][A-Z0-9_]{1,39}")) {
				throw ValidationException.of("code", "case.category-code-invalid");
			}
			if (body.kind() == null || body.name() == null || body.name().isBlank() || body.name().length() > 50) {
				throw ValidationException.of(body.kind() == null ? "kind" : "name", "validation.required");
			}
			if (body.parentCode() != null) {
				CaseKind kind = body.kind();
				Category parent = rules.category(body.parentCode()).filter(p -> p.parentCode() == null && p.kind() == kind)
					.orElseThrow(() -> ValidationException.of("parentCode", "case.category-parent-invalid"));
				body = new CategoryBody(body.code(), body.name(), body.kind(), parent.code(), body.anonymousAllowed(),
						body.active());
			}
			jdbc.sql("""
					INSERT INTO case_categories (code, name, kind, parent_code, sort_order, anonymous_allowed)
					VALUES (:code, :name, :kind, :parent, 100, :anonymous)
					""").param("code", body.code()).param("name", body.name().trim()).param("kind", body.kind().name())
				.param("parent", body.parentCode()).param("anonymous", Boolean.TRUE.equals(body.anonymousAllowed())).update();
			code = body.code();
		} else if (jdbc.sql("""
				UPDATE case_categories SET name = COALESCE(:name, name),
				       anonymous_allowed = COALESCE(:anonymous, anonymous_allowed), active = COALESCE(:active, active)
				WHERE code = :code
				""").param("code", code).param("name", blankToNull(body.name())).param("anonymous", body.anonymousAllowed())
			.param("active", body.active()).update() == 0) {
			throw ApiException.notFound("case.category-not-found", code);
		}
		audit.record("CATEGORY_SAVE", "category", code);
		rules.changed();
		String saved = code;
		return jdbc.sql("SELECT code, name, kind, parent_code, anonymous_allowed FROM case_categories WHERE code = :code")
			.param("code", saved).query((rs, i) -> new Category(rs.getString("code"), rs.getString("name"),
					CaseKind.valueOf(rs.getString("kind")), rs.getString("parent_code"), rs.getBoolean("anonymous_allowed"),
					List.of()))
			.single();
	}

	private RoutingRule checked(RuleBody body) {
		RoutingRule rule;
		try {
			rule = new RoutingRule(blankToNull(body.category()), blankToNull(body.regionPrefix()), body.level(),
					body.leadUnit(), body.coUnits(), body.priority() == null ? 0 : body.priority());
		} catch (IllegalArgumentException | NullPointerException e) {
			throw ValidationException.of("body", "case.rule-invalid");
		}
		if (rule.category() != null && rules.category(rule.category()).isEmpty()) {
			throw ValidationException.of("category", "case.category-invalid");
		}
		if (directory.department(rule.leadUnit()).isEmpty()) {
			throw ValidationException.of("leadUnit", "case.unit-invalid");
		}
		for (String co : rule.coUnits()) {
			if (directory.department(co).isEmpty()) {
				throw ValidationException.of("coUnits", "case.unit-invalid");
			}
		}
		return rule;
	}

	private long updateRule(long id, RoutingRule rule, RuleBody body) {
		var params = ruleParams(rule, body);
		params.put("id", id);
		if (jdbc.sql("""
				UPDATE routing_rules SET category_code = :category, region_prefix = :prefix, level = :level,
				       lead_unit = :lead, co_units = :coUnits, priority = :priority, auto_dispatch = :auto
				WHERE id = :id
				""").params(params).update() == 0) {
			throw ApiException.notFound("case.rule-not-found", id);
		}
		return id;
	}

	private static java.util.Map<String, Object> ruleParams(RoutingRule rule, RuleBody body) {
		var params = new java.util.HashMap<String, Object>();
		params.put("category", rule.category());
		params.put("prefix", rule.regionPrefix());
		params.put("level", rule.level().name());
		params.put("lead", rule.leadUnit());
		params.put("coUnits", rule.coUnits().toArray(String[]::new));
		params.put("priority", rule.priority());
		params.put("auto", Boolean.TRUE.equals(body.autoDispatch()));
		return params;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
