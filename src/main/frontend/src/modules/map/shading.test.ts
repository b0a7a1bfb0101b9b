import { describe, expect, it } from 'vitest'
import { shadeOf } from './shading'

describe('grid shading', () => {
  it('paints a grid without open cases pale green', () => {
    expect(shadeOf(0)).toBe('#86efac')
  })

  it('paints a few open cases yellow and more orange', () => {
    expect(shadeOf(2)).toBe('#facc15')
    expect(shadeOf(6)).toBe('#f97316')
  })

  it('paints a grid red when one of its cases is overdue, however few', () => {
    expect(shadeOf(1, 1)).toBe('#dc2626')
  })
})
