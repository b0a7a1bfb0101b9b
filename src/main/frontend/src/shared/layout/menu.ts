/**
 * The menu by role (UI.md): only entries the role may use, and only those whose pages exist. Queues are the
 * case list filtered by the statuses of {@link QUEUES} (the API takes several, comma-separated).
 */
export interface MenuEntry {
  /** i18n key of the label */
  label: string
  to: string
}

/** Each queue's statuses: "to dispatch" holds what came back (returned, escalated to us, reopened) too. */
export const QUEUES: Record<string, string> = {
  toDispatch: 'RECEIVED,RETURNED,ESCALATED,REOPENED',
  inProgress: 'DISPATCHED,ACCEPTED,IN_PROGRESS',
  toFeedback: 'RESOLVED',
  toVisit: 'FEEDBACK_GIVEN',
  escalated: 'ESCALATED',
  toAccept: 'DISPATCHED',
  handling: 'ACCEPTED,IN_PROGRESS',
  resolved: 'RESOLVED',
  warning: '',
  overdue: 'RECEIVED,DISPATCHED,ACCEPTED,IN_PROGRESS,RETURNED,ESCALATED,REOPENED',
  supervised: 'RECEIVED,DISPATCHED,ACCEPTED,IN_PROGRESS,RETURNED,ESCALATED,REOPENED',
  extensionPending: '',
  coTasks: 'DISPATCHED,ACCEPTED,IN_PROGRESS',
}

const CENTER = ['ADMIN', 'CENTER_STAFF', 'CENTER_LEADER']
/**
 * Not a role: department staff working for a police station (a unit code `<town>-POLICE_STATION` in the data scope
 * `/api/auth/me` answers), whom the server's register rule lets read their town's households and residents.
 */
const POLICE = 'POLICE_STATION_STAFF'
const STATION = ['DEPARTMENT_STAFF', 'VILLAGE_CADRE']
/** Not a role: department staff of a petition office (`<town>-PETITION_OFFICE`), who read the petitioner register. */
const PETITION = 'PETITION_OFFICE_STAFF'

const ENTRIES: { entry: MenuEntry; roles: string[] }[] = [
  { entry: { label: 'menu.workbench', to: '/workbench' }, roles: ['CENTER_STAFF', 'CENTER_LEADER'] },
  { entry: { label: 'menu.intake', to: '/intake' }, roles: CENTER },
  { entry: { label: 'menu.toDispatch', to: '/cases?queue=toDispatch' }, roles: CENTER },
  { entry: { label: 'menu.inProgress', to: '/cases?queue=inProgress' }, roles: CENTER },
  { entry: { label: 'menu.toFeedback', to: '/cases?queue=toFeedback' }, roles: CENTER },
  { entry: { label: 'menu.toVisit', to: '/cases?queue=toVisit' }, roles: CENTER },
  { entry: { label: 'menu.escalated', to: '/cases?queue=escalated' }, roles: ['COUNTY_VIEWER'] },
  { entry: { label: 'menu.toAccept', to: '/cases?queue=toAccept' }, roles: STATION },
  { entry: { label: 'menu.handling', to: '/cases?queue=handling' }, roles: STATION },
  { entry: { label: 'menu.resolved', to: '/cases?queue=resolved' }, roles: STATION },
  { entry: { label: 'menu.tasks', to: '/cases' }, roles: ['GRID_MEMBER'] },
  { entry: { label: 'menu.allCases', to: '/cases' }, roles: [...CENTER, ...STATION, 'COUNTY_VIEWER'] },
  { entry: { label: 'menu.dashboard', to: '/dashboard' }, roles: [...CENTER, 'COUNTY_VIEWER'] },
  { entry: { label: 'menu.map', to: '/map' }, roles: [...CENTER, 'COUNTY_VIEWER', 'GRID_MEMBER'] },
  { entry: { label: 'admin.menu.users', to: '/admin/users' }, roles: ['ADMIN'] },
  { entry: { label: 'admin.menu.departments', to: '/admin/departments' }, roles: ['ADMIN'] },
  { entry: { label: 'admin.menu.categories', to: '/admin/categories' }, roles: ['ADMIN'] },
  { entry: { label: 'admin.menu.rules', to: '/admin/routing-rules' }, roles: ['ADMIN'] },
  { entry: { label: 'admin.menu.sla', to: '/admin/sla-policies' }, roles: ['ADMIN'] },
  { entry: { label: 'admin.menu.calendar', to: '/admin/calendar' }, roles: ['ADMIN'] },
  { entry: { label: 'admin.menu.imports', to: '/admin/imports' }, roles: ['ADMIN'] },
  { entry: { label: 'menu.phone', to: '/phone' }, roles: ['GRID_MEMBER'] },
  { entry: { label: 'admin.menu.grids', to: '/admin/grids' }, roles: ['ADMIN'] },
  { entry: { label: 'admin.menu.audit', to: '/admin/audit' }, roles: ['ADMIN'] },
  { entry: { label: 'special.menu.files', to: '/special-populations' }, roles: [...CENTER, ...STATION, 'GRID_MEMBER'] },
  { entry: { label: 'special.menu.calendar', to: '/follow-up' }, roles: [...CENTER, ...STATION, 'GRID_MEMBER', 'COUNTY_VIEWER'] },
  { entry: { label: 'special.menu.phone', to: '/phone/visits' }, roles: ['GRID_MEMBER'] },
  { entry: { label: 'menu.supervised', to: '/cases?queue=supervised' }, roles: ['CENTER_LEADER'] },
  { entry: { label: 'menu.extensionPending', to: '/cases?queue=extensionPending' }, roles: ['CENTER_LEADER'] },
  { entry: { label: 'menu.coTasks', to: '/cases?queue=coTasks' }, roles: STATION },
  { entry: { label: 'menu.duty', to: '/duty' }, roles: ['CENTER_LEADER'] },
  { entry: { label: 'people.menu.residents', to: '/people/residents' }, roles: ['CENTER_STAFF', 'CENTER_LEADER', 'GRID_MEMBER'] },
  { entry: { label: 'people.menu.households', to: '/people/households' }, roles: ['CENTER_STAFF', 'CENTER_LEADER', 'GRID_MEMBER'] },
  { entry: { label: 'people.menu.import', to: '/people/import' }, roles: ['CENTER_STAFF', 'CENTER_LEADER'] },
  // the town's police station reads the registers (DESIGN.md "Data rules"), other stations none (POLICE)
  { entry: { label: 'people.menu.residents', to: '/people/residents' }, roles: [POLICE] },
  { entry: { label: 'people.menu.households', to: '/people/households' }, roles: [POLICE] },
  { entry: { label: 'special.menu.tables', to: '/special-populations/tables' }, roles: ['ADMIN'] },
  { entry: { label: 'mediation.menu.committees', to: '/mediation/committees' }, roles: [...CENTER, ...STATION] },
  { entry: { label: 'petition.menu.register', to: '/petitioners' }, roles: ['CENTER_LEADER', 'ADMIN'] },
  { entry: { label: 'screening.menu.board', to: '/screening' }, roles: [...CENTER, 'VILLAGE_CADRE', 'GRID_MEMBER', 'COUNTY_VIEWER'] },
  { entry: { label: 'reporting.menu.daily', to: '/daily-reports' }, roles: ['CENTER_STAFF', 'CENTER_LEADER', 'VILLAGE_CADRE', 'GRID_MEMBER'] },
  { entry: { label: 'reporting.menu.month', to: '/daily-reports/month' }, roles: [...CENTER, 'VILLAGE_CADRE', 'COUNTY_VIEWER'] },
  // the petition office reads the petitioner register (API.md), like the police station the registers (PETITION)
  { entry: { label: 'petition.menu.register', to: '/petitioners' }, roles: [PETITION] },
]

export function menuOf(roles: string[], departments: string[] = []): MenuEntry[] {
  if (roles.includes('DEPARTMENT_STAFF') && departments.some((d) => d.endsWith('-POLICE_STATION'))) roles = [...roles, POLICE]
  if (roles.includes('DEPARTMENT_STAFF') && departments.some((d) => d.endsWith('-PETITION_OFFICE'))) roles = [...roles, PETITION]
  const county = roles.includes('COUNTY_VIEWER') && !roles.some((r) => CENTER.includes(r))
  return ENTRIES.filter((e) => e.roles.some((r) => roles.includes(r))).map((e) => e.entry)
    .filter((e, i, all) => all.findIndex((o) => o.to === e.to) === i) // a page listed for two of the roles once
    // the county viewer's dashboard compares its towns: 全县概览
    .map((e) => (county && e.to === '/dashboard' ? { ...e, label: 'menu.countyOverview' } : e))
}

/**
 * Where a user lands after login: leaders and county viewers on the dashboard, the desk on its workbench, everyone
 * else on the first list of their menu (never on the intake form).
 */
export function homeOf(roles: string[]): string {
  if (roles.some((r) => DASHBOARD_HOME.includes(r))) return '/dashboard'
  if (roles.includes('GRID_MEMBER')) return '/phone'
  const entries = menuOf(roles)
  return (entries.find((e) => e.to === '/workbench') ?? entries.find((e) => e.to !== '/intake'))?.to ?? '/cases'
}

/** Leaders and county viewers land on the dashboard. */
const DASHBOARD_HOME = ['CENTER_LEADER', 'COUNTY_VIEWER']

/** The filters a queue adds to its statuses (the API's queue flags); each queue's count has the queue's key. */
export interface QueueQuery {
  status?: string
  warning?: boolean
  overdue?: boolean
  supervised?: boolean
  extensionPending?: boolean
  part?: string
}

export const QUEUE_FLAGS: Record<string, Omit<QueueQuery, 'status'>> = {
  warning: { warning: true },
  overdue: { overdue: true },
  supervised: { supervised: true },
  extensionPending: { extensionPending: true },
  coTasks: { part: 'CO' },
}

/** The case list query of a queue: its statuses and its flags. */
export function queueQuery(queue: string): QueueQuery {
  return { status: QUEUES[queue] || undefined, ...(QUEUE_FLAGS[queue] ?? {}) }
}

/** The queue a menu link opens, whose count its badge shows; '' for other links. */
export function queueOf(to: string): string {
  return new URLSearchParams(to.split('?')[1] ?? '').get('queue') ?? ''
}
