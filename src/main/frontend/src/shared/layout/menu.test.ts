import { describe, expect, it } from 'vitest'
import { homeOf, menuOf, queueOf, queueQuery, QUEUES } from './menu'

describe('menu', () => {
  it('sends a desk clerk to the workbench, a leader to the dashboard and an administrator to the to-dispatch queue, which holds returned, escalated and reopened cases too', () => {
    expect(homeOf(['CENTER_STAFF'])).toBe('/workbench')
    expect(homeOf(['CENTER_LEADER'])).toBe('/dashboard')
    expect(homeOf(['COUNTY_VIEWER'])).toBe('/dashboard')
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

  it('sends a center leader and a county viewer to the dashboard, and a desk clerk not', () => {
    expect(homeOf(['CENTER_LEADER'])).toBe('/dashboard')
    expect(homeOf(['COUNTY_VIEWER'])).toBe('/dashboard')
    expect(menuOf(['CENTER_STAFF']).map((e) => e.to)).toContain('/dashboard')
  })

  it('gives the grid member the map and not the dashboard', () => {
    const links = menuOf(['GRID_MEMBER']).map((e) => e.to)
    expect(links).toContain('/map')
    expect(links).not.toContain('/dashboard')
  })

  it('sends the grid member to the phone view', () => {
    expect(homeOf(['GRID_MEMBER'])).toBe('/phone')
    expect(menuOf(['GRID_MEMBER']).map((e) => e.to)).toContain('/phone')
  })

  it('gives the center leader 督办 and 审批, the station 协办任务 and the county viewer 全县概览 and 上报事件', () => {
    expect(menuOf(['CENTER_LEADER']).map((e) => e.label)).toEqual(expect.arrayContaining(['menu.supervised', 'menu.extensionPending']))
    expect(menuOf(['CENTER_STAFF']).map((e) => e.label)).not.toContain('menu.extensionPending')
    expect(menuOf(['DEPARTMENT_STAFF']).map((e) => e.label)).toContain('menu.coTasks')
    expect(menuOf(['COUNTY_VIEWER']).map((e) => e.label)).toEqual(expect.arrayContaining(['menu.countyOverview', 'menu.escalated']))
    expect(menuOf(['CENTER_LEADER']).map((e) => e.label)).toContain('menu.dashboard')
  })

  it('asks the case list for a queue by its statuses and its flag, and names the queue whose count a link shows', () => {
    expect(queueQuery('coTasks')).toEqual({ status: 'DISPATCHED,ACCEPTED,IN_PROGRESS', part: 'CO' })
    expect(queueQuery('extensionPending')).toEqual({ status: undefined, extensionPending: true })
    expect(queueQuery('toVisit')).toEqual({ status: 'FEEDBACK_GIVEN' })
    expect(queueOf('/cases?queue=supervised')).toBe('supervised')
    expect(queueOf('/dashboard')).toBe('')
  })

  it('gives the police station the people registers and lists a page once for two roles', () => {
    expect(menuOf(['DEPARTMENT_STAFF'], ['610722101000-POLICE_STATION']).map((e) => e.to))
      .toEqual(expect.arrayContaining(['/people/residents', '/people/households']))
    const links = menuOf(['CENTER_STAFF', 'DEPARTMENT_STAFF'], ['610722101000-POLICE_STATION']).map((e) => e.to)
    expect(links.filter((to) => to === '/people/residents')).toHaveLength(1)
    expect(menuOf(['ADMIN']).map((e) => e.to)).toContain('/special-populations/tables')
  })

  it('shows 居民 and 户籍 to police.longtou and desk.longtou but not to judicial.longtou, whose register list would be empty', () => {
    // roles and data scope as /api/auth/me answers them for the demo accounts
    const police = menuOf(['DEPARTMENT_STAFF'], ['610722101000-POLICE_STATION']).map((e) => e.label)
    const desk = menuOf(['CENTER_STAFF'], []).map((e) => e.label)
    const judicial = menuOf(['DEPARTMENT_STAFF'], ['610722101000-JUDICIAL_OFFICE']).map((e) => e.label)
    for (const labels of [police, desk]) expect(labels).toEqual(expect.arrayContaining(['people.menu.residents', 'people.menu.households']))
    expect(judicial).not.toContain('people.menu.residents')
    expect(judicial).not.toContain('people.menu.households')
    expect(judicial).toContain('menu.toAccept')
  })

  it('shows the petitioner register to the petition office (petition.longtou) but not to other department staff', () => {
    const office = menuOf(['DEPARTMENT_STAFF'], ['610722101000-PETITION_OFFICE']).map((e) => e.to)
    expect(office.filter((to) => to === '/petitioners')).toHaveLength(1)
    expect(menuOf(['DEPARTMENT_STAFF'], ['610722101000-POLICE_STATION']).map((e) => e.to)).not.toContain('/petitioners')
    expect(menuOf(['CENTER_STAFF'], ['610722101000-GOVERNANCE_CENTER']).map((e) => e.to)).not.toContain('/petitioners')
    expect(menuOf(['CENTER_LEADER'], ['610722101000-GOVERNANCE_CENTER']).map((e) => e.to)).toContain('/petitioners')
  })
})
