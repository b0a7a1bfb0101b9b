import { describe, expect, it } from 'vitest'
import { QUEUES } from '@/shared/layout/menu'
import { countText, DESK_QUEUES } from './workbench'

describe('the desk workbench', () => {
  it('shows the five desk queues, to dispatch first, with the statuses of the menu', () => {
    expect(DESK_QUEUES.map((q) => q.key)).toEqual(['toDispatch', 'returned', 'escalated', 'toFeedback', 'toVisit'])
    expect(DESK_QUEUES[0].statuses).toBe(QUEUES.toDispatch)
  })

  it('links every card to a case list the queue page understands', () => {
    for (const q of DESK_QUEUES) {
      const params = new URLSearchParams(q.to.split('?')[1])
      expect(params.get('queue') ? QUEUES[params.get('queue')!] : params.get('status')).toBe(q.statuses)
    }
  })

  it('marks a count the server could not tell exactly with a plus', () => {
    expect(countText(12, true)).toBe('12')
    expect(countText(1000, false)).toBe('1000+')
  })
})
