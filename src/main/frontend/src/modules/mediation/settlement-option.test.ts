import { describe, expect, it } from 'vitest'
import { mediatorOptions, percent, type Settlement } from './api'
import { settlementOption } from './settlement-option'

const labels = { screened: '排查', village: '村级化解', town: '镇级化解', rate: '化解率' }

describe('settlement chart', () => {
  it('puts villages with the most disputes first and stacks village and town settlements', () => {
    const s: Settlement = {
      regionCode: '610722101000', screened: 5, mediated: 4, settled: 4, settlementRate: 0.8, settledByLevel: { VILLAGE: 3, TOWN: 1, COUNTY: 0 },
      byType: [],
      byRegion: [
        { regionCode: 'A', screened: 1, settled: 1, settlementRate: 1, settledByLevel: { VILLAGE: 1, TOWN: 0, COUNTY: 0 } },
        { regionCode: 'B', screened: 4, settled: 3, settlementRate: 0.75, settledByLevel: { VILLAGE: 2, TOWN: 1, COUNTY: 0 } },
      ],
    }
    const option = settlementOption(s, { B: '六一村' }, labels)
    expect(option.xAxis.data).toEqual(['六一村', 'A'])
    expect(option.series[1].data).toEqual([2, 1])
    expect(option.series[2].data).toEqual([1, 0])
    expect(option.series[3].data).toEqual([75, 100])
  })

  it('shows a rate as a percentage and a missing rate as a dash', () => {
    expect(percent(0.9886)).toBe('98.9%')
    expect(percent(null)).toBe('—')
  })

  it('offers only the active mediators of the rosters, named with their committee', () => {
    const options = mediatorOptions([{ id: 1, regionCode: 'x', name: '东沟村人民调解委员会', shortName: '东沟', hostUnit: null, active: true,
      mediators: [{ id: 7, name: '王建国', kind: 'MEDIATOR', title: '主任', active: true },
        { id: 8, name: '李秀英', kind: 'COMMUNITY_ELDER', title: null, active: false }] }])
    expect(options).toEqual([{ value: 7, label: '王建国（东沟村人民调解委员会）' }])
  })
})
