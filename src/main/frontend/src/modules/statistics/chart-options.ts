import type { TrendRow } from './api'

/** The texts a chart needs, already translated. */
export interface ChartLabels {
  received: string
  resolved: string
  onTimeRate: string
}

// no animation: the figures are the point, and a big screen refreshing them should not replay one
const COLORS = ['#2563eb', '#16a34a', '#f59e0b', '#dc2626', '#7c3aed', '#0891b2', '#64748b', '#db2777']

/** Received and resolved per month, as lines. */
export function monthOption(rows: TrendRow[], l: ChartLabels) {
  return {
    color: COLORS,
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 16, top: 32, bottom: 28 },
    xAxis: { type: 'category', data: rows.map((r) => r.key) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: l.received, type: 'line', smooth: true, data: rows.map((r) => r.received) },
      { name: l.resolved, type: 'line', smooth: true, data: rows.map((r) => r.resolved) },
    ],
  }
}

/** Received and resolved as bars per group (village or unit), with the on-time rate in % on a second axis. */
export function barsOption(rows: TrendRow[], l: ChartLabels, limit = 15) {
  const top = [...rows].sort((a, b) => b.received - a.received).slice(0, limit)
  return {
    color: COLORS,
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 40, top: 32, bottom: 64 },
    xAxis: { type: 'category', data: top.map((r) => r.name ?? r.key), axisLabel: { rotate: 35, interval: 0 } },
    yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } }],
    series: [
      { name: l.received, type: 'bar', data: top.map((r) => r.received) },
      { name: l.resolved, type: 'bar', data: top.map((r) => r.resolved) },
      { name: l.onTimeRate, type: 'line', yAxisIndex: 1,
        data: top.map((r) => (r.onTimeRate === null ? null : Math.round(r.onTimeRate * 1000) / 10)) },
    ],
  }
}

/** A breakdown (kind, channel) as a ring. */
export function pieOption(data: { name: string; value: number }[]) {
  return {
    color: COLORS,
    animation: false,
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { type: 'scroll', bottom: 0 },
    series: [{ type: 'pie', radius: ['35%', '62%'], center: ['50%', '45%'], data, label: { show: false } }],
  }
}
