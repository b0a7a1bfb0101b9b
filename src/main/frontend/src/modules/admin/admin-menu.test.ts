import { describe, expect, it } from 'vitest'
import { menuOf } from '@/shared/layout/menu'

describe('the administration menu', () => {
  it('shows users, departments, categories, rules, time limits, holidays, imports, grids and the audit log to an administrator', () => {
    const targets = menuOf(['ADMIN']).map((e) => e.to).filter((to) => to.startsWith('/admin/'))
    expect(targets).toEqual(['/admin/users', '/admin/departments', '/admin/categories', '/admin/routing-rules',
      '/admin/sla-policies', '/admin/calendar', '/admin/imports', '/admin/grids', '/admin/audit'])
  })

  it('shows no administration entry to desk staff, leaders, stations, grid members or the county', () => {
    for (const role of ['CENTER_STAFF', 'CENTER_LEADER', 'DEPARTMENT_STAFF', 'GRID_MEMBER', 'VILLAGE_CADRE', 'COUNTY_VIEWER']) {
      expect(menuOf([role]).some((e) => e.to.startsWith('/admin/'))).toBe(false)
    }
  })
})
