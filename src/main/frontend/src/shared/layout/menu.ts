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
}

const CENTER = ['ADMIN', 'CENTER_STAFF', 'CENTER_LEADER']
const STATION = ['DEPARTMENT_STAFF', 'VILLAGE_CADRE']

const ENTRIES: { entry: MenuEntry; roles: string[] }[] = [
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
  { entry: { label: 'menu.workbench', to: '/workbench' }, roles: ['CENTER_STAFF', 'CENTER_LEADER'] },
  { entry: { label: 'menu.intake', to: '/intake' }, roles: CENTER },
]

export function menuOf(roles: string[]): MenuEntry[] {
  return ENTRIES.filter((e) => e.roles.some((r) => roles.includes(r))).map((e) => e.entry)
}

/** Where a user lands after login: the desk's workbench for the center, else the first entry of their menu. */
export function homeOf(roles: string[]): string {
  const entries = menuOf(roles)
  return (entries.find((e) => e.to === '/workbench') ?? entries[0])?.to ?? '/cases'
}
