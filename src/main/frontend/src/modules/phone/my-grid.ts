import type { Grid, GridLoad } from '@/modules/map/api'

export interface GridSummary {
  grid: Grid
  /** open cases located in the grid or its sub-grids */
  open: number
  overdue: number
}

/** Each of my grids with its open and overdue cases: a level-1 grid counts its level-2 grids' cases too. */
export function summarize(grids: Grid[], loads: GridLoad[]): GridSummary[] {
  return grids.map((grid) => {
    const mine = loads.filter((l) => l.gridCode.startsWith(grid.code))
    return {
      grid,
      open: mine.reduce((sum, l) => sum + l.open, 0),
      overdue: mine.reduce((sum, l) => sum + l.overdue, 0),
    }
  })
}

/** The villages my grids lie in, once each: the open-case counts are asked per village. */
export function villagesOf(grids: Grid[]): string[] {
  return [...new Set(grids.map((g) => g.regionCode))]
}
