/** A grid's fill by its open cases: none pale green, a few yellow, more orange, many red; overdue ones make it red. */
export function shadeOf(open: number, overdue = 0): string {
  if (overdue > 0 || open > 10) return '#dc2626'
  if (open > 4) return '#f97316'
  if (open > 0) return '#facc15'
  return '#86efac'
}

/** The legend, in the order shown: [colour, i18n key]. */
export const SHADES: [string, string][] = [
  ['#86efac', 'map.legend.none'],
  ['#facc15', 'map.legend.few'],
  ['#f97316', 'map.legend.many'],
  ['#dc2626', 'map.legend.alarm'],
]
