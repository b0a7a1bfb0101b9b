package org.fengqiao.cases.demo;

import org.fengqiao.cases.CaseKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.fengqiao.cases.demo.DemoCasePlanner.Episode;
import org.fengqiao.cases.demo.DemoCasePlanner.Plan;

/**
 * Chooses which planned cases take an unusual course: a fixed number per town of county escalations,
 * returns, extensions and dissatisfied visits (so every seed has them), and by chance a few late or
 * warned cases and village mediations that go up to the town.
 */
public final class DemoEpisodes {

	/** Per town: how many cases of each rare episode. */
	private static final Map<String, Map<Episode, Integer>> QUOTAS = Map.of(
			"610722101000", Map.of(Episode.COUNTY_ESCALATION, 3, Episode.COUNTY_OPEN, 1, Episode.REOPENED, 2,
					Episode.LEADER_CLOSED, 3, Episode.EXTENDED, 3, Episode.RETURNED, 5),
			"620802104000", Map.of(Episode.COUNTY_ESCALATION, 1, Episode.REOPENED, 1, Episode.LEADER_CLOSED, 1,
					Episode.RETURNED, 1),
			"610921104000", Map.of(Episode.LEADER_CLOSED, 1, Episode.EXTENDED, 1),
			"411122110000", Map.of(Episode.COUNTY_ESCALATION, 1, Episode.RETURNED, 1));
	/** The order quotas are filled in (a Map's order is not fixed). */
	private static final List<Episode> RARE = List.of(Episode.COUNTY_OPEN, Episode.COUNTY_ESCALATION, Episode.EXTENDED,
			Episode.REOPENED, Episode.LEADER_CLOSED, Episode.RETURNED);
	private static final List<String> TOWNS = List.of("610722101000", "620802104000", "610921104000", "411122110000");

	private final Random random;
	private final Instant end;

	DemoEpisodes(Random random, Instant end) {
		this.random = random;
		this.end = end;
	}

	List<Plan> assign(List<Plan> plans) {
		List<Plan> result = new ArrayList<>(plans);
		for (String town : TOWNS) {
			for (Episode episode : RARE) {
				int wanted = QUOTAS.getOrDefault(town, Map.of()).getOrDefault(episode, 0);
				for (int n = 0; n < wanted; n++) {
					List<Integer> candidates = new ArrayList<>();
					for (int i = 0; i < result.size(); i++) {
						Plan p = result.get(i);
						if (p.town().code().equals(town) && p.episode() == Episode.NORMAL && eligible(p, episode)) {
							candidates.add(i);
						}
					}
					if (!candidates.isEmpty()) {
						int i = candidates.get(random.nextInt(candidates.size()));
						result.set(i, result.get(i).with(episode));
					}
				}
			}
		}
		for (int i = 0; i < result.size(); i++) {
			Plan p = result.get(i);
			int r = random.nextInt(100);
			if (p.episode() != Episode.NORMAL || p.kind() == CaseKind.PETITION) {
				continue;
			}
			if (village(p) && p.kind() == CaseKind.DISPUTE && r < 15) {
				result.set(i, p.with(Episode.VILLAGE_ESCALATION));
			} else if (r >= 90 && r < 92) {
				result.set(i, p.with(Episode.LATE));
			} else if (r >= 93) {
				result.set(i, p.with(Episode.WARNED));
			}
		}
		return result;
	}

	private boolean eligible(Plan p, Episode episode) {
		long age = Duration.between(p.receivedAt(), end).toDays();
		boolean town = !village(p);
		return switch (episode) {
			case COUNTY_OPEN -> p.kind() == CaseKind.DISPUTE && town && age > 150
					&& (p.category().startsWith("DISPUTE_LAND") || p.category().startsWith("DISPUTE_HOUSING"));
			case COUNTY_ESCALATION -> p.kind() == CaseKind.DISPUTE && town && age > 60;
			case EXTENDED -> p.kind() == CaseKind.DISPUTE && town && age > 60;
			case REOPENED, LEADER_CLOSED -> (p.kind() == CaseKind.DISPUTE || p.kind() == CaseKind.APPEAL)
					&& p.reporter() != null && age > 45;
			case RETURNED -> (p.kind() == CaseKind.DISPUTE || p.kind() == CaseKind.INCIDENT) && town && age > 20;
			default -> false;
		};
	}

	private static boolean village(Plan p) {
		return p.route().lead().equals("VILLAGE_COMMITTEE");
	}
}
