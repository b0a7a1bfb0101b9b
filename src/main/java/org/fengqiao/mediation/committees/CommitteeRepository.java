package org.fengqiao.mediation.committees;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fengqiao.mediation.MediatorKind;
import org.fengqiao.platform.DataScope;
import org.fengqiao.platform.ScopeSql;
import org.fengqiao.platform.ScopeSql.Part;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Committees and their mediators; a committee belongs to its place (the village or the town it serves). */
@Repository
public class CommitteeRepository {

	/** A committee is seen by whoever sees its place. */
	static final ScopeSql.Rule RULE = ScopeSql.rule(Part.REGION_OR_ANCESTOR, "m.region_code");

	private static final String LIST = RULE.sql("""
			SELECT m.id, m.region_code, m.name, m.short_name, m.host_unit, m.active,
			       d.id AS mediator_id, d.name AS mediator_name, d.kind, d.title, d.active AS mediator_active
			FROM mediation_committees m LEFT JOIN mediators d ON d.committee_id = m.id
			WHERE m.region_code LIKE :prefix AND {scope}
			ORDER BY m.region_code, d.kind, d.id
			""");

	private static final String MEDIATORS = RULE.sql("""
			SELECT d.id, d.name, m.region_code FROM mediators d JOIN mediation_committees m ON m.id = d.committee_id
			WHERE d.id = ANY (:ids) AND d.active AND {scope}
			""");

	/** A committee with its roster. */
	public record Committee(long id, String regionCode, String name, String shortName, String hostUnit, boolean active,
			List<Mediator> mediators) {
	}

	public record Mediator(long id, String name, MediatorKind kind, String title, boolean active) {
	}

	/** A mediator picked for a session or an agreement: name and the committee's place. */
	public record Picked(long id, String name, String regionCode) {
	}

	private final JdbcClient jdbc;

	CommitteeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Committee> list(String prefix, DataScope scope) {
		Map<Long, Committee> out = new LinkedHashMap<>();
		ScopeSql.bind(jdbc.sql(LIST).param("prefix", prefix + "%"), scope).query(rs -> {
			long id = rs.getLong("id");
			Committee c = out.computeIfAbsent(id, k -> {
				try {
					return new Committee(id, rs.getString("region_code"), rs.getString("name"), rs.getString("short_name"),
							rs.getString("host_unit"), rs.getBoolean("active"), new java.util.ArrayList<>());
				} catch (java.sql.SQLException e) {
					throw new IllegalStateException(e);
				}
			});
			if (rs.getObject("mediator_id") != null) {
				c.mediators().add(new Mediator(rs.getLong("mediator_id"), rs.getString("mediator_name"),
						MediatorKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getBoolean("mediator_active")));
			}
		});
		return List.copyOf(out.values());
	}

	public Optional<Committee> find(long id, DataScope scope) {
		return list("", scope).stream().filter(c -> c.id() == id).findFirst();
	}

	/** The active mediators among these ids that the caller sees. */
	public List<Picked> mediators(List<Long> ids, DataScope scope) {
		return ScopeSql.bind(jdbc.sql(MEDIATORS).param("ids", ids.toArray(Long[]::new)), scope)
			.query((rs, i) -> new Picked(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
	}

	long insert(String regionCode, String name, String shortName, String hostUnit, Instant now) {
		return jdbc.sql("""
				INSERT INTO mediation_committees (region_code, name, short_name, host_unit, created_at)
				VALUES (:region, :name, :short, :host, :now) ON CONFLICT (region_code) DO NOTHING RETURNING id
				""").param("region", regionCode).param("name", name).param("short", shortName).param("host", hostUnit)
			.param("now", Timestamp.from(now)).query(Long.class).optional().orElse(-1L);
	}

	void update(long id, String name, String shortName, boolean active) {
		jdbc.sql("UPDATE mediation_committees SET name = :name, short_name = :short, active = :active WHERE id = :id")
			.param("name", name).param("short", shortName).param("active", active).param("id", id).update();
	}

	long insertMediator(long committee, String name, MediatorKind kind, String title, Instant now) {
		return jdbc.sql("""
				INSERT INTO mediators (committee_id, name, kind, title, created_at)
				VALUES (:committee, :name, :kind, :title, :now) RETURNING id
				""").param("committee", committee).param("name", name).param("kind", kind.name()).param("title", title)
			.param("now", Timestamp.from(now)).query(Long.class).single();
	}

	int updateMediator(long committee, long id, String name, MediatorKind kind, String title, boolean active) {
		return jdbc.sql("""
				UPDATE mediators SET name = :name, kind = :kind, title = :title, active = :active
				WHERE id = :id AND committee_id = :committee
				""").param("name", name).param("kind", kind.name()).param("title", title).param("active", active)
			.param("id", id).param("committee", committee).update();
	}
}
