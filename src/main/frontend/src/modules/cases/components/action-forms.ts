/**
 * The body of each case action (API.md's action table): the fields its dialog asks for. The rules of who may
 * act when stay on the server; the page only shows the actions the case view's `allowedActions` lists.
 */
export type FieldType = 'text' | 'textarea' | 'select' | 'units' | 'unit' | 'number' | 'switch' | 'files'

export interface ActionField {
  name: string
  type: FieldType
  required?: boolean
  /** enum values, labelled by `cases.enum.<name>.<value>` */
  options?: string[]
}

const reason: ActionField = { name: 'reason', type: 'textarea', required: true }
const result: ActionField = { name: 'result', type: 'textarea', required: true }
const comment: ActionField = { name: 'comment', type: 'textarea' }
/** photos and documents uploaded first (`POST /api/files`), sent as their ids */
const attachments: ActionField = { name: 'attachments', type: 'files' }

export const ACTION_FORMS: Record<string, ActionField[]> = {
  dispatch: [{ name: 'leadUnit', type: 'unit', required: true }, { name: 'coUnits', type: 'units' }],
  accept: [],
  return: [reason],
  start: [],
  report: [result, attachments],
  resolve: [result, attachments],
  escalate: [reason],
  feedback: [
    { name: 'method', type: 'select', required: true, options: ['PHONE', 'SMS', 'IN_PERSON', 'LETTER', 'ONLINE', 'NONE_ANONYMOUS'] },
    { name: 'message', type: 'textarea', required: true },
  ],
  visit: [
    { name: 'satisfaction', type: 'select', required: true,
      options: ['VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED', 'UNREACHABLE'] },
    comment,
  ],
  close: [comment],
  reopen: [reason],
  merge: [{ name: 'into', type: 'text', required: true }],
  supervise: [{ name: 'level', type: 'select', required: true, options: ['GENERAL', 'KEY', 'LISTED'] }, comment],
  extend: [{ name: 'days', type: 'number', required: true }, reason],
  'approve-extension': [{ name: 'approved', type: 'switch' }, comment],
  'not-accept': [reason, { name: 'notice', type: 'textarea', required: true }],
}

/** The order buttons appear in; actions the page does not know are not shown. */
export const ACTION_ORDER = Object.keys(ACTION_FORMS)

export function initialBody(action: string): Record<string, unknown> {
  const body: Record<string, unknown> = {}
  for (const field of ACTION_FORMS[action] ?? []) {
    body[field.name] = field.type === 'units' || field.type === 'files' ? [] : field.type === 'switch' ? true : field.type === 'number' ? 1 : ''
  }
  return body
}

/** The fields left empty that the action needs, checked before sending. */
export function missingFields(action: string, body: Record<string, unknown>): string[] {
  return (ACTION_FORMS[action] ?? [])
    .filter((f) => f.required)
    .filter((f) => {
      const value = body[f.name]
      return value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
    })
    .map((f) => f.name)
}

/** The dispatch dialog's units pre-selected from the routing rule's suggestion (the user may change them). */
export function prefillDispatch(body: Record<string, unknown>,
  suggestion: { leadUnit: string | null; coUnits: string[] | null }): void {
  if (!suggestion.leadUnit) return
  body.leadUnit = suggestion.leadUnit
  body.coUnits = (suggestion.coUnits ?? []).filter((u) => u !== suggestion.leadUnit)
}
