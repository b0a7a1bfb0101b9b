/**
 * The menu by role (UI.md): only entries the role may use, and only those whose pages exist. Queues are the
 * case list with a status filter.
 */
export interface MenuEntry {
  /** i18n key of the label */
  label: string
  to: string
}

const CENTER = ['ADMIN', 'CENTER_STAFF', 'CENTER_LEADER']
const STATION = ['DEPARTMENT_STAFF', 'VILLAGE_CADRE']

const ENTRIES: { entry: MenuEntry; roles: string[] }[] = [
  { entry: { label: 'menu.toDispatch', to: '/cases?status=RECEIVED' }, roles: CENTER },
  { entry: { label: 'menu.inProgress', to: '/cases?status=IN_PROGRESS' }, roles: CENTER },
  { entry: { label: 'menu.toFeedback', to: '/cases?status=RESOLVED' }, roles: CENTER },
  { entry: { label: 'menu.toVisit', to: '/cases?status=FEEDBACK_GIVEN' }, roles: CENTER },
  { entry: { label: 'menu.escalated', to: '/cases?status=ESCALATED' }, roles: ['COUNTY_VIEWER'] },
  { entry: { label: 'menu.toAccept', to: '/cases?status=DISPATCHED' }, roles: STATION },
  { entry: { label: 'menu.handling', to: '/cases?status=ACCEPTED' }, roles: STATION },
  { entry: { label: 'menu.resolved', to: '/cases?status=RESOLVED' }, roles: STATION },
  { entry: { label: 'menu.tasks', to: '/cases' }, roles: ['GRID_MEMBER'] },
  { entry: { label: 'menu.allCases', to: '/cases' }, roles: [...CENTER, ...STATION, 'COUNTY_VIEWER'] },
]

export function menuOf(roles: string[]): MenuEntry[] {
  return ENTRIES.filter((e) => e.roles.some((r) => roles.includes(r))).map((e) => e.entry)
}

/** Where a user lands after login: the first entry of their menu. */
export function homeOf(roles: string[]): string {
  return menuOf(roles)[0]?.to ?? '/cases'
}
