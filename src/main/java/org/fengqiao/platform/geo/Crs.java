package org.fengqiao.platform.geo;

/** Coordinate systems clients send: WGS-84 (GPS) or GCJ-02 (what Chinese phone maps report). */
public enum Crs {
	WGS84, GCJ02
}
