import { queueQuery, type QueueQuery } from '@/shared/layout/menu'

/** A queue on the workbench: the list query of its newest cases and the full list it links to. */
export interface DeskQueue {
  key: string
  query: QueueQuery
  to: string
}

function queue(key: string): DeskQueue {
  return { key, query: queueQuery(key), to: `/cases?queue=${key}` }
}

/** The four count cards (UI.md 工作台), each a link to its list; the count comes from `/api/cases/counts`. */
export const COUNT_CARDS: DeskQueue[] = ['toDispatch', 'warning', 'overdue', 'toVisit'].map(queue)

/** The desk's queues listed on the workbench, each with its newest {@link NEWEST} cases. */
export const DESK_QUEUES: DeskQueue[] = [
  queue('toDispatch'),
  { key: 'returned', query: { status: 'RETURNED' }, to: '/cases?status=RETURNED' },
  queue('escalated'),
  queue('warning'),
  queue('overdue'),
  queue('toFeedback'),
  queue('toVisit'),
]

export const NEWEST = 10

/** A count as shown on a card: "120+" when the server only knows there are at least that many. */
export function countText(total: number, exact: boolean): string {
  return exact ? String(total) : `${total}+`
}
