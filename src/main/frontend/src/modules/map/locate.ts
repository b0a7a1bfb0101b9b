import { ApiError, http } from '@/shared/http'
import type { Grid } from './api'

export interface RegionRef { code: string; name: string; level: string; parentCode: string | null }

/** `GET /api/grids/locate`: the grid containing a point, with its village and town. */
export interface GridLocation extends Omit<Grid, 'boundary'> {
  village: RegionRef
  town: RegionRef | null
}

/** What the intake pickers take from a located point. */
export interface PickedPlace {
  town: string
  village: string
  grid: string
  gridName: string
  villageName: string
  /** WGS-84, as sent in `location.lat/lng` */
  lat: number
  lng: number
}

/** Finds the grid of a WGS-84 point; null when no grid in the caller's scope contains it (the API's 404). */
export async function locate(lat: number, lng: number): Promise<GridLocation | null> {
  try {
    return await http.get<GridLocation>('/api/grids/locate', { lat, lng, crs: 'WGS84' })
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null
    throw error
  }
}

/** The pickers' values for a located point: the town above the village (or the village's parent), village, grid. */
export function placeOf(found: GridLocation, lat: number, lng: number): PickedPlace {
  return {
    town: found.town?.code ?? found.village.parentCode ?? '',
    village: found.village.code,
    grid: found.code,
    gridName: found.name,
    villageName: found.village.name,
    lat,
    lng,
  }
}
