package org.fengqiao.people.excel;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.fengqiao.people.residents.ResidentRepository;
import org.fengqiao.platform.DataScope;
import org.fengqiao.platform.ReadsAcrossScopes;
import org.fengqiao.platform.ScopeSql;
import org.fengqiao.platform.crypto.PersonalDataCipher;
import org.fengqiao.platform.db.BinaryCopy;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes checked register rows set-wise: {@code COPY} into a temporary stage (numbers encrypted, hashed), then
 * one upsert of the households (village + address) and one of the residents (the ID number's keyed hash) that
 * touches only rows that really change, each change kept in the residents' history and a changed head of household
 * set on its household in the same statement. The {@code COPY} rows are made by {@link #copyRows} on the caller's
 * thread (the encryption is CPU work the database need not wait for); {@link #write} runs inside a transaction.
 */
@Repository
class RegisterWriter {

	private static final int STAGE_COLUMNS = 19;

	private static final String STAGE = """
			CREATE TEMP TABLE IF NOT EXISTS people_import_stage (
			    line int, region_code varchar(12) COLLATE "C", grid_code varchar(32) COLLATE "C", address varchar(200),
			    house_number varchar(50), security_head boolean, name varchar(50), id_number bytea, id_hash bytea,
			    gender varchar(8), birth_date date, phone bytea, phone_hash bytea, ethnicity varchar(20),
			    occupation varchar(50), kind varchar(12), permit date, relation varchar(20), tags text
			) ON COMMIT DELETE ROWS
			""";
	/** Numbers already registered in a place the importer does not see: not theirs to overwrite. */
	private static final String FOREIGN = ResidentRepository.VISIBLE.sql("""
			SELECT s.line FROM people_import_stage s JOIN residents r ON r.id_hash = s.id_hash WHERE NOT {scope}
			""");
	private static final String MOVED_GRIDS = """
			SELECT DISTINCT h.grid_code FROM people_import_stage s
			JOIN households h ON h.region_code = s.region_code AND h.address = s.address AND h.grid_code <> s.grid_code
			""";
	private static final String HOUSEHOLDS = """
			INSERT INTO households (region_code, grid_code, address, house_number, security_head, created_at, updated_at)
			SELECT region_code, (array_agg(grid_code ORDER BY line))[1], address, (array_agg(house_number ORDER BY line))[1],
			       bool_or(security_head), :now, :now
			FROM people_import_stage GROUP BY region_code, address
			ON CONFLICT (region_code, address) DO UPDATE
			SET grid_code = EXCLUDED.grid_code, house_number = EXCLUDED.house_number,
			    security_head = EXCLUDED.security_head, active = true, version = households.version + 1, updated_at = :now
			WHERE (households.grid_code, households.house_number, households.security_head, households.active)
			      IS DISTINCT FROM (EXCLUDED.grid_code, EXCLUDED.house_number, EXCLUDED.security_head, true)
			""";
	private static final String RESIDENTS = """
			WITH changed AS (
			    INSERT INTO residents (name, id_number, id_hash, gender, birth_date, phone, phone_hash, ethnicity, occupation,
			                           kind, residence_permit_until, household_id, relation, region_code, grid_code, tags,
			                           created_at, updated_at)
			    SELECT s.name, s.id_number, s.id_hash, s.gender, s.birth_date, s.phone, s.phone_hash, s.ethnicity,
			           s.occupation, s.kind, s.permit, h.id, s.relation, s.region_code, s.grid_code,
			           CAST(CASE WHEN s.tags = '' THEN '{}' ELSE string_to_array(s.tags, '、') END AS varchar(30)[]), :now, :now
			    FROM people_import_stage s JOIN households h ON h.region_code = s.region_code AND h.address = s.address
			    ON CONFLICT (id_hash) DO UPDATE
			    SET name = EXCLUDED.name,
			        phone = CASE WHEN residents.phone_hash IS NOT DISTINCT FROM EXCLUDED.phone_hash THEN residents.phone
			                     ELSE EXCLUDED.phone END,
			        phone_hash = EXCLUDED.phone_hash, ethnicity = EXCLUDED.ethnicity, occupation = EXCLUDED.occupation,
			        kind = EXCLUDED.kind, residence_permit_until = EXCLUDED.residence_permit_until,
			        household_id = EXCLUDED.household_id, relation = EXCLUDED.relation, region_code = EXCLUDED.region_code,
			        grid_code = EXCLUDED.grid_code, tags = EXCLUDED.tags, version = residents.version + 1, updated_at = :now
			    WHERE (residents.name, residents.phone_hash, residents.ethnicity, residents.occupation, residents.kind,
			           residents.residence_permit_until, residents.household_id, residents.relation, residents.region_code,
			           residents.grid_code, residents.tags)
			          IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.phone_hash, EXCLUDED.ethnicity, EXCLUDED.occupation,
			           EXCLUDED.kind, EXCLUDED.residence_permit_until, EXCLUDED.household_id, EXCLUDED.relation,
			           EXCLUDED.region_code, EXCLUDED.grid_code, EXCLUDED.tags)
			    RETURNING id, xmax = 0 AS inserted, household_id, relation
			), history AS (
			    INSERT INTO resident_events (resident_id, kind, on_date, note, actor, recorded_at)
			    SELECT id, CASE WHEN inserted THEN 'REGISTERED' ELSE 'UPDATED' END, :today, '导入', :actor, :now FROM changed
			)
			UPDATE households h SET head_id = c.id
			FROM changed c WHERE c.relation = '户主' AND h.id = c.household_id AND h.head_id IS DISTINCT FROM c.id
			""";

	private final JdbcClient jdbc;
	private final DataSource dataSource;
	private final PersonalDataCipher cipher;

	RegisterWriter(JdbcClient jdbc, DataSource dataSource, PersonalDataCipher cipher) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.cipher = cipher;
	}

	/** What a chunk did: lines refused as another place's people, and the grids whose counts may have moved. */
	record Written(Set<Integer> foreign, Set<String> grids) {
	}

	@ReadsAcrossScopes(reason = "an import writes the rows it checked against the importer's scope; "
			+ "numbers registered elsewhere are found through the scope filter and refused")
	Written write(List<CheckedRow> rows, InputStream copyRows, DataScope scope, String actor, Instant now,
			LocalDate today) throws IOException {
		jdbc.sql(STAGE).update();
		// a chunk is small beside the register: look its rows up by index instead of hashing whole tables, so a
		// chunk costs the same in a county's million residents as in an empty register
		jdbc.sql("SET LOCAL enable_hashjoin = off").update();
		jdbc.sql("SET LOCAL enable_mergejoin = off").update();
		copy(copyRows);
		Set<Integer> foreign = new TreeSet<>(ScopeSql.bind(jdbc.sql(FOREIGN), scope).query(Integer.class).list());
		if (!foreign.isEmpty()) {
			jdbc.sql("DELETE FROM people_import_stage WHERE line = ANY (:lines)")
				.param("lines", foreign.toArray(Integer[]::new)).update();
		}
		Set<String> grids = new TreeSet<>(jdbc.sql(MOVED_GRIDS).query(String.class).list());
		rows.stream().filter(r -> !foreign.contains(r.line())).forEach(r -> grids.add(r.gridCode()));
		Timestamp at = Timestamp.from(now);
		jdbc.sql(HOUSEHOLDS).param("now", at).update();
		jdbc.sql(RESIDENTS).param("now", at).param("today", java.sql.Date.valueOf(today)).param("actor", actor).update();
		return new Written(foreign, grids);
	}

	/** The rows in binary {@code COPY} format for the stage, ID numbers and phones encrypted and hashed. */
	InputStream copyRows(List<CheckedRow> rows) {
		PersonalDataCipher.Batch crypto = cipher.batch();
		BinaryCopy copy = new BinaryCopy(rows.size() * 480);
		for (CheckedRow r : rows) {
			copy.row(STAGE_COLUMNS).integer(r.line()).text(r.regionCode()).text(r.gridCode()).text(r.address())
				.text(r.houseNumber()).bool(r.securityHead()).text(r.name())
				.bytes(crypto.encrypt(r.idNumber())).bytes(crypto.blindIndex(r.idNumber()))
				.text(r.gender()).date(r.birthDate())
				.bytes(crypto.encrypt(r.phone())).bytes(crypto.blindIndex(r.phone()))
				.text(r.ethnicity()).text(r.occupation()).text(r.kind()).date(r.residencePermitUntil())
				.text(r.relation()).text(r.tags());
		}
		return copy.finish();
	}

	private void copy(InputStream rows) throws IOException {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			connection.unwrap(PGConnection.class).getCopyAPI()
				.copyIn("COPY people_import_stage FROM STDIN (FORMAT binary)", rows);
		} catch (SQLException e) {
			throw new IllegalStateException("could not stage the register rows", e);
		} finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}
}
