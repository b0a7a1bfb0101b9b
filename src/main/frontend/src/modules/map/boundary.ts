import type { Geometry } from './api'
import { fromDisplay, toDisplay } from './gcj02'

/** A point as Leaflet gives it: on the tiles, in their CRS. */
export interface DisplayPoint { lat: number; lng: number }

const round = (n: number) => Math.round(n * 1e7) / 1e7

/**
 * The outer ring of a grid's boundary as display points on tiles of the given CRS (the first polygon of a
 * MultiPolygon; the closing point left out, as an editor shows each vertex once).
 */
export function ringOf(boundary: Geometry | null, tileCrs: string | null | undefined): DisplayPoint[] {
  if (!boundary) return []
  const polygon = (boundary.type === 'MultiPolygon'
    ? (boundary.coordinates as number[][][][])[0]
    : (boundary.coordinates as number[][][])) ?? []
  const ring = polygon[0] ?? []
  const open = ring.length > 1 && ring[0][0] === ring[ring.length - 1][0] && ring[0][1] === ring[ring.length - 1][1]
    ? ring.slice(0, -1) : ring
  return open.map(([lng, lat]) => {
    const [dLat, dLng] = toDisplay(lat, lng, tileCrs)
    return { lat: dLat, lng: dLng }
  })
}

/**
 * The GeoJSON Polygon (WGS-84, closed ring, 7 decimals) of vertices drawn on tiles of the given CRS: drawn on
 * GCJ-02 tiles, each vertex is shifted back before it is saved. Null for fewer than three vertices.
 */
export function polygonOf(vertices: DisplayPoint[], tileCrs: string | null | undefined): Geometry | null {
  if (vertices.length < 3) return null
  const ring = vertices.map((v) => {
    const [lat, lng] = fromDisplay(v.lat, v.lng, tileCrs)
    return [round(lng), round(lat)]
  })
  ring.push([...ring[0]])
  return { type: 'Polygon', coordinates: [ring] }
}

/**
 * The boundary to save after editing the outer ring of `original`: a Polygon, or for a MultiPolygon the same
 * MultiPolygon with only its first polygon replaced (the editor shows the first one).
 */
export function replaceOuter(original: Geometry | null, edited: Geometry | null): Geometry | null {
  if (!edited || !original || original.type !== 'MultiPolygon') return edited
  const polygons = [...(original.coordinates as unknown[])]
  polygons[0] = edited.coordinates
  return { type: 'MultiPolygon', coordinates: polygons }
}
