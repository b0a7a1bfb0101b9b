package org.fengqiao.scope;

import org.fengqiao.platform.ReadsAcrossScopes;
import org.fengqiao.platform.ScopeSql;

/** Fixtures for {@link ScopeFilterTests}: reads the scanner must catch, and reads it must let pass. */
final class ScopeFilterFixtures {

	/** Reads a scoped table as a plain constant, with no filter. */
	static final class Unfiltered {
		String sql() {
			return "SELECT id, number FROM cases WHERE status = :status";
		}
	}

	/** Joins a scoped table in a concatenation built at run time. */
	static final class UnfilteredJoin {
		String sql(String columns) {
			return "SELECT " + columns + " FROM notes n JOIN grids g ON g.code = n.grid_code WHERE n.id = :id";
		}
	}

	/** Carries the marker, but with no reason. */
	static final class BlankReason {
		@ReadsAcrossScopes(reason = " ")
		String sql() {
			return "SELECT count(*) FROM staff";
		}
	}

	/** Reads through a rule's placeholder, and across scopes with a reason. */
	static final class Allowed {
		static final ScopeSql.Rule RULE = ScopeSql.rule(ScopeSql.Part.REGION, "region_code");

		String filtered() {
			return RULE.sql("SELECT code FROM grids WHERE {scope}");
		}

		@ReadsAcrossScopes(reason = "a sweeper walks every town")
		String sweeper() {
			return "SELECT id FROM cases WHERE overdue";
		}

		String deletes() {
			return "DELETE FROM cases WHERE id = :id";
		}
	}

	private ScopeFilterFixtures() {
	}
}
