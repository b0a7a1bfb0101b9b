package org.fengqiao.people.demo;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.postgresql.copy.CopyIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

	private static final Logger log = LoggerFactory.getLogger(DemoPeople.class);
	private static final HexFormat HEX = HexFormat.of();

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

	/**
	 * Loads the households and residents; answers how many residents. The rows carry their ids ({@code COPY} writes
	 * given identity values), so nothing is read back; residents are generated, encrypted (one cipher for every
	 * number) and streamed to {@code COPY} in blocks, so the heap holds a block, not the register.
	 */
	@Transactional
	@ReadsAcrossScopes(reason = "the demo loader numbers its rows after the highest ids of the empty register")
	public int load(long seed) throws SQLException {
		long started = System.nanoTime();
		LocalDate today = LocalDate.now(clock.withZone(Times.ZONE));
		Timestamp now = Timestamp.from(clock.instant());
		long firstHousehold = jdbc.sql("SELECT coalesce(max(id), 0) FROM households").query(Long.class).single();
		long firstResident = jdbc.sql("SELECT coalesce(max(id), 0) FROM residents").query(Long.class).single();
		List<Grid> level2 = new ArrayList<>();
		int page = 0;
		List<Grid> batch;
		do {
			batch = grids.list(null, 2, DataScope.everything(), new PageQuery(page++, PageQuery.MAX_SIZE)).items();
			level2.addAll(batch);
		} while (batch.size() == PageQuery.MAX_SIZE);
		Map<String, String> villageNames = new HashMap<>(); // looked up before the COPY holds the connection
		level2.forEach(g -> villageNames.computeIfAbsent(g.regionCode(),
				code -> regions.find(code).map(Region::name).map(DemoPeople::shortName).orElse("村")));
		long householdId = firstHousehold;
		try (CopyStream households = new CopyStream("COPY households (id, region_code, grid_code, address, house_number, "
				+ "security_head, created_at, updated_at) FROM STDIN")) {
			for (Grid g : level2) {
				String village = villageNames.get(g.regionCode());
				String suffix = g.code().substring(g.regionCode().length());
				String group = suffix.length() == 5
						? Integer.parseInt(suffix.substring(0, 3)) + "组" + Integer.parseInt(suffix.substring(3)) + "片"
						: suffix + "组";
				for (int h = 1; h <= g.households(); h++) {
					households.row().append(++householdId).append('\t').append(g.regionCode()).append('\t')
						.append(g.code()).append('\t').append(village).append(group).append(h).append("号\t").append(h)
						.append('\t').append(h % 10 == 1 ? 't' : 'f').append('\t').append(now).append('\t').append(now)
						.append('\n');
				}
			}
		}
		long householdsDone = System.nanoTime();
		DemoPeopleFactory factory = new DemoPeopleFactory(seed, today);
		PersonalDataCipher.Batch crypto = cipher.batch();
		long residentId = firstResident;
		householdId = firstHousehold;
		try (CopyStream residents = new CopyStream("COPY residents (id, name, id_number, id_hash, gender, birth_date, "
				+ "phone, phone_hash, ethnicity, kind, household_id, relation, region_code, grid_code, created_at, "
				+ "updated_at) FROM STDIN")) {
			for (Grid g : level2) {
				for (int h = 1; h <= g.households(); h++) {
					householdId++;
					for (DemoPeopleFactory.Person p : factory.household(g.regionCode().substring(0, 6))) {
						resident(residents.row(), crypto, p, ++residentId, householdId, g, now);
					}
				}
			}
		}
		long residentsDone = System.nanoTime();
		try (CopyStream events = new CopyStream(
				"COPY resident_events (resident_id, kind, on_date, note, actor, recorded_at) FROM STDIN")) {
			for (long id = firstResident + 1; id <= residentId; id++) {
				events.row().append(id).append("\tREGISTERED\t").append(today).append("\t演示数据\tsystem\t").append(now)
					.append('\n');
			}
		}
		long eventsDone = System.nanoTime();
		jdbc.sql("UPDATE households h SET head_id = r.id FROM residents r "
				+ "WHERE r.household_id = h.id AND r.relation = '户主' AND h.head_id IS NULL").update();
		jdbc.sql("SELECT setval(pg_get_serial_sequence('households', 'id'), :id)").param("id", householdId)
			.query(Long.class).single();
		jdbc.sql("SELECT setval(pg_get_serial_sequence('residents', 'id'), :id)").param("id", residentId)
			.query(Long.class).single();
		log.info("demo register: households in {} ms, residents generated, encrypted and copied in {} ms, "
				+ "their history in {} ms, heads and sequences in {} ms", (householdsDone - started) / 1_000_000,
				(residentsDone - householdsDone) / 1_000_000, (eventsDone - residentsDone) / 1_000_000,
				(System.nanoTime() - eventsDone) / 1_000_000);
		return (int) (residentId - firstResident);
	}

	/**
	 * A {@code COPY … FROM STDIN} on the transaction's connection, sent in blocks of about 256 K characters. While it
	 * is open the connection runs no other statement (the driver would wait for the COPY forever).
	 */
	private final class CopyStream implements AutoCloseable {

		private final Connection connection = DataSourceUtils.getConnection(dataSource);
		private final CopyIn copy;
		private final StringBuilder block = new StringBuilder(1 << 19);

		CopyStream(String sql) throws SQLException {
			this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
		}

		/** The block to append the next row to (sends the block first once it is full). */
		StringBuilder row() throws SQLException {
			if (block.length() >= 1 << 18) {
				send();
			}
			return block;
		}

		private void send() throws SQLException {
			byte[] bytes = block.toString().getBytes(StandardCharsets.UTF_8);
			copy.writeToCopy(bytes, 0, bytes.length);
			block.setLength(0);
		}

		@Override
		public void close() throws SQLException {
			try {
				send();
				copy.endCopy();
			} finally {
				if (copy.isActive()) {
					copy.cancelCopy();
				}
				DataSourceUtils.releaseConnection(connection, dataSource);
			}
		}
	}

	private static void resident(StringBuilder out, PersonalDataCipher.Batch crypto, DemoPeopleFactory.Person p, long id,
			long household, Grid g, Timestamp now) {
		String number = p.idNumber();
		out.append(id).append('\t').append(p.name()).append('\t');
		hex(out, crypto.encrypt(number));
		hex(out, crypto.blindIndex(number));
		out.append((number.charAt(16) - '0') % 2 == 1 ? "MALE" : "FEMALE").append('\t').append(number, 6, 10).append('-')
			.append(number, 10, 12).append('-').append(number, 12, 14).append('\t');
		hex(out, crypto.encrypt(p.phone()));
		hex(out, crypto.blindIndex(p.phone()));
		out.append("汉族\tREGISTERED\t").append(household).append('\t').append(p.relation()).append('\t')
			.append(g.regionCode()).append('\t').append(g.code()).append('\t').append(now).append('\t').append(now)
			.append('\n');
	}

	/** 大郭村村民委员会 → 大郭村, 城关社区居民委员会 → 城关社区: the name an address uses. */
	static String shortName(String name) {
		String n = name.replace("村民委员会", "").replace("居民委员会", "").replace("村委会", "").replace("居委会", "");
		return n.endsWith("村") || n.endsWith("社区") ? n : n + "村";
	}

	/** A bytea value in COPY's text format ({@code \\x…}), or {@code \\N}, and the tab after it. */
	private static void hex(StringBuilder out, byte[] bytes) {
		if (bytes == null) {
			out.append("\\N\t");
		} else {
			out.append("\\\\x");
			HEX.formatHex(out, bytes);
			out.append('\t');
		}
	}
}
