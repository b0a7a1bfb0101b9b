package org.fengqiao.petition;

/** 信访形式: 来信, 来访, 网上信访, 电话. */
enum PetitionForm {
	LETTER, VISIT, ONLINE, PHONE
}
