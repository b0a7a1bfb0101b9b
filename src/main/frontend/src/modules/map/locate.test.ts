import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError, http } from '@/shared/http'
import { locate, placeOf, type GridLocation } from './locate'

const FOUND: GridLocation = {
  code: '610722101213-01-03', name: '六一村第1网格第3微网格', level: 2, regionCode: '610722101213',
  parentCode: '610722101213-01', households: 18, synthetic: true,
  village: { code: '610722101213', name: '六一村', level: 'VILLAGE', parentCode: '610722101000' },
  town: { code: '610722101000', name: '龙头镇', level: 'TOWN', parentCode: '610722000000' },
} as GridLocation

afterEach(() => vi.restoreAllMocks())

describe('a point picked on the map', () => {
  it('fills the town, village and grid pickers from the located grid and keeps the WGS-84 point', () => {
    expect(placeOf(FOUND, 33.1305, 107.2005)).toEqual({ town: '610722101000', village: '610722101213',
      grid: '610722101213-01-03', gridName: '六一村第1网格第3微网格', villageName: '六一村', lat: 33.1305, lng: 107.2005 })
  })

  it("takes the village's parent as the town when the answer has no town", () => {
    expect(placeOf({ ...FOUND, town: null }, 33, 107).town).toBe('610722101000')
  })

  it('asks for the grid in WGS-84 and answers null outside every grid (404), an error otherwise', async () => {
    const get = vi.spyOn(http, 'get').mockRejectedValueOnce(new ApiError(404, 'grid.none-here', '该位置不在任何网格内'))
    expect(await locate(33.5, 107.9)).toBeNull()
    expect(get).toHaveBeenCalledWith('/api/grids/locate', { lat: 33.5, lng: 107.9, crs: 'WGS84' })
    get.mockRejectedValueOnce(new ApiError(500, 'internal', 'boom'))
    await expect(locate(33.5, 107.9)).rejects.toThrow('boom')
  })
})
