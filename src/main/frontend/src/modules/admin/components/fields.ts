/** A field of an administration form: what record-dialog.vue draws and checks before sending. */
export interface FieldDef {
  name: string
  type: 'text' | 'password' | 'number' | 'select' | 'tags' | 'switch'
  required?: boolean
  /** select: the values; their labels are `admin.<labels>.<value>` when `labels` is set, else the values */
  options?: string[]
  labels?: string
  multiple?: boolean
  min?: number
  max?: number
  step?: number
  /** shown but not changeable (a code once created) */
  readonlyOnEdit?: boolean
}

/** The names of the required fields that are still empty (an empty list counts as empty). */
export function missingFields(fields: FieldDef[], body: Record<string, unknown>): string[] {
  return fields.filter((f) => f.required).filter((f) => {
    const value = body[f.name]
    return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)
  }).map((f) => f.name)
}

/** The body to send: empty texts become null, so that an optional field left empty means "any". */
export function cleanBody(fields: FieldDef[], body: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...body }
  for (const f of fields) if (out[f.name] === '') out[f.name] = null
  return out
}
