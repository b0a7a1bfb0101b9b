package org.fengqiao.scope;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fengqiao.FengqiaoApplication;
import org.junit.jupiter.api.Test;

/**
 * Every read of a scoped table in the application goes through {@link org.fengqiao.platform.ScopeSql}'s filter,
 * or says why it rightly reads across scopes.
 */
class ScopeFilterTests {

	/** The tables whose rows belong to a place, a unit or a person, and why. */
	static final Map<String, String> SCOPED = new LinkedHashMap<>();
	static {
		SCOPED.put("cases", "a case belongs to its place, its units, its grid and its people (CaseVisibility)");
		SCOPED.put("regions", "divisions are seen inside the scope and as its breadcrumbs");
		SCOPED.put("grids", "grids are registers of their village");
		SCOPED.put("departments", "units belong to their town or county");
		SCOPED.put("staff", "staff belong to their place and unit; their phone numbers are personal data");
		SCOPED.put("routing_rules", "routing rules are a town's or a county's");
		SCOPED.put("sla_policies", "rules as data: a caller sees only their town's or county's");
		SCOPED.put("audit_log", "who did what, where: administrators only");
		SCOPED.put("special_populations", "a file is read by its team, its village's grid members, the town center, "
				+ "the police station and, for its categories, the judicial office (SpecialFileVisibility)");
		SCOPED.put("duty_roster", "a center's duty leaders are seen where the center is");
		SCOPED.put("households", "households are registers of their village and grid");
		SCOPED.put("residents", "residents are registers of their village and grid; their numbers are personal data");
		SCOPED.put("case_rollups", "sums over every case of a village: exact only for callers who see whole regions");
		SCOPED.put("mediation_committees", "a committee and its roster are seen where its village or town is seen");
		SCOPED.put("petitioners", "the petitioner register is confidential: read by its town's center leaders and petition office");
		SCOPED.put("screening_rounds", "a town's screening rounds are seen in the town and from its villages");
		SCOPED.put("screening_round_villages", "a village's answer to a round is seen inside the village's region");
		SCOPED.put("daily_reports", "a village's daily reports are seen inside the village's region");
		SCOPED.put("settlement_rollups", "sums over every dispute of a village: for callers who see whole regions");
		// Not listed: child tables read by their parent's key once the parent passed its rule
		// (case_events, case_co_units, staff_grids, stored_files through FileAccessPolicy), notifications
		// (read by recipient: the caller's units and username), users and auth_tokens (identity's own).
	}

	private final SqlScanner scanner = new SqlScanner(List.copyOf(SCOPED.keySet()));

	@Test
	void every_read_of_a_scoped_table_carries_the_scope_filter_or_a_reason_to_read_across_scopes() throws URISyntaxException {
		Path classes = Path.of(FengqiaoApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());

		List<SqlScanner.Finding> findings = scanner.scan(classes);

		assertThat(findings).as("reads of scoped tables without {scope} or @ReadsAcrossScopes(reason)").isEmpty();
	}

	@Test
	void the_scanner_catches_a_constant_read_of_a_scoped_table_without_the_filter() {
		assertThat(scanner.scan(ScopeFilterFixtures.Unfiltered.class))
			.extracting(SqlScanner.Finding::table).containsExactly("cases");
	}

	@Test
	void the_scanner_catches_a_join_in_a_concatenation_built_at_run_time() {
		assertThat(scanner.scan(ScopeFilterFixtures.UnfilteredJoin.class))
			.extracting(SqlScanner.Finding::table).containsExactly("grids");
	}

	@Test
	void a_marker_without_a_reason_does_not_excuse_a_read() {
		assertThat(scanner.scan(ScopeFilterFixtures.BlankReason.class))
			.extracting(SqlScanner.Finding::table).containsExactly("staff");
	}

	@Test
	void reads_through_the_filter_with_a_reason_or_that_only_delete_pass() {
		assertThat(scanner.scan(ScopeFilterFixtures.Allowed.class)).isEmpty();
	}
}
