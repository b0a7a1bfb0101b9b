/** `2026-03-05T14:30:00+08:00` → `2026-03-05 14:30` (the server's times already carry Asia/Shanghai). */
export function formatTime(value: string | null | undefined): string {
  if (!value) return '—'
  return value.slice(0, 16).replace('T', ' ')
}
