import type { Settlement } from './api'

export interface SettlementLabels {
  screened: string
  village: string
  town: string
  rate: string
}

/** Settlement by village (a county: by town): screened, settled in the village and at the town, and the rate in %. */
export function settlementOption(s: Settlement, names: Record<string, string>, l: SettlementLabels) {
  const rows = [...s.byRegion].sort((a, b) => b.screened - a.screened).slice(0, 20)
  const pct = (r: number | null) => (r === null ? null : Math.round(r * 1000) / 10)
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 40, top: 32, bottom: 64 },
    xAxis: { type: 'category', data: rows.map((r) => names[r.regionCode] ?? r.regionCode), axisLabel: { rotate: 35, interval: 0 } },
    yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } }],
    series: [
      { name: l.screened, type: 'bar', data: rows.map((r) => r.screened) },
      { name: l.village, type: 'bar', stack: 'settled', data: rows.map((r) => r.settledByLevel.VILLAGE ?? 0) },
      { name: l.town, type: 'bar', stack: 'settled', data: rows.map((r) => (r.settledByLevel.TOWN ?? 0) + (r.settledByLevel.COUNTY ?? 0)) },
      { name: l.rate, type: 'line', yAxisIndex: 1, data: rows.map((r) => pct(r.settlementRate)) },
    ],
  }
}
