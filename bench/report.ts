/** The benchmark's figures, their targets (issue #4), and the table they are printed as. */
import type { BenchSizes } from './data.ts'

export interface Metrics {
  plainDomMs: number
  open1MbMs: number
  open1MbWith10kMs: number
  paint10kMs: number
  addOneP50Ms: number
  addOneP95Ms: number
  selectToToolbarP95Ms: number
  scrollP95FrameMs: number
  jumpToPassageMs: number
  panel10kMs: number
  panelFilterMs: number
  library500Ms: number
  /** The first listing after an upgrade from records without counts (counted once, then kept). */
  libraryFirstListMs: number
  reopenMs: number
  /** Merging two themes that carry a fifth of the library's passages (bench/codebook.ts). */
  mergeThemesMs: number
  mergeThemesStoredMs: number
  htmlReport10kMs: number
  htmlReportMB: number
  heapMB: number
  domNodes: number
  peerPaint10kMs: number
  /** open1MbMs / plainDomMs of the same run. */
  openVsPlainDom: number
  /** peerPaint10kMs / paint10kMs of the same run. */
  peerVsPaint: number
}

export interface Field {
  key: keyof Metrics
  label: (sizes: BenchSizes) => string
  unit: 'ms' | 'MB' | 'nodes' | '×'
  /** The target as written in the issue, and the test of a value against it. */
  target?: { text: string; met: (value: number) => boolean }
}

const n = (x: number): string => x.toLocaleString('en-US')
const kb = (chars: number): string => (chars >= 1e6 ? `${n(chars / 1e6)} MB` : `${n(Math.round(chars / 1e3))} KB`)
const atMost = (limit: number, unit = 'ms'): Field['target'] => ({ text: `≤ ${n(limit)} ${unit}`, met: (v) => v <= limit })

export const FIELDS: Field[] = [
  { key: 'plainDomMs', label: (s) => `${kb(s.articleChars)} as plain paragraphs (base of the ratio)`, unit: 'ms' },
  { key: 'open1MbMs', label: (s) => `Open the ${kb(s.articleChars)} article (library click → text painted)`, unit: 'ms' },
  { key: 'openVsPlainDom', label: () => '  open ÷ plain DOM, same run', unit: '×', target: { text: '≤ 1.5×', met: (v) => v <= 1.5 } },
  { key: 'open1MbWith10kMs', label: (s) => `Open it with ${n(s.highlights)} passages (→ highlights painted)`, unit: 'ms' },
  { key: 'paint10kMs', label: (s) => `  of which painting the ${n(s.highlights)} highlights`, unit: 'ms', target: atMost(150) },
  { key: 'peerVsPaint', label: () => '  peer paint ÷ ours, same run', unit: '×', target: { text: '≥ 60×', met: (v) => v >= 60 } },
  { key: 'addOneP50Ms', label: (s) => `Add one at ${n(s.highlights)} (tag → highlight + panel painted), p50`, unit: 'ms' },
  { key: 'addOneP95Ms', label: (s) => `Add one at ${n(s.highlights)}, p95`, unit: 'ms', target: atMost(16) },
  { key: 'selectToToolbarP95Ms', label: () => 'Select text → tag toolbar shown, p95', unit: 'ms', target: atMost(50) },
  { key: 'scrollP95FrameMs', label: () => 'Scroll top to bottom, p95 frame', unit: 'ms', target: atMost(16) },
  { key: 'jumpToPassageMs', label: () => 'Click the last passage → in view and flashed', unit: 'ms', target: atMost(100) },
  { key: 'panel10kMs', label: (s) => `Passages panel with ${n(s.highlights)} passages`, unit: 'ms', target: atMost(100) },
  { key: 'panelFilterMs', label: () => 'Narrow the panel to one theme', unit: 'ms', target: atMost(50) },
  { key: 'library500Ms', label: (s) => `Library of ${n(s.libraryDocuments)} articles, ${n(s.libraryPassages)} passages, with counts`, unit: 'ms', target: atMost(200) },
  { key: 'libraryFirstListMs', label: () => '  first listing of records stored without counts (once)', unit: 'ms' },
  { key: 'reopenMs', label: () => 'Reopen one of them (→ highlights painted)', unit: 'ms' },
  { key: 'mergeThemesMs', label: (s) => `Merge two of 60 themes carrying about ${n(s.libraryPassages / 5)} passages (→ painted)`, unit: 'ms', target: atMost(500) },
  { key: 'mergeThemesStoredMs', label: () => '  → all of it stored (one transaction)', unit: 'ms' },
  { key: 'htmlReport10kMs', label: (s) => `HTML report, ${kb(s.articleChars)} with ${n(s.highlights)} passages (→ bytes ready)`, unit: 'ms', target: atMost(1000) },
  { key: 'htmlReportMB', label: () => '  its size', unit: 'MB' },
  { key: 'heapMB', label: () => 'JS heap after opening with the passages', unit: 'MB', target: atMost(150, 'MB') },
  { key: 'domNodes', label: () => 'DOM nodes then', unit: 'nodes' },
  { key: 'peerPaint10kMs', label: (s) => `Peer: @recogito/text-annotator 4.1 paints the ${n(s.highlights)}`, unit: 'ms' }
]

export function percentile(values: readonly number[], p: number): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b)
  if (sorted.length === 0) return Number.NaN
  const rank = (p / 100) * (sorted.length - 1)
  const lo = Math.floor(rank)
  const hi = Math.ceil(rank)
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (rank - lo)
}

export interface Summary {
  median: Metrics
  p95: Metrics
}

/** Median and p95 over the runs of every figure, the ratios taken within each run first. */
export function summarize(runs: Partial<Metrics>[]): Summary {
  const withRatios = runs.map((r) => ({
    ...r,
    openVsPlainDom: (r.open1MbMs ?? Number.NaN) / (r.plainDomMs ?? Number.NaN),
    peerVsPaint: (r.peerPaint10kMs ?? Number.NaN) / (r.paint10kMs ?? Number.NaN)
  }))
  const pick = (p: number): Metrics =>
    Object.fromEntries(FIELDS.map((f) => [f.key, round(percentile(withRatios.map((r) => r[f.key] ?? Number.NaN), p))])) as unknown as Metrics
  return { median: pick(50), p95: pick(95) }
}

function round(v: number): number {
  if (!Number.isFinite(v)) return Number.NaN
  return Math.abs(v) >= 100 ? Math.round(v) : Math.round(v * 10) / 10
}

function show(v: number, unit: Field['unit']): string {
  if (!Number.isFinite(v)) return '—'
  if (unit === '×') return `${v.toFixed(v >= 10 ? 0 : 2)}×`
  if (unit === 'nodes') return n(Math.round(v))
  if (unit === 'MB') return `${v.toFixed(1)} MB`
  return `${n(v)} ms`
}

export interface TableContext {
  chromium: string
  cores: number
  date: string
  runs: number
  smoke: boolean
  sizes: BenchSizes
}

/** A Markdown table, so the same text goes to the terminal, the docs and the README. */
export function formatTable(summary: Summary, context: TableContext): string {
  const rows = FIELDS.map((f) => {
    const median = summary.median[f.key]
    const met = f.target && Number.isFinite(median) ? (f.target.met(median) ? 'yes' : 'NO') : ''
    const peer = f.key === 'paint10kMs' ? show(summary.median.peerPaint10kMs, 'ms') : ''
    return [f.key, f.label(context.sizes).trim(), f.target?.text ?? '', show(median, f.unit), show(summary.p95[f.key], f.unit), context.smoke ? '' : met, peer]
  })
  const header = ['Field', 'Figure', 'Target', 'Median', 'p95', 'Met', 'Peer']
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)))
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i] as number)).join(' | ')} |`
  return [
    `Themata benchmark ${context.date} · ${context.cores} cores, Chromium ${context.chromium} · median and p95 of ${context.runs} fresh-browser run${context.runs === 1 ? '' : 's'}` +
      (context.smoke ? ' · SMOKE sizes, targets not judged' : ''),
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line)
  ].join('\n')
}
