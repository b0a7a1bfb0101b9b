import { describe, expect, it } from 'vitest'
import { polygonOf, replaceOuter, ringOf } from './boundary'
import { fromDisplay, gcj02ToWgs84, wgs84ToGcj02 } from './gcj02'

const SQUARE = { type: 'Polygon' as const,
  coordinates: [[[107.2, 33.13], [107.21, 33.13], [107.21, 33.14], [107.2, 33.14], [107.2, 33.13]]] }

describe('a boundary drawn on the map', () => {
  it('comes back to WGS-84 within a centimetre when shifted to GCJ-02 and back', () => {
    const [gLat, gLng] = wgs84ToGcj02(33.1305, 107.2005)
    const [lat, lng] = gcj02ToWgs84(gLat, gLng)
    expect(Math.abs(lat - 33.1305) * 111_000).toBeLessThan(0.01)
    expect(Math.abs(lng - 107.2005) * 93_000).toBeLessThan(0.01)
  })

  it('is shifted back before saving when drawn on GCJ-02 tiles, and saved as drawn on WGS-84 tiles', () => {
    const shown = ringOf(SQUARE, 'GCJ02')
    expect(shown).toHaveLength(4)
    expect(shown[0].lng).not.toBeCloseTo(107.2, 4)
    const saved = polygonOf(shown, 'GCJ02')!
    const ring = (saved.coordinates as number[][][])[0]
    expect(ring).toHaveLength(5)
    ring.forEach(([lng, lat], i) => {
      expect(lng).toBeCloseTo(SQUARE.coordinates[0][i][0], 6)
      expect(lat).toBeCloseTo(SQUARE.coordinates[0][i][1], 6)
    })
    expect(polygonOf(ringOf(SQUARE, null), null)).toEqual(SQUARE)
  })

  it('closes the ring and needs three vertices', () => {
    expect(polygonOf([{ lat: 33.1, lng: 107.2 }, { lat: 33.2, lng: 107.2 }], null)).toBeNull()
    const ring = (polygonOf([{ lat: 33.1, lng: 107.2 }, { lat: 33.2, lng: 107.2 }, { lat: 33.2, lng: 107.3 }], null)!
      .coordinates as number[][][])[0]
    expect(ring[0]).toEqual(ring[3])
  })

  it('replaces only the first polygon of a MultiPolygon', () => {
    const other = [[[107.3, 33.1], [107.31, 33.1], [107.31, 33.11], [107.3, 33.1]]]
    const multi = { type: 'MultiPolygon' as const, coordinates: [SQUARE.coordinates, other] }
    const moved = polygonOf([{ lat: 33.0, lng: 107.0 }, { lat: 33.0, lng: 107.1 }, { lat: 33.1, lng: 107.1 }], null)
    const saved = replaceOuter(multi, moved)!
    expect(saved.type).toBe('MultiPolygon')
    expect((saved.coordinates as unknown[])[1]).toEqual(other)
    expect((saved.coordinates as unknown[])[0]).toEqual(moved!.coordinates)
    expect(replaceOuter(SQUARE, moved)).toEqual(moved)
  })

  it('leaves a click on plain WGS-84 tiles where it is', () => {
    expect(fromDisplay(33.13, 107.2, 'WGS84')).toEqual([33.13, 107.2])
  })
})
