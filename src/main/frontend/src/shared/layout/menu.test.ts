import { describe, expect, it } from 'vitest'
import { homeOf, menuOf, QUEUES } from './menu'

describe('menu', () => {
  it('sends a desk clerk to the workbench and an administrator to the to-dispatch queue, which holds returned, escalated and reopened cases too', () => {
    expect(homeOf(['CENTER_STAFF'])).toBe('/workbench')
    expect(homeOf(['CENTER_LEADER'])).toBe('/workbench')
    expect(homeOf(['ADMIN'])).toBe('/cases?queue=toDispatch')
    expect(QUEUES.toDispatch.split(',')).toEqual(['RECEIVED', 'RETURNED', 'ESCALATED', 'REOPENED'])
  })

  it('gives a station its own queues and no dispatch queue', () => {
    const labels = menuOf(['DEPARTMENT_STAFF']).map((e) => e.label)
    expect(labels).toContain('menu.toAccept')
    expect(labels).not.toContain('menu.toDispatch')
  })

  it('links every queue entry to a known queue', () => {
    for (const entry of menuOf(['ADMIN', 'DEPARTMENT_STAFF', 'COUNTY_VIEWER'])) {
      const queue = new URLSearchParams(entry.to.split('?')[1] ?? '').get('queue')
      if (queue) expect(QUEUES[queue]).toBeDefined()
    }
  })
})
