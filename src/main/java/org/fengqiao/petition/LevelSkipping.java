package org.fengqiao.petition;

/**
 * 越级访: a petition lodged above the level it may go to next. A first petition goes to the town; a repeat may go
 * one level above the highest its predecessors reached (asking for review). Anything higher skips a level.
 */
final class LevelSkipping {

	private LevelSkipping() {
	}

	/** Whether a petition at {@code level} skips a level, given the highest level of its predecessors (or null). */
	static boolean skips(PetitionLevel level, PetitionLevel highestBefore) {
		int allowed = highestBefore == null ? PetitionLevel.TOWN.ordinal()
				: Math.min(highestBefore.ordinal() + 1, PetitionLevel.BEIJING.ordinal());
		return level.ordinal() > allowed;
	}

	/** 进京赴省: to the province or to Beijing. */
	static boolean toProvinceOrBeijing(PetitionLevel level) {
		return level.ordinal() >= PetitionLevel.PROVINCE.ordinal();
	}
}
