import { QUEUES } from '@/shared/layout/menu'

/** The desk's queues on the workbench: the statuses each lists and the case list it links to. */
export interface DeskQueue {
  key: string
  statuses: string
  to: string
}

export const DESK_QUEUES: DeskQueue[] = [
  { key: 'toDispatch', statuses: QUEUES.toDispatch, to: '/cases?queue=toDispatch' },
  { key: 'returned', statuses: 'RETURNED', to: '/cases?status=RETURNED' },
  { key: 'escalated', statuses: QUEUES.escalated, to: '/cases?queue=escalated' },
  { key: 'toFeedback', statuses: QUEUES.toFeedback, to: '/cases?queue=toFeedback' },
  { key: 'toVisit', statuses: QUEUES.toVisit, to: '/cases?queue=toVisit' },
]

/** A count as shown on a card: "120+" when the server only knows there are at least that many. */
export function countText(total: number, exact: boolean): string {
  return exact ? String(total) : `${total}+`
}
