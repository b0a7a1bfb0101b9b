package org.fengqiao.platform.geo;

/**
 * WGS-84 ↔ GCJ-02 conversion (the published Krasovsky-ellipsoid formula). Points outside China are
 * not shifted. Fengqiao stores WGS-84 and converts at the edge.
 */
public final class Coordinates {

	private static final double A = 6378245.0;
	private static final double EE = 0.00669342162296594323;

	private Coordinates() {
	}

	public record LatLng(double lat, double lng) {
	}

	public static LatLng toWgs84(double lat, double lng, Crs crs) {
		return crs == Crs.GCJ02 ? gcj02ToWgs84(lat, lng) : new LatLng(lat, lng);
	}

	public static LatLng wgs84ToGcj02(double lat, double lng) {
		if (outOfChina(lat, lng)) {
			return new LatLng(lat, lng);
		}
		double dLat = transformLat(lng - 105.0, lat - 35.0);
		double dLng = transformLng(lng - 105.0, lat - 35.0);
		double radLat = lat / 180.0 * Math.PI;
		double magic = Math.sin(radLat);
		magic = 1 - EE * magic * magic;
		double sqrtMagic = Math.sqrt(magic);
		dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
		dLng = (dLng * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
		return new LatLng(lat + dLat, lng + dLng);
	}

	/** Inverse by fixed-point iteration: below 0.5 m within a few steps. */
	public static LatLng gcj02ToWgs84(double lat, double lng) {
		if (outOfChina(lat, lng)) {
			return new LatLng(lat, lng);
		}
		double wLat = lat;
		double wLng = lng;
		for (int i = 0; i < 30; i++) {
			LatLng g = wgs84ToGcj02(wLat, wLng);
			double eLat = g.lat() - lat;
			double eLng = g.lng() - lng;
			if (Math.abs(eLat) < 1e-9 && Math.abs(eLng) < 1e-9) {
				break;
			}
			wLat -= eLat;
			wLng -= eLng;
		}
		return new LatLng(wLat, wLng);
	}

	static boolean outOfChina(double lat, double lng) {
		return lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271;
	}

	private static double transformLat(double x, double y) {
		double ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
		ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
		ret += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
		ret += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
		return ret;
	}

	private static double transformLng(double x, double y) {
		double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
		ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
		ret += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
		ret += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
		return ret;
	}
}
