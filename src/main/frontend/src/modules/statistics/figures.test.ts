import { describe, expect, it } from 'vitest'
import { breakdown, formatRate, regionChoices, todayInShanghai, yearOf } from './figures'

describe('dashboard figures', () => {
  it('shows a rate as a percentage with one decimal', () => {
    expect(formatRate(0.9891)).toBe('98.9%')
    expect(formatRate(1)).toBe('100.0%')
    expect(formatRate(0)).toBe('0.0%')
  })

  it('shows a dash when there was nothing to divide by', () => {
    expect(formatRate(null)).toBe('—')
    expect(formatRate(undefined)).toBe('—')
  })

  it('takes this calendar year as the default period', () => {
    expect(yearOf('2026-12-06')).toEqual({ from: '2026-01-01', to: '2026-12-31' })
  })

  it('counts the day in Shanghai, not in the browser', () => {
    expect(todayInShanghai(new Date('2026-12-31T17:00:00Z'))).toBe('2027-01-01')
  })

  it('offers a county center its county and the towns in it, and a town center only its town', () => {
    const county = { code: '610722000000', name: '城固县', level: 'COUNTY', parentCode: null }
    const towns = ['610722101000', '610722102000', '610722103000']
      .map((code) => ({ code, name: code, level: 'TOWN', parentCode: county.code }))
    expect(regionChoices([county], { [county.code]: towns }).map((r) => r.code))
      .toEqual([county.code, ...towns.map((t) => t.code)])
    expect(regionChoices([towns[0]], {}).map((r) => r.code)).toEqual(['610722101000'])
  })

  it('orders a breakdown largest first with its labels', () => {
    expect(breakdown({ APPEAL: 3, HAZARD: 7 }, (k) => k.toLowerCase()))
      .toEqual([{ name: 'hazard', value: 7 }, { name: 'appeal', value: 3 }])
  })
})
