import { describe, expect, it } from 'vitest'
import { QUEUES } from '@/shared/layout/menu'
import { COUNT_CARDS, countText, DESK_QUEUES } from './workbench'

describe('the desk workbench', () => {
  it('shows four count cards, to dispatch, warning, overdue and to visit, each linking to its queue', () => {
    expect(COUNT_CARDS.map((c) => c.key)).toEqual(['toDispatch', 'warning', 'overdue', 'toVisit'])
    expect(COUNT_CARDS.map((c) => c.to)).toEqual(['/cases?queue=toDispatch', '/cases?queue=warning',
      '/cases?queue=overdue', '/cases?queue=toVisit'])
  })

  it('lists overdue cases that are still open, and warned ones by the warning flag', () => {
    const overdue = DESK_QUEUES.find((q) => q.key === 'overdue')!
    expect(overdue.query.overdue).toBe(true)
    expect(overdue.query.status?.split(',')).toContain('IN_PROGRESS')
    expect(overdue.query.status?.split(',')).not.toContain('CLOSED')
    expect(DESK_QUEUES.find((q) => q.key === 'warning')!.query).toEqual({ status: undefined, warning: true })
  })

  it('links every queue to a case list the queue page understands', () => {
    for (const q of DESK_QUEUES) {
      const params = new URLSearchParams(q.to.split('?')[1])
      expect(params.get('queue') ? QUEUES[params.get('queue')!] || undefined : params.get('status')).toBe(q.query.status)
    }
  })

  it('marks a count the server could not tell exactly with a plus', () => {
    expect(countText(12, true)).toBe('12')
    expect(countText(1000, false)).toBe('1000+')
  })
})
