package org.fengqiao.demo;

/**
 * What the generator needs to know about one of the five towns beyond its regions.
 *
 * @param code            the town's region code
 * @param latitude        approximate real latitude of the town (WGS-84)
 * @param longitude       approximate real longitude of the town (WGS-84)
 * @param microGrids      whether the town has level-2 grids (else one level-1 grid per village)
 * @param court           whether a people's court (人民法庭) sits in the town
 * @param massDefense     number of mass-defense members (群防群治队员)
 * @param securityHeads   number of security household heads (治安户长)
 * @param volunteers      number of volunteers (平安志愿者)
 */
record TownProfile(String code, double latitude, double longitude, boolean microGrids, boolean court,
				   int massDefense, int securityHeads, int volunteers) {
}
