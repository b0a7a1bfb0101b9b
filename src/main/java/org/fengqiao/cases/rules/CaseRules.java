package org.fengqiao.cases.rules;

import org.fengqiao.cases.CaseKind;
import org.fengqiao.cases.CaseLevel;
import org.fengqiao.cases.Category;
import org.fengqiao.cases.Priority;
import org.fengqiao.cases.lifecycle.CaseRows;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The case rules that are data — categories, SLA policies and routing rules — read from their tables and
 * kept for a few seconds; an administrator's change on this node is seen at once, on other nodes within
 * the refresh interval.
 */
@Component
public class CaseRules {

	private static final Duration REFRESH = Duration.ofSeconds(15);

	/** A stored routing rule: the policy value plus its id and whether intake applies it automatically. */
	public record StoredRule(long id, RoutingRule rule, boolean autoDispatch) {
	}

	private record Snapshot(Instant loadedAt, Map<String, Category> categories, SlaPolicies sla,
			List<StoredRule> rules, RoutingRules routing) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;
	private volatile Snapshot snapshot;

	CaseRules(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Optional<Category> category(String code) {
		return Optional.ofNullable(current().categories().get(code));
	}

	public Map<String, Category> categories() {
		return current().categories();
	}

	public SlaPolicy sla(CaseKind kind, String category, Priority priority, String regionCode) {
		return current().sla().policyFor(kind, category, priority, regionCode)
			.orElseGet(() -> SlaPolicy.defaultFor(kind));
	}

	public Optional<StoredRule> route(String category, String regionCode) {
		Snapshot s = current();
		String parent = Optional.ofNullable(s.categories().get(category)).map(Category::parentCode).orElse(null);
		return s.routing().route(category, parent, regionCode)
			.flatMap(rule -> s.rules().stream().filter(r -> r.rule().equals(rule)).findFirst());
	}

	List<StoredRule> rules() {
		return current().rules();
	}

	public void changed() {
		snapshot = null;
	}

	private Snapshot current() {
		Snapshot s = snapshot;
		if (s == null || s.loadedAt().plus(REFRESH).isBefore(clock.instant())
				|| s.loadedAt().isAfter(clock.instant())) {
			s = load();
			snapshot = s;
		}
		return s;
	}

	@org.fengqiao.platform.ReadsAcrossScopes(reason = "routing and time limits apply the rules of every place to the case at hand")
	private Snapshot load() {
		Map<String, Category> categories = jdbc.sql("""
				SELECT code, name, kind, parent_code, anonymous_allowed FROM case_categories WHERE active
				ORDER BY kind, sort_order, code
				""").query((rs, i) -> new Category(rs.getString("code"), rs.getString("name"),
				CaseKind.valueOf(rs.getString("kind")), rs.getString("parent_code"), rs.getBoolean("anonymous_allowed"),
				List.of())).list().stream()
			.collect(Collectors.toMap(Category::code, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
		List<SlaPolicy> policies = jdbc.sql("""
				SELECT kind, category_code, priority, sign_for_hours, handling_working_days, warning_fraction, region_prefix
				FROM sla_policies ORDER BY id
				""").query((rs, i) -> new SlaPolicy(CaseKind.valueOf(rs.getString("kind")), rs.getString("category_code"),
				rs.getString("priority") == null ? null : Priority.valueOf(rs.getString("priority")),
				rs.getInt("sign_for_hours"), rs.getInt("handling_working_days"), rs.getDouble("warning_fraction"),
				rs.getString("region_prefix")))
			.list();
		List<StoredRule> rules = jdbc.sql("""
				SELECT id, category_code, region_prefix, level, lead_unit, co_units, priority, auto_dispatch
				FROM routing_rules ORDER BY id
				""").query((rs, i) -> new StoredRule(rs.getLong("id"), new RoutingRule(rs.getString("category_code"),
				rs.getString("region_prefix"), CaseLevel.valueOf(rs.getString("level")), rs.getString("lead_unit"),
				CaseRows.strings(rs.getArray("co_units")), rs.getInt("priority")), rs.getBoolean("auto_dispatch")))
			.list();
		return new Snapshot(clock.instant(), categories, new SlaPolicies(policies), rules,
				new RoutingRules(rules.stream().map(StoredRule::rule).toList()));
	}
}
