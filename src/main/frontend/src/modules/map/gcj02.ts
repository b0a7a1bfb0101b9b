/**
 * WGS-84 → GCJ-02 (the offset Chinese map tiles are drawn in): the published approximation, good to a few metres.
 * Points outside China are not shifted. Used only for display when the tiles say `tileCrs: GCJ02`.
 */
const A = 6378245.0
const EE = 0.006693421622965943

export function outOfChina(lat: number, lng: number): boolean {
  return lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271
}

function shiftLat(x: number, y: number): number {
  let r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x))
  r += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0
  r += ((20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin((y / 3.0) * Math.PI)) * 2.0) / 3.0
  r += ((160.0 * Math.sin((y / 12.0) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30.0)) * 2.0) / 3.0
  return r
}

function shiftLng(x: number, y: number): number {
  let r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x))
  r += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0
  r += ((20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin((x / 3.0) * Math.PI)) * 2.0) / 3.0
  r += ((150.0 * Math.sin((x / 12.0) * Math.PI) + 300.0 * Math.sin((x / 30.0) * Math.PI)) * 2.0) / 3.0
  return r
}

/** [lat, lng] in WGS-84 → [lat, lng] in GCJ-02. */
export function wgs84ToGcj02(lat: number, lng: number): [number, number] {
  if (outOfChina(lat, lng)) return [lat, lng]
  let dLat = shiftLat(lng - 105.0, lat - 35.0)
  let dLng = shiftLng(lng - 105.0, lat - 35.0)
  const radLat = (lat / 180.0) * Math.PI
  let magic = Math.sin(radLat)
  magic = 1 - EE * magic * magic
  const sqrtMagic = Math.sqrt(magic)
  dLat = (dLat * 180.0) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI)
  dLng = (dLng * 180.0) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI)
  return [lat + dLat, lng + dLng]
}

/** The display position of a WGS-84 point on tiles of the given CRS. */
export function toDisplay(lat: number, lng: number, tileCrs: string | null | undefined): [number, number] {
  return tileCrs === 'GCJ02' ? wgs84ToGcj02(lat, lng) : [lat, lng]
}

/**
 * [lat, lng] in GCJ-02 → [lat, lng] in WGS-84: the forward shift inverted by a few fixed-point steps (well under a
 * millimetre after four).
 */
export function gcj02ToWgs84(lat: number, lng: number): [number, number] {
  if (outOfChina(lat, lng)) return [lat, lng]
  let [wLat, wLng] = [lat, lng]
  for (let i = 0; i < 6; i++) {
    const [gLat, gLng] = wgs84ToGcj02(wLat, wLng)
    wLat += lat - gLat
    wLng += lng - gLng
  }
  return [wLat, wLng]
}

/** The WGS-84 position of a point clicked or drawn on tiles of the given CRS (the inverse of {@link toDisplay}). */
export function fromDisplay(lat: number, lng: number, tileCrs: string | null | undefined): [number, number] {
  return tileCrs === 'GCJ02' ? gcj02ToWgs84(lat, lng) : [lat, lng]
}
