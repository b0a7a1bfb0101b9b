package org.fengqiao.people.demo;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.fengqiao.platform.DataScope;
import org.fengqiao.platform.PageQuery;
import org.fengqiao.platform.ReadsAcrossScopes;
import org.fengqiao.platform.Times;
import org.fengqiao.platform.crypto.PersonalDataCipher;
import org.fengqiao.region.Grid;
import org.fengqiao.region.Grids;
import org.fengqiao.region.Region;
import org.fengqiao.region.Regions;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo data set's households and residents: each micro-grid of the demo towns gets as many households as its
 * register counts (about 18), at addresses in its real village, with generated families (valid check digits,
 * numbers encrypted and hashed as the register keeps them), loaded with {@code COPY}. The same seed gives the
 * same people.
 */
@Component
@NamedInterface("demo-people")
public class DemoPeople {

	private final Grids grids;
	private final Regions regions;
	private final PersonalDataCipher cipher;
	private final JdbcClient jdbc;
	private final DataSource dataSource;
	private final Clock clock;

	DemoPeople(Grids grids, Regions regions, PersonalDataCipher cipher, JdbcClient jdbc, DataSource dataSource,
			Clock clock) {
		this.grids = grids;
		this.regions = regions;
		this.cipher = cipher;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.clock = clock;
	}

	/** Loads the households and residents; answers how many residents. */
	@Transactional
	@ReadsAcrossScopes(reason = "the demo loader maps the households it just loaded back to their ids")
	public int load(long seed) throws SQLException {
		LocalDate today = LocalDate.now(clock.withZone(Times.ZONE));
		Timestamp now = Timestamp.from(clock.instant());
		DemoPeopleFactory factory = new DemoPeopleFactory(seed, today);
		StringBuilder households = new StringBuilder();
		Map<String, List<DemoPeopleFactory.Person>> families = new HashMap<>();
		Map<String, String> villageNames = new HashMap<>();
		int page = 0;
		List<Grid> batch;
		do {
			batch = grids.list(null, 2, DataScope.everything(), new PageQuery(page++, PageQuery.MAX_SIZE)).items();
			for (Grid g : batch) {
				String village = villageNames.computeIfAbsent(g.regionCode(),
						code -> regions.find(code).map(Region::name).map(DemoPeople::shortName).orElse("村"));
				String suffix = g.code().substring(g.regionCode().length());
				String group = suffix.length() == 5
						? Integer.parseInt(suffix.substring(0, 3)) + "组" + Integer.parseInt(suffix.substring(3)) + "片"
						: suffix + "组";
				for (int h = 1; h <= g.households(); h++) {
					String address = village + group + h + "号";
					String key = g.regionCode() + "\t" + address;
					families.put(key, factory.household(g.regionCode().substring(0, 6)));
					households.append(g.regionCode()).append('\t').append(g.code()).append('\t').append(address).append('\t')
						.append(h).append('\t').append(h % 10 == 1 ? 't' : 'f').append('\t').append(now).append('\t')
						.append(now).append('\n');
				}
			}
		} while (batch.size() == PageQuery.MAX_SIZE);
		copy("COPY households (region_code, grid_code, address, house_number, security_head, created_at, updated_at) "
				+ "FROM STDIN", households);
		StringBuilder residents = new StringBuilder();
		int count = 0;
		for (var row : jdbc.sql("SELECT id, region_code, grid_code, address FROM households").query().listOfRows()) {
			List<DemoPeopleFactory.Person> family = families.get(row.get("region_code") + "\t" + row.get("address"));
			if (family == null) {
				continue;
			}
			for (DemoPeopleFactory.Person p : family) {
				String id = p.idNumber();
				residents.append(p.name()).append('\t').append(hex(cipher.encrypt(id))).append('\t')
					.append(hex(cipher.blindIndex(id))).append('\t').append((id.charAt(16) - '0') % 2 == 1 ? "MALE" : "FEMALE")
					.append('\t').append(id, 6, 10).append('-').append(id, 10, 12).append('-').append(id, 12, 14).append('\t')
					.append(p.phone() == null ? "\\N" : hex(cipher.encrypt(p.phone()))).append('\t')
					.append(p.phone() == null ? "\\N" : hex(cipher.blindIndex(p.phone()))).append('\t').append("汉族\t")
					.append("REGISTERED\t").append(row.get("id")).append('\t').append(p.relation()).append('\t')
					.append(row.get("region_code")).append('\t').append(row.get("grid_code")).append('\t').append(now)
					.append('\t').append(now).append('\n');
				count++;
			}
		}
		copy("COPY residents (name, id_number, id_hash, gender, birth_date, phone, phone_hash, ethnicity, kind, household_id, "
				+ "relation, region_code, grid_code, created_at, updated_at) FROM STDIN", residents);
		jdbc.sql("UPDATE households h SET head_id = r.id FROM residents r WHERE r.household_id = h.id AND r.relation = '户主'")
			.update();
		jdbc.sql("""
				INSERT INTO resident_events (resident_id, kind, on_date, note, actor, recorded_at)
				SELECT id, 'REGISTERED', :today, '演示数据', 'system', :now FROM residents
				""").param("today", java.sql.Date.valueOf(today)).param("now", now).update();
		return count;
	}

	private void copy(String sql, StringBuilder rows) throws SQLException {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(rows.toString()));
		} catch (java.io.IOException e) {
			throw new SQLException(e);
		} finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	/** 大郭村村民委员会 → 大郭村, 城关社区居民委员会 → 城关社区: the name an address uses. */
	static String shortName(String name) {
		String n = name.replace("村民委员会", "").replace("居民委员会", "").replace("村委会", "").replace("居委会", "");
		return n.endsWith("村") || n.endsWith("社区") ? n : n + "村";
	}

	private static String hex(byte[] bytes) {
		return "\\\\x" + HexFormat.of().formatHex(bytes);
	}
}
