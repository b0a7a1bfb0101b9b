export type Span = 'week' | 'month'

/** The Asia/Shanghai calendar day of an instant, as YYYY-MM-DD. */
export function shanghaiDay(now: Date): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10)
}

/** The last day of the calendar week (Monday–Sunday) or month containing `now` in Asia/Shanghai. */
export function dueDay(now: Date, span: Span): string {
  const [y, m, d] = shanghaiDay(now).split('-').map(Number)
  const day = new Date(Date.UTC(y, m - 1, d))
  if (span === 'month') return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10)
  const weekday = (day.getUTCDay() + 6) % 7 // Monday 0 … Sunday 6
  return new Date(day.getTime() + (6 - weekday) * 86_400_000).toISOString().slice(0, 10)
}
