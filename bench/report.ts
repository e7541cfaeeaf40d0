/** The benchmark's figures, their targets (issue #4), and the table they are printed as. */
import type { BenchSizes } from './data.ts'

export interface Metrics {
  /** The base of the open ratio until 2026-11: the whole article laid out as plain paragraphs. */
  plainDomMs: number
  /** The like-for-like base: the same paragraphs in the app's sections, off-screen ones skipped (`content-visibility`). */
  plainDomSkipOffscreenMs: number
  open1MbMs: number
  /** Library click → highlights painted, with the text and passages read from IndexedDB on the way. */
  open10kFromStorageMs: number
  /** The same instants under their old name, kept in each run's record for comparison with earlier results. */
  open1MbWith10kMs: number
  /** Passages in memory (read, not yet indexed) → the first screen of highlights painted; not all 10,000 are painted. */
  paint10kMs: number
  addOneP50Ms: number
  addOneP95Ms: number
  /** Samples that timed out (counted in the percentiles at the timeout). */
  addTimeouts: number
  selectToToolbarP95Ms: number
  selectTimeouts: number
  scrollP95FrameMs: number
  jumpToPassageMs: number
  panel10kMs: number
  panelFilterMs: number
  library500Ms: number
  /** The first listing after an upgrade from records without counts (counted once, then kept). */
  libraryFirstListMs: number
  reopenMs: number
  /** Issue #7: from an empty project to the library scenario's, until its library is painted. */
  projectSwitchMs: number
  /** Issue #7: 50 text articles opened at once, per article; and the longest main-thread task meanwhile. */
  batchImport50Ms: number
  batchImportLongestTaskMs: number
  /** Merging two themes that carry a fifth of the library's passages (bench/codebook.ts). */
  mergeThemesMs: number
  mergeThemesStoredMs: number
  htmlReport10kMs: number
  htmlReportMB: number
  docxReport10kMs: number
  pdfReport10kMs: number
  xlsxPassages10kMs: number
  csvProject100kMs: number
  /** The longest the page's main thread was busy during those exports. */
  exportLongestTaskMs: number
  heapMB: number
  domNodes: number
  /** The peer: its passages in memory → its first redraw painted (it too paints only what is in view). */
  peerPaint10kMs: number
  /** 10,000 W3C annotations placed on the 1 MB article by quote (plain Node, bench/w3c.ts). */
  w3cImport10kMs: number
  qdpxExportProjectMs: number
  qdpxImportNvivoMs: number
  backupRestore500Ms: number
  corpusOpenMs: number
  corpusFilterMs: number
  corpusBooleanMs: number
  searchPrepareMs: number
  searchWordMs: number
  searchRegexMs: number
  autocodeHits: number
  autocodePreviewMs: number
  autocodeApplyMs: number
  /** open1MbMs / plainDomMs of the same run (the old base, kept for continuity). */
  openVsPlainDom: number
  /** open1MbMs / plainDomSkipOffscreenMs of the same run: like with like. */
  openVsPlainDomSkipOffscreen: number
  /** peerPaint10kMs / paint10kMs of the same run: both from passages in memory. */
  peerVsPaint: number
  /** peerPaint10kMs / open10kFromStorageMs of the same run: ours from the click, storage included. */
  peerVsOpenFromStorage: number
  /** The Analysis view over the library with a 60-theme codebook (bench/analysis.ts). */
  analysisLoadMs: number
  analysisCorpusMs: number
  cooccurrenceMs: number
  matrixThemeArticleMs: number
}

/** How long a sample may take before it counts as timed out; it then counts at this value. */
export const SELECT_TIMEOUT_MS = 10_000
export const ADD_TIMEOUT_MS = 3000

export interface Field {
  key: keyof Metrics
  label: (sizes: BenchSizes) => string
  unit: 'ms' | 'MB' | 'nodes' | '×' | 'samples'
  /** The target as written in the issue, and the test of a value against it. */
  target?: { text: string; met: (value: number) => boolean }
  /** Counted over all runs instead of taken as a median and p95. */
  total?: true
  /** The column "Peer" shows the peer's figure on this row. */
  peer?: true
}

const n = (x: number): string => x.toLocaleString('en-US')
const kb = (chars: number): string => (chars >= 1e6 ? `${n(chars / 1e6)} MB` : `${n(Math.round(chars / 1e3))} KB`)
const atMost = (limit: number, unit = 'ms'): Field['target'] => ({ text: `≤ ${n(limit)} ${unit}`, met: (v) => v <= limit })

export const FIELDS: Field[] = [
  { key: 'plainDomMs', label: (s) => `${kb(s.articleChars)} as plain paragraphs, all laid out (old base of the ratio)`, unit: 'ms' },
  { key: 'plainDomSkipOffscreenMs', label: (s) => `${kb(s.articleChars)} as plain paragraphs in the app's sections, off-screen skipped (base)`, unit: 'ms' },
  { key: 'open1MbMs', label: (s) => `Open the ${kb(s.articleChars)} article (library click → text painted)`, unit: 'ms' },
  { key: 'openVsPlainDomSkipOffscreen', label: () => '  open ÷ plain DOM skipping off-screen, same run', unit: '×', target: { text: '≤ 1.5×', met: (v) => v <= 1.5 } },
  { key: 'openVsPlainDom', label: () => '  open ÷ plain DOM all laid out, same run (old ratio)', unit: '×' },
  {
    key: 'open10kFromStorageMs',
    label: (s) => `Open it with ${n(s.highlights)} passages from storage (library click → highlights painted, IndexedDB read included)`,
    unit: 'ms',
    peer: true
  },
  {
    key: 'paint10kMs',
    label: (s) => `  of which: ${n(s.highlights)} passages in memory → first screen of highlights painted (not all ${n(s.highlights)})`,
    unit: 'ms',
    target: atMost(150),
    peer: true
  },
  { key: 'peerVsPaint', label: () => '  peer ÷ ours, both from passages in memory to the first screen, same run', unit: '×', target: { text: '≥ 60×', met: (v) => v >= 60 } },
  { key: 'peerVsOpenFromStorage', label: () => '  peer (from memory) ÷ our open from storage, same run', unit: '×' },
  { key: 'addOneP50Ms', label: (s) => `Add one at ${n(s.highlights)} (tag → highlight + panel painted), p50`, unit: 'ms' },
  { key: 'addOneP95Ms', label: (s) => `Add one at ${n(s.highlights)}, p95`, unit: 'ms', target: atMost(16) },
  { key: 'addTimeouts', label: () => `  samples timed out (over ${ADD_TIMEOUT_MS / 1000} s; in the p50 and p95 at that), all runs`, unit: 'samples', target: { text: '0', met: (v) => v === 0 }, total: true },
  { key: 'selectToToolbarP95Ms', label: () => 'Select text → tag toolbar shown, p95', unit: 'ms', target: atMost(50) },
  { key: 'selectTimeouts', label: () => `  samples timed out (over ${SELECT_TIMEOUT_MS / 1000} s; in the p95 at that), all runs`, unit: 'samples', target: { text: '0', met: (v) => v === 0 }, total: true },
  { key: 'scrollP95FrameMs', label: () => 'Scroll top to bottom, p95 frame', unit: 'ms', target: atMost(16) },
  { key: 'jumpToPassageMs', label: () => 'Click the last passage → in view and flashed', unit: 'ms', target: atMost(100) },
  { key: 'panel10kMs', label: (s) => `Passages panel with ${n(s.highlights)} passages`, unit: 'ms', target: atMost(100) },
  { key: 'panelFilterMs', label: () => 'Narrow the panel to one theme', unit: 'ms', target: atMost(50) },
  { key: 'library500Ms', label: (s) => `Library of ${n(s.libraryDocuments)} articles, ${n(s.libraryPassages)} passages, with counts`, unit: 'ms', target: atMost(200) },
  { key: 'libraryFirstListMs', label: () => '  first listing of records stored without counts (once)', unit: 'ms' },
  { key: 'reopenMs', label: () => 'Reopen one of them (→ highlights painted)', unit: 'ms' },
  { key: 'projectSwitchMs', label: (s) => `Switch to the project of ${n(s.libraryDocuments)} articles (→ its library painted)`, unit: 'ms', target: atMost(200) },
  { key: 'batchImport50Ms', label: () => 'Open 50 text articles at once, per article (smoke: 5)', unit: 'ms' },
  { key: 'batchImportLongestTaskMs', label: () => '  longest main-thread task meanwhile (0: none ≥ 50 ms)', unit: 'ms', target: atMost(100) },
  { key: 'mergeThemesMs', label: (s) => `Merge two of 60 themes carrying about ${n(s.libraryPassages / 5)} passages (→ painted)`, unit: 'ms', target: atMost(500) },
  { key: 'mergeThemesStoredMs', label: () => '  → all of it stored (one transaction)', unit: 'ms' },
  { key: 'htmlReport10kMs', label: (s) => `HTML report, ${kb(s.articleChars)} with ${n(s.highlights)} passages (→ bytes ready)`, unit: 'ms', target: atMost(1000) },
  { key: 'htmlReportMB', label: () => '  its size', unit: 'MB' },
  { key: 'docxReport10kMs', label: (s) => `Word report with ${n(s.highlights)} comments (Export → file ready)`, unit: 'ms', target: atMost(5000) },
  { key: 'pdfReport10kMs', label: () => '  the HTML report printed to PDF by Chromium', unit: 'ms' },
  { key: 'xlsxPassages10kMs', label: (s) => `Excel workbook of the ${n(s.highlights)} passages`, unit: 'ms', target: atMost(2000) },
  { key: 'csvProject100kMs', label: (s) => `CSV of the ${n(s.libraryDocuments)}-article project, ${n(s.libraryPassages)} passages`, unit: 'ms', target: atMost(3000) },
  { key: 'exportLongestTaskMs', label: () => '  longest main-thread task during these exports (its CPU time, from a Chromium trace)', unit: 'ms', target: atMost(100) },
  { key: 'heapMB', label: () => 'JS heap after opening with the passages', unit: 'MB', target: atMost(150, 'MB') },
  { key: 'domNodes', label: () => 'DOM nodes then', unit: 'nodes' },
  { key: 'corpusOpenMs', label: (s) => `All passages first shown (${n(s.libraryPassages)} passages, 60 themes; indexes read once)`, unit: 'ms' },
  { key: 'corpusFilterMs', label: () => '  filtered to one theme with its sub-themes → rows painted', unit: 'ms', target: atMost(50) },
  { key: 'corpusBooleanMs', label: () => '  two themes "all of" + a text filter → rows painted', unit: 'ms', target: atMost(100) },
  { key: 'searchPrepareMs', label: (s) => `Search: the ${n(s.libraryDocuments)} articles' texts read by the worker (once)`, unit: 'ms' },
  { key: 'searchWordMs', label: () => '  a word → first results painted', unit: 'ms', target: atMost(100) },
  { key: 'searchRegexMs', label: () => '  a regular expression → first results painted', unit: 'ms', target: atMost(300) },
  { key: 'autocodeHits', label: () => 'Autocode: hits of the word', unit: 'nodes' },
  { key: 'autocodePreviewMs', label: () => '  preview (extended to sentences) painted', unit: 'ms', target: atMost(300) },
  { key: 'autocodeApplyMs', label: () => '  those passages written and painted', unit: 'ms', target: atMost(1000) },
  { key: 'analysisLoadMs', label: (s) => `Analysis view, first in the session: ${n(s.libraryPassages)} passages read by the worker (once)`, unit: 'ms' },
  { key: 'analysisCorpusMs', label: (s) => `Analysis view, ${n(s.libraryDocuments)} articles, ${n(s.libraryPassages)} passages, 60 themes (→ table and chart)`, unit: 'ms', target: atMost(300) },
  { key: 'cooccurrenceMs', label: () => '  co-occurrence, 60 × 60 (→ heatmap)', unit: 'ms', target: atMost(200) },
  { key: 'matrixThemeArticleMs', label: (s) => `  theme × article, 60 × ${n(s.libraryDocuments)} (→ matrix)`, unit: 'ms', target: atMost(300) },
  {
    key: 'peerPaint10kMs',
    label: (s) => `Peer: @recogito/text-annotator 4.1, ${n(s.highlights)} passages in memory → first screen painted`,
    unit: 'ms'
  },
  { key: 'w3cImport10kMs', label: (s) => `Import ${n(s.highlights)} W3C annotations onto the ${kb(s.articleChars)} article by quote (Node)`, unit: 'ms', target: atMost(2000) },
  { key: 'qdpxExportProjectMs', label: (s) => `Export the ${n(s.libraryDocuments)}-article, ${n(s.libraryPassages)}-passage project as .qdpx (Node)`, unit: 'ms', target: atMost(10_000) },
  { key: 'qdpxImportNvivoMs', label: () => 'Import nvivo12.6-win--oltas0517.qdpx (1.45 MB, 303 codings) as a project (Node)', unit: 'ms', target: atMost(3000) },
  { key: 'backupRestore500Ms', label: (s) => `Back up the ${n(s.libraryDocuments)}-article project and restore it (app: menu → download → restored project open)`, unit: 'ms', target: atMost(10_000) }
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

/**
 * Median and p95 over the runs of every figure, the ratios taken within each run first; counts
 * (timed-out samples) are totals over the runs, in both.
 */
export function summarize(runs: Partial<Metrics>[]): Summary {
  const ratio = (a: number | undefined, b: number | undefined): number => (a ?? Number.NaN) / (b ?? Number.NaN)
  const withRatios = runs.map((r) => ({
    ...r,
    openVsPlainDom: ratio(r.open1MbMs, r.plainDomMs),
    openVsPlainDomSkipOffscreen: ratio(r.open1MbMs, r.plainDomSkipOffscreenMs),
    peerVsPaint: ratio(r.peerPaint10kMs, r.paint10kMs),
    peerVsOpenFromStorage: ratio(r.peerPaint10kMs, r.open10kFromStorageMs)
  }))
  const total = (values: number[]): number => (values.length > 0 && values.every(Number.isFinite) ? values.reduce((a, b) => a + b, 0) : Number.NaN)
  const pick = (p: number): Metrics =>
    Object.fromEntries(
      FIELDS.map((f) => {
        const values = withRatios.map((r) => r[f.key] ?? Number.NaN)
        return [f.key, round(f.total ? total(values) : percentile(values, p))]
      })
    ) as unknown as Metrics
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
  if (unit === 'samples') return n(v)
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
    const peer = f.peer ? show(summary.median.peerPaint10kMs, 'ms') : ''
    const p95 = f.total ? '' : show(summary.p95[f.key], f.unit)
    return [f.key, f.label(context.sizes).trim(), f.target?.text ?? '', show(median, f.unit), p95, context.smoke ? '' : met, peer]
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
