import { describe, expect, it } from 'vitest'
import { outOfChina, toDisplay, wgs84ToGcj02 } from './gcj02'

describe('WGS-84 to GCJ-02', () => {
  it('shifts a point in Beijing by the published offset (the example of coordtransform)', () => {
    const [lat, lng] = wgs84ToGcj02(39.915, 116.404)
    expect(lat).toBeCloseTo(39.91640428150164, 9)
    expect(lng).toBeCloseTo(116.41024449916938, 9)
  })

  it('moves a point in 城固县 by a few hundred metres, not more', () => {
    const [lat, lng] = wgs84ToGcj02(33.1533, 107.3339)
    const metres = Math.hypot((lat - 33.1533) * 111_000, (lng - 107.3339) * 111_000 * Math.cos((33.15 * Math.PI) / 180))
    expect(metres).toBeGreaterThan(100)
    expect(metres).toBeLessThan(800)
  })

  it('leaves points outside China where they are', () => {
    expect(outOfChina(48.8566, 2.3522)).toBe(true)
    expect(wgs84ToGcj02(48.8566, 2.3522)).toEqual([48.8566, 2.3522])
  })

  it('shifts only when the tiles are GCJ-02', () => {
    expect(toDisplay(33.1533, 107.3339, 'WGS84')).toEqual([33.1533, 107.3339])
    expect(toDisplay(33.1533, 107.3339, null)).toEqual([33.1533, 107.3339])
    expect(toDisplay(33.1533, 107.3339, 'GCJ02')).not.toEqual([33.1533, 107.3339])
  })
})
