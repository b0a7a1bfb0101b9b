import { describe, expect, it } from 'vitest'
import type { Grid } from '@/modules/map/api'
import { summarize, villagesOf } from './my-grid'

const grid = (code: string, regionCode = '610722101213'): Grid =>
  ({ code, name: code, level: code.length > 15 ? 2 : 1, regionCode, parentCode: null, households: 18, boundary: null })

describe('my grids', () => {
  it('counts the open and overdue cases of a grid and of its sub-grids', () => {
    const loads = [
      { gridCode: '61072210121300101', open: 3, overdue: 1 },
      { gridCode: '61072210121300102', open: 2, overdue: 0 },
      { gridCode: '61072210121300201', open: 7, overdue: 4 },
    ]
    const [level1, level2] = summarize([grid('610722101213001'), grid('61072210121300102')], loads)
    expect([level1.open, level1.overdue]).toEqual([5, 1])
    expect([level2.open, level2.overdue]).toEqual([2, 0])
  })

  it('shows 0 for a grid without open cases', () => {
    expect(summarize([grid('61072210121300101')], [])[0].open).toBe(0)
  })

  it('asks each village once', () => {
    expect(villagesOf([grid('a'), grid('b'), grid('c', '610722101209')])).toEqual(['610722101213', '610722101209'])
  })
})
