package org.fengqiao.cases.lifecycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.fengqiao.cases.CaseStatus;
import org.fengqiao.cases.Satisfaction;
import org.fengqiao.platform.Times;

/**
 * How a change moves the case rollups (case_rollups): its contribution before taken away, after added, per group,
 * by the rule of the database's {@code case_rollup_delta} (migration V2026_12_06_2355), which the intake's trigger
 * and {@code case_rollups_rebuild} still use. A case counts once per way it can be seen: its village
 * ({@code REGION}), its lead unit ({@code LEAD}), each other co-unit ({@code CO}) and its grid ({@code GRID}), in the
 * group of its village, month of receipt (Asia/Shanghai), kind, channel, handling unit (the lead, else the holder)
 * and slot (0 once closed, else its id modulo 8); a merged case counts nowhere.
 */
final class RollupMoves {

	/** One group's key and what a change adds to it. */
	record Move(String via, String party, String regionCode, LocalDate month, String kind, String channel,
			String unit, int slot, long received, long resolved, long onTime, long satisfied, long rated,
			long overdue) {

		private Move plus(Move other) {
			return new Move(via, party, regionCode, month, kind, channel, unit, slot, received + other.received,
					resolved + other.resolved, onTime + other.onTime, satisfied + other.satisfied,
					rated + other.rated, overdue + other.overdue);
		}

		private boolean movesNothing() {
			return received == 0 && resolved == 0 && onTime == 0 && satisfied == 0 && rated == 0 && overdue == 0;
		}

		private Key key() {
			return new Key(via, party, regionCode, month, kind, channel, unit, slot);
		}
	}

	/** A group, in the order the trigger's upsert locks them (so two writers wait, never deadlock). */
	private record Key(String via, String party, String regionCode, LocalDate month, String kind, String channel,
			String unit, int slot) implements Comparable<Key> {

		private static final Comparator<Key> ORDER = Comparator.comparing(Key::via).thenComparing(Key::party)
			.thenComparing(Key::regionCode).thenComparing(Key::month).thenComparing(Key::kind)
			.thenComparing(Key::channel).thenComparing(Key::unit).thenComparingInt(Key::slot);

		@Override
		public int compareTo(Key other) {
			return ORDER.compare(this, other);
		}
	}

	private RollupMoves() {
	}

	/** The groups a change from {@code before} to {@code after} moves, each once, none that cancels out. */
	static List<Move> of(CaseRecord before, CaseRecord after) {
		Map<Key, Move> sums = new TreeMap<>();
		for (Move m : contribution(before, -1)) {
			sums.merge(m.key(), m, Move::plus);
		}
		for (Move m : contribution(after, 1)) {
			sums.merge(m.key(), m, Move::plus);
		}
		return sums.values().stream().filter(m -> !m.movesNothing()).toList();
	}

	/** A case's contribution times {@code sign}: one move per way it is seen. */
	static List<Move> contribution(CaseRecord c, int sign) {
		if (c.status() == CaseStatus.MERGED) {
			return List.of();
		}
		List<String[]> parties = new ArrayList<>(4);
		parties.add(new String[] { "REGION", "" });
		if (c.leadUnit() != null) {
			parties.add(new String[] { "LEAD", c.leadUnit() });
		}
		Set<String> coUnits = new LinkedHashSet<>(c.coUnits());
		coUnits.remove(c.leadUnit());
		for (String unit : coUnits) {
			parties.add(new String[] { "CO", unit });
		}
		if (c.gridCode() != null) {
			parties.add(new String[] { "GRID", c.gridCode() });
		}
		LocalDate month = c.receivedAt().atZone(Times.ZONE).toLocalDate().withDayOfMonth(1);
		String unit = c.leadUnit() != null ? c.leadUnit() : c.holdingUnit();
		int slot = c.status() == CaseStatus.CLOSED ? 0 : (int) (c.id() % 8);
		boolean resolved = c.resolvedAt() != null;
		Satisfaction s = c.satisfaction();
		long received = sign;
		long resolvedCount = resolved ? sign : 0;
		long onTime = resolved && Boolean.TRUE.equals(c.resolvedOnTime()) ? sign : 0;
		long satisfied = s != null && s.satisfied() ? sign : 0;
		long rated = s != null && s.rated() ? sign : 0;
		long overdue = c.overdue() && !resolved ? sign : 0;
		List<Move> moves = new ArrayList<>(parties.size());
		for (String[] party : parties) {
			moves.add(new Move(party[0], Objects.requireNonNull(party[1]), c.regionCode(), month, c.kind().name(),
					c.channel().name(), unit, slot, received, resolvedCount, onTime, satisfied, rated, overdue));
		}
		return moves;
	}
}
