/**
 * Administrative divisions (12-digit NBS codes) and grids (level-1 网格, level-2 微网格) with GeoJSON
 * boundaries and point-in-grid lookup. Public API: {@link org.fengqiao.region.Regions},
 * {@link org.fengqiao.region.Grids}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Regions and grids")
package org.fengqiao.region;
