package org.fengqiao.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Builds the level-1 and level-2 grids of one town, with synthetic rectangular boundaries. */
final class GridBuilder {

	/** 龙头镇's published figures, the yardstick for towns with micro-grids. */
	static final int REFERENCE_VILLAGES = 14;
	static final int REFERENCE_LEVEL_ONE = 129;
	static final int REFERENCE_LEVEL_TWO = 477;
	static final double VILLAGE_TILE_KM = 1.5;

	private final Random random;

	GridBuilder(Random random) {
		this.random = random;
	}

	/** The town's grids, each level-1 grid followed by its level-2 grids, in code order. */
	List<DemoGrid> build(TownProfile town, List<DemoRegion> villages) {
		int n = villages.size();
		int levelOneTotal = town.microGrids() ? (int) Math.round(n * REFERENCE_LEVEL_ONE / (double) REFERENCE_VILLAGES) : n;
		int levelTwoTotal = town.microGrids() ? (int) Math.round(n * REFERENCE_LEVEL_TWO / (double) REFERENCE_VILLAGES) : 0;
		int[] perVillage = distribute(levelOneTotal, n, random);
		int[] perLevelOne = levelTwoTotal == 0 ? new int[levelOneTotal] : distribute(levelTwoTotal, levelOneTotal, random);
		List<Tile> villageTiles = Tile.block(town.latitude(), town.longitude(), n, VILLAGE_TILE_KM);

		List<DemoGrid> grids = new ArrayList<>(levelOneTotal + levelTwoTotal);
		int levelOneIndex = 0;
		for (int v = 0; v < n; v++) {
			DemoRegion village = villages.get(v);
			String villageName = SeedRegions.villageShortName(village);
			List<Tile> levelOneTiles = villageTiles.get(v).split(perVillage[v]);
			for (int g = 0; g < perVillage[v]; g++) {
				String code = village.code() + String.format("%03d", g + 1);
				String name = villageName + "第" + (g + 1) + "网格";
				int children = perLevelOne[levelOneIndex++];
				List<DemoGrid> micro = microGrids(code, name, village.code(), levelOneTiles.get(g), children);
				int households = children == 0
						? 120 + random.nextInt(181)
						: micro.stream().mapToInt(DemoGrid::households).sum();
				grids.add(new DemoGrid(code, name, 1, village.code(), null, households,
						levelOneTiles.get(g).toGeoJson()));
				grids.addAll(micro);
			}
		}
		return grids;
	}

	private List<DemoGrid> microGrids(String parentCode, String parentName, String villageCode, Tile tile, int count) {
		List<DemoGrid> micro = new ArrayList<>(count);
		if (count == 0) {
			return micro;
		}
		List<Tile> tiles = tile.split(count);
		for (int i = 0; i < count; i++) {
			micro.add(new DemoGrid(parentCode + String.format("%02d", i + 1), parentName + "第" + (i + 1) + "微网格",
					2, villageCode, parentCode, 12 + random.nextInt(13), tiles.get(i).toGeoJson()));
		}
		return micro;
	}

	/** Splits total into bins differing by at most one; the bins getting the extra are drawn at random. */
	static int[] distribute(int total, int bins, Random random) {
		int[] counts = new int[bins];
		List<Integer> order = new ArrayList<>(bins);
		for (int i = 0; i < bins; i++) {
			counts[i] = total / bins;
			order.add(i);
		}
		Collections.shuffle(order, random);
		for (int i = 0; i < total % bins; i++) {
			counts[order.get(i)]++;
		}
		return counts;
	}
}
