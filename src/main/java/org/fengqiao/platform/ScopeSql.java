package org.fengqiao.platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one data-scope filter every repository uses. A {@link Rule} per kind of record declares which of its
 * columns play which {@link Part}; it gives a constant SQL condition (named parameters only, never SQL built
 * from a scope) that a query carries where it writes {@value #PLACEHOLDER}, and its Java twin
 * {@link Rule#permits} for a single record already in hand. {@link #bind} binds every scope parameter.
 * A test fails when main code reads a scoped table without the placeholder or {@link ReadsAcrossScopes}.
 * <p>
 * Every part is written so that an index can answer it: region and grid subtrees as prefix matches
 * ({@code ^@ ANY}, which an SP-GiST index answers), departments and users as equalities. A table read by scopes
 * that see little of it (a grid member among a county's cases) indexes each column its rule names, and PostgreSQL
 * then ORs those indexes instead of reading the table. Which plan is best depends on the scope, so such a query is
 * planned for its values: see {@link #planForTheCaller}.
 */
public final class ScopeSql {

	/** Where a query's SQL takes its rule's condition. */
	public static final String PLACEHOLDER = "{scope}";

	/** The part a column plays in a visibility rule. */
	public enum Part {
		/** A padded region code inside the scope's regions. */
		REGION,
		/** A padded region code inside the scope's regions, for scopes that see whole regions. */
		WHOLE_REGION,
		/** A padded region code inside the scope's regions or an ancestor of one (breadcrumbs). */
		REGION_OR_ANCESTOR,
		/** A free region prefix (null: everywhere) inside the scope's regions or an ancestor of one. */
		PREFIX_OR_ANCESTOR,
		/** A department code among the scope's departments. */
		UNIT,
		/** An array of department codes, one of them among the scope's departments. */
		UNITS,
		/** A grid code inside one of the scope's grids. */
		GRID,
		/** A username: the caller's. */
		USER,
		/** A padded region code inside the scope's regions, for scopes with grids: a village's grid members. */
		GRID_MEMBERS_REGION
	}

	/** One column and the part it plays. */
	public record Column(Part part, String name) {
	}

	/**
	 * A visibility rule: a record is visible when any of its columns matches the scope in the part it plays.
	 * Declare it once as a constant per kind of record.
	 */
	public static final class Rule {

		private final List<Column> columns;
		private final String condition;

		private Rule(List<Column> columns) {
			if (columns.isEmpty()) {
				throw new IllegalArgumentException("a rule needs a column");
			}
			this.columns = List.copyOf(columns);
			this.condition = this.columns.stream().map(ScopeSql::sql).collect(Collectors.joining(" OR ", "(", ")"));
		}

		/** Also visible when {@code column} plays {@code part}. */
		public Rule or(Part part, String column) {
			List<Column> more = new ArrayList<>(columns);
			more.add(new Column(part, column));
			return new Rule(more);
		}

		/** Also visible when any column of {@code more} matches, in the part it plays there. */
		public Rule or(Rule more) {
			List<Column> all = new ArrayList<>(columns);
			all.addAll(more.columns);
			return new Rule(all);
		}

		/** The constant SQL condition over the declared columns. */
		public String condition() {
			return condition;
		}

		/** The SQL with every {@value #PLACEHOLDER} replaced by the condition; call once, into a constant. */
		public String sql(String sql) {
			if (!sql.contains(PLACEHOLDER)) {
				throw new IllegalArgumentException("no " + PLACEHOLDER + " in " + sql);
			}
			return sql.replace(PLACEHOLDER, condition);
		}

		/**
		 * The Java twin of {@link #condition}: one value per declared column, in declaration order (a
		 * collection of department codes for {@link Part#UNITS}).
		 */
		public boolean permits(DataScope scope, Object... values) {
			if (values.length != columns.size()) {
				throw new IllegalArgumentException(columns.size() + " values expected, got " + values.length);
			}
			for (int i = 0; i < values.length; i++) {
				if (ScopeSql.permits(scope, columns.get(i).part(), values[i])) {
					return true;
				}
			}
			return false;
		}
	}

	private ScopeSql() {
	}

	/** A rule whose first column is {@code column}, playing {@code part}. */
	public static Rule rule(Part part, String column) {
		return new Rule(List.of(new Column(part, column)));
	}

	/** Binds every scope parameter a rule's condition may use. */
	public static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, DataScope scope) {
		String[] regions = scope.regionPrefixes();
		return spec.param("scopeRegions", regions)
			.param("scopeWholeRegions", scope.wholeRegions() ? regions : new String[0])
			.param("scopeAncestors", scope.ancestors().toArray(String[]::new))
			.param("scopeAncestorPrefixes", scope.ancestorPrefixes().toArray(String[]::new))
			.param("scopeUnits", scope.departments().toArray(String[]::new))
			.param("scopeGrids", scope.grids().toArray(String[]::new))
			.param("scopeUser", scope.username() == null ? "" : scope.username())
			.param("scopeGridRegions", scope.grids().isEmpty() ? new String[0] : regions);
	}

	/**
	 * Plans the transaction's next statements for their values. A scoped query's best plan depends on the scope:
	 * a grid member's few cases are found through the indexes the rule names, a town's many by reading the newest
	 * first; a plan made once for any scope (PostgreSQL's generic plan, taken after a statement has run a few times
	 * on a connection) reads the whole table for the grid member. Call inside a transaction, before a list, count
	 * or statistics query over a large scoped table; it costs a plan per statement (well under a millisecond).
	 * Their sequential scans start at the table's first page, not where the last scan of it stopped: a count that
	 * stops at its cap then costs the same each time (a two-character search counted 21,680 to 67,654 rows past
	 * before its cap over a million cases, 65–183 ms, by where the last search had left off); a scan that reads the
	 * whole table is not changed by it. One round trip sets both.
	 */
	public static void planForTheCaller(JdbcClient jdbc) {
		jdbc.sql("SELECT set_config('plan_cache_mode', 'force_custom_plan', true),"
				+ " set_config('synchronize_seqscans', 'off', true)").query((rs, i) -> 1).list();
	}

	private static String sql(Column c) {
		String n = c.name();
		return switch (c.part()) {
			case REGION -> n + " ^@ ANY (CAST(:scopeRegions AS text[]))";
			// planned for the caller's values, a scope that sees no whole region drops this part before planning
			case WHOLE_REGION -> "(cardinality(CAST(:scopeWholeRegions AS text[])) > 0 AND " + n
					+ " ^@ ANY (CAST(:scopeWholeRegions AS text[])))";
			case REGION_OR_ANCESTOR -> n + " ^@ ANY (CAST(:scopeRegions AS text[])) OR " + n + " = ANY (:scopeAncestors)";
			case PREFIX_OR_ANCESTOR -> n + " IS NULL OR " + n + " ^@ ANY (CAST(:scopeRegions AS text[])) OR " + n
					+ " = ANY (:scopeAncestorPrefixes)";
			case UNIT -> n + " = ANY (:scopeUnits)";
			// says what && implies, so an index of only the rows with units (WHERE cardinality(…) > 0) answers it
			case UNITS -> "(cardinality(" + n + ") > 0 AND " + n + " && CAST(:scopeUnits AS varchar[]))";
			case GRID -> n + " ^@ ANY (CAST(:scopeGrids AS text[]))";
			case USER -> n + " = :scopeUser";
			case GRID_MEMBERS_REGION -> n + " ^@ ANY (CAST(:scopeGridRegions AS text[]))";
		};
	}

	private static boolean permits(DataScope scope, Part part, Object value) {
		return switch (part) {
			case REGION -> scope.covers((String) value);
			case WHOLE_REGION -> scope.seesAllOf((String) value);
			case REGION_OR_ANCESTOR -> scope.touches((String) value);
			case PREFIX_OR_ANCESTOR -> value == null || prefixTouches(scope, (String) value);
			case UNIT -> value != null && scope.hasDepartment((String) value);
			case UNITS -> value != null && ((Collection<?>) value).stream().anyMatch(scope.departments()::contains);
			case GRID -> value != null && scope.grids().stream().anyMatch(((String) value)::startsWith);
			case USER -> value != null && value.equals(scope.username());
			case GRID_MEMBERS_REGION -> !scope.grids().isEmpty() && scope.covers((String) value);
		};
	}

	private static boolean prefixTouches(DataScope scope, String prefix) {
		return scope.regions().stream().map(RegionCodes::prefix)
			.anyMatch(r -> prefix.startsWith(r) || r.startsWith(prefix));
	}
}
