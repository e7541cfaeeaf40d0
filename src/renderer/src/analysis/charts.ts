/**
 * The Analysis view's charts as Observable Plot specifications: data and marks, no hand-made
 * geometry. Themes are addressed by row index (names repeat across branches of the codebook), and
 * every chart is sized for 60 themes: a row or column per theme, never squeezed below legibility.
 * Their titles, axes, tips and numbers are in the app's language.
 */
import type * as PlotModule from '@observablehq/plot'
import type { RowLabel } from '@shared/stats/analysis'
import type { Timeline } from '@shared/stats/timeline'
import { dateFormat } from '@shared/i18n/intl'
import { locale, t } from '../i18n/i18n.svelte'
import { count, percent, shorten } from './labels'

type Plot = typeof PlotModule
export type ChartElement = SVGSVGElement | HTMLElement

/** A chart, what the pointer is over (a cell), if anything, and what to say about it. */
export interface Chart<T = never> {
  element: ChartElement
  pick?: (event: MouseEvent) => T | null
  describe?: (picked: T) => string
}

/** A matrix cell: row and column indexes. */
export interface Cell {
  row: number
  col: number
}


/** Plot's own style caps a chart at its container's width; ours scroll instead, at full size. */
const FONT = { fontSize: '12px', background: 'transparent', color: 'var(--text)', overflow: 'visible', maxWidth: 'none' }
const BAND = 20
const LABEL_CHARS = 28

/** Tick options for a count axis running to `max`: whole numbers only, written the language's way. */
function countTicks(max: number): { ticks: number; tickFormat: (v: number) => string } {
  return { ticks: Math.max(1, Math.min(5, Math.ceil(max))), tickFormat: (v) => (Number.isInteger(v) ? count(v) : '') }
}

/**
 * Room for the longest label as the chart will write it (shortened to LABEL_CHARS), measured in the
 * font Plot gives its charts: Cyrillic and Azerbaijani letters run wider than an estimate from English
 * would allow.
 */
function labelMargin(labels: readonly string[]): number {
  const context = document.createElement('canvas').getContext('2d')
  const shown = labels.map((l) => shorten(l, LABEL_CHARS))
  if (!context) return Math.max(4, ...shown.map((l) => l.length)) * 7.5 + 14
  context.font = `${FONT.fontSize} system-ui, sans-serif`
  return Math.ceil(Math.max(26, ...shown.map((l) => context.measureText(l).width))) + 14
}

export function frequencyChart(Plot: Plot, rows: readonly RowLabel[], labels: readonly string[], values: readonly number[], metric: 'passages' | 'share', order: readonly number[]): Chart {
  const data = order.map((i) => ({ i, value: values[i] as number, color: (rows[i] as RowLabel).color, label: labels[i] as string }))
  const show = (v: number): string => (metric === 'share' ? percent(v) : count(v))
  const max = Math.max(0, ...values)
  const marginLeft = labelMargin(labels)
  const element = Plot.plot({
    ariaLabel: t(metric === 'share' ? 'chart.shareAria' : 'analysis.passagesPerTheme'),
    ariaDescription: t('chart.barDescription'),
    style: FONT,
    width: 680,
    height: data.length * BAND + 60,
    marginLeft,
    marginRight: 60,
    marginBottom: 44,
    x: {
      label: t(metric === 'share' ? 'chart.shareAxis' : 'analysis.passages'),
      labelOffset: 38,
      grid: true,
      domain: [0, max > 0 ? max : 1],
      ...(metric === 'share' ? { tickFormat: (v: number) => percent(v), ticks: 5 } : countTicks(max))
    },
    y: { domain: data.map((d) => d.i), tickFormat: (i: number) => shorten(labels[i] as string, LABEL_CHARS), label: null },
    marks: [
      Plot.barX(data, { x: 'value', y: 'i', fill: 'color', title: (d: (typeof data)[number]) => `${d.label}: ${show(d.value)}`, insetTop: 2, insetBottom: 2 }),
      Plot.text(data, { x: 'value', y: 'i', text: (d: (typeof data)[number]) => show(d.value), dx: 4, textAnchor: 'start', fill: 'currentColor' }),
      Plot.ruleX([0])
    ]
  })
  return { element }
}

/** The numbers in heatmap cells: monospace, so a row of them can be one line of text. */
const NUMBER_FONT = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace'
const NUMBER_SIZE = 11
const NBSP = '\u00a0'

/** The advance of one character of the numbers' font (every character of a monospace font has it). */
function charAdvance(): number {
  const context = document.createElement('canvas').getContext('2d')
  if (!context) return 6.6
  context.font = `${NUMBER_SIZE}px ${NUMBER_FONT}`
  return context.measureText('0').width || 6.6
}

interface GridSpec {
  ariaLabel: string
  ariaDescription: string
  rows: readonly string[]
  columns: readonly string[]
  /** rows × columns; NaN leaves a cell empty. */
  values: readonly (readonly number[])[]
  cellWidth: number
  cellHeight: number
  /** Column labels turned this much (−45 or −90). */
  rotate: number
  /** Every how many columns a label is written (1: all). */
  labelEvery?: number
  /** What the tip under the pointer says of a cell. */
  tip: (row: number, col: number) => string
  /** Marks drawn over the cells (numbers, the diagonal). */
  over?: PlotModule.Markish[]
  /** Lines between the cells (for a grid small enough to read cell by cell). */
  grid?: boolean
}

/**
 * A grid of cells coloured by value, drawn as one raster image (a heatmap of 60 × 500 cells as
 * SVG rectangles would be 30,000 elements; as a raster it is one), labelled on both axes. The
 * pointer's position is turned back into a cell through the chart's own scales, for the tip and
 * for clicks, so no per-cell element or title is made.
 */
function gridChart(Plot: Plot, spec: GridSpec): Chart<Cell> {
  const { rows, columns, cellWidth, cellHeight } = spec
  const left = labelMargin(rows)
  const top = Math.round(labelMargin(columns) * (spec.rotate === -90 ? 1 : 0.75) + 12)
  const flat = spec.values.flatMap((line) => line.map((v) => (v > 0 ? v : Number.NaN)))
  const shown = flat.filter((v) => Number.isFinite(v))
  const max = Math.max(1, ...shown)
  // From the smallest count shown, so a corpus where every pair co-occurs still shows its contrasts.
  const min = Math.min(max, ...shown)
  const every = spec.labelEvery ?? 1
  const xTicks = columns.map((_, i) => i).filter((i) => i % every === 0).map((i) => i + 0.5)
  const yTicks = rows.map((_, i) => i + 0.5)
  const element = Plot.plot({
    ariaLabel: spec.ariaLabel,
    ariaDescription: spec.ariaDescription,
    style: FONT,
    width: left + columns.length * cellWidth + 20,
    height: top + rows.length * cellHeight + 10,
    marginLeft: left,
    marginTop: top,
    marginRight: 20,
    marginBottom: 10,
    x: { domain: [0, columns.length], axis: null },
    y: { domain: [0, rows.length], axis: null, reverse: true },
    color: { type: 'sqrt', scheme: 'blues', domain: min < max ? [min, max] : [0, max] },
    marks: [
      Plot.raster(flat, { width: columns.length, height: rows.length, imageRendering: 'pixelated' }),
      ...(spec.grid
        ? [Plot.gridX(columns.map((_, i) => i + 1), { stroke: 'currentColor', strokeOpacity: 0.12 }), Plot.gridY(rows.map((_, i) => i + 1), { stroke: 'currentColor', strokeOpacity: 0.12 })]
        : []),
      Plot.axisX(xTicks, { anchor: 'top', tickRotate: spec.rotate, tickFormat: (v: number) => shorten(columns[Math.floor(v)] as string, LABEL_CHARS), label: null }),
      Plot.axisY(yTicks, { tickFormat: (v: number) => shorten(rows[Math.floor(v)] as string, LABEL_CHARS), label: null }),
      ...(spec.over ?? [])
    ]
  })
  const pick = (event: MouseEvent): Cell | null => {
    const svg = element instanceof SVGSVGElement ? element : element.querySelector('svg')
    const x = (svg as unknown as { scale(name: string): { invert?(v: number): number } | undefined } | null)?.scale('x')
    const y = (svg as unknown as { scale(name: string): { invert?(v: number): number } | undefined } | null)?.scale('y')
    if (!svg || !x?.invert || !y?.invert) return null
    const box = svg.getBoundingClientRect()
    const ratio = svg.width.baseVal.value / (box.width || 1)
    const col = Math.floor(x.invert((event.clientX - box.left) * ratio))
    const row = Math.floor(y.invert((event.clientY - box.top) * ratio))
    return row >= 0 && row < rows.length && col >= 0 && col < columns.length ? { row, col } : null
  }
  return { element, pick, describe: (cell) => spec.tip(cell.row, cell.col) }
}

/**
 * Themes × themes with the number in every cell. 3,600 numbers as 3,600 SVG texts cost the browser
 * hundreds of milliseconds to lay out; here each row's numbers are one line of monospace text (one
 * per text colour), each number centred in a run of characters exactly one cell wide (the cell is
 * sized from the font's measured advance). Stretching the lines with `textLength` would hold them to
 * the cells in any font, but costs as much as separate texts: only an exported SVG gets it.
 */
export function heatmapChart(Plot: Plot, labels: readonly string[], counts: readonly (readonly number[])[]): Chart<Cell> {
  const off = counts.map((line, row) => line.map((v, col) => (row === col ? Number.NaN : v)))
  const shown = off.flat().filter((v) => Number.isFinite(v) && v > 0)
  const max = Math.max(1, ...shown)
  const min = Math.min(max, ...shown)
  // Where the colour scale (square root over the domain gridChart gives it) turns dark enough for white text.
  const low = min < max ? min : 0
  const dark = (v: number): boolean => (Math.sqrt(v) - Math.sqrt(low)) / (Math.sqrt(max) - Math.sqrt(low)) > 0.5
  const advance = charAdvance()
  const digits = String(Math.max(0, ...counts.flat())).length
  // As many characters as the widest number plus a margin, and as many more as centre it exactly.
  let chars = Math.max(digits + 2, Math.ceil(24 / advance))
  if ((chars - digits) % 2 === 1) chars++
  const size = chars * advance
  const centred = (v: number): string => {
    const text = String(v)
    const left = Math.floor((chars - text.length) / 2)
    return NBSP.repeat(left) + text + NBSP.repeat(chars - text.length - left)
  }
  const blank = NBSP.repeat(chars)
  type Line = { row: number; text: string; color: string }
  const lines: Line[] = []
  counts.forEach((line, row) => {
    for (const [color, pick] of [
      ['currentColor', (v: number, col: number) => col === row && v > 0],
      ['white', (v: number, col: number) => col !== row && v > 0 && dark(v)],
      ['black', (v: number, col: number) => col !== row && v > 0 && !dark(v)]
    ] as const) {
      if (!line.some(pick)) continue
      lines.push({ row, color, text: line.map((v, col) => (pick(v, col) ? centred(v) : blank)).join('') })
    }
  })
  const name = (i: number): string => labels[i] as string
  return gridChart(Plot, {
    ariaLabel: t('chart.cooccurrenceAria'),
    ariaDescription: t('chart.heatmapDescription'),
    rows: labels,
    columns: labels,
    values: off,
    cellWidth: size,
    cellHeight: size,
    rotate: -45,
    grid: true,
    tip: (row, col) => {
      const n = counts[row]?.[col] ?? 0
      return row === col ? t('chart.tipPassages', { theme: name(row), count: n }) : t('chart.tipPairs', { first: name(row), second: name(col), count: n })
    },
    over: [
      Plot.rect(
        labels.map((_, i) => i),
        { x1: (i: number) => i, x2: (i: number) => i + 1, y1: (i: number) => i, y2: (i: number) => i + 1, fill: '#8a8f98', fillOpacity: 0.25, inset: 0.5 }
      ),
      Plot.text(lines, {
        x: 0,
        y: (l: Line) => l.row + 0.5,
        text: 'text',
        fill: 'color',
        textAnchor: 'start',
        fontFamily: NUMBER_FONT,
        fontSize: NUMBER_SIZE,
        className: 'cell-numbers',
        pointerEvents: 'none'
      })
    ]
  })
}

export function matrixChart(Plot: Plot, labels: readonly string[], columns: readonly string[], counts: readonly (readonly number[])[]): Chart<Cell> {
  return gridChart(Plot, {
    ariaLabel: t('analysis.themesByArticle'),
    ariaDescription: t('chart.matrixDescription'),
    rows: labels,
    columns,
    values: counts,
    cellWidth: 16,
    cellHeight: 16,
    rotate: -90,
    tip: (row, col) => t('chart.tipIn', { theme: labels[row] as string, column: shorten(columns[col] as string, 60), count: counts[row]?.[col] ?? 0 })
  })
}

/**
 * Date ticks in the app's language: the month (or a week's first day), and the year under the
 * first tick and wherever it changes, as Plot's own (English) format lays them out.
 */
function dateTicks(unit: Timeline['unit']): (date: Date, i: number, ticks?: readonly Date[]) => string {
  const at = locale()
  const part = dateFormat(at, unit === 'week' ? { day: 'numeric', month: 'short', timeZone: 'UTC' } : { month: 'short', timeZone: 'UTC' })
  const year = dateFormat(at, { year: 'numeric', timeZone: 'UTC' })
  return (date, i, ticks) => {
    // Plot maps the ticks with Array#map, which passes them all as the third argument.
    const before = ticks?.[i - 1]
    const newYear = i === 0 || !before || before.getUTCFullYear() !== date.getUTCFullYear()
    return newYear ? `${part.format(date)}\n${year.format(date)}` : part.format(date)
  }
}

export function timelineChart(Plot: Plot, rows: readonly RowLabel[], labels: readonly string[], timeline: Timeline): Chart<Cell> {
  const unitName = t(timeline.unit === 'week' ? 'chart.week' : 'chart.month')
  const ariaLabel = t('analysis.timelineTitle', { unit: timeline.unit })
  // A line per theme reads well for a handful of themes; beyond that, one row of cells per theme.
  if (rows.length > 10) {
    const columns = timeline.periods.map((p) => (timeline.unit === 'month' ? p.slice(0, 7) : p))
    return gridChart(Plot, {
      ariaLabel,
      ariaDescription: t('chart.timelineGridDescription'),
      rows: labels,
      columns,
      values: timeline.counts,
      cellWidth: 16,
      cellHeight: 16,
      rotate: -90,
      labelEvery: Math.max(1, Math.ceil(columns.length / 60)),
      tip: (row, col) => t('chart.tipPeriod', { theme: labels[row] as string, period: columns[col] as string, count: timeline.counts[row]?.[col] ?? 0 })
    })
  }
  const when = (period: string): Date => new Date(`${period}T00:00:00Z`)
  const points = timeline.counts.flatMap((line, row) => line.map((n, k) => ({ row, n, date: when(timeline.periods[k] as string), color: (rows[row] as RowLabel).color })))
  type Point = (typeof points)[number]
  const height = 340
  const marginTop = 24
  // Room for two-line date ticks, then the axis label.
  const marginBottom = 58
  const max = Math.max(1, ...points.map((p) => p.n))
  // Each line is named at its end; names of lines ending close together are pushed apart (Plot places each
  // text where its data is, so the nudge is an offset per name).
  const perUnit = (height - marginTop - marginBottom) / max
  // Pixels from the top of the frame, topmost first; each name at least a line below the one above.
  const ends = rows.map((_, row) => ({ row, down: (max - (timeline.counts[row]?.at(-1) ?? 0)) * perUnit, dy: 0 })).sort((a, b) => a.down - b.down)
  let floor = -Infinity
  for (const end of ends) {
    const at = Math.max(end.down, floor + 14)
    end.dy = at - end.down
    floor = at
  }
  const last = points.filter((p) => p.date.getTime() === when(timeline.periods.at(-1) as string).getTime())
  const element = Plot.plot({
    ariaLabel,
    ariaDescription: t('chart.lineDescription'),
    style: FONT,
    width: 720,
    height,
    marginTop,
    marginBottom,
    marginRight: labelMargin(labels),
    x: { type: 'utc', label: unitName, labelAnchor: 'center', labelOffset: 50, tickFormat: dateTicks(timeline.unit) },
    y: { label: t('analysis.passages'), grid: true, zero: true, domain: [0, max], ...countTicks(max) },
    marks: [
      Plot.lineY(points, { x: 'date', y: 'n', z: 'row', stroke: 'color', strokeWidth: 2, curve: 'monotone-x' }),
      Plot.dot(points, { x: 'date', y: 'n', fill: 'color', r: 2.5, title: (p: Point) => `${labels[p.row]}: ${count(p.n)}` }),
      ...ends.map((end) =>
        Plot.text(
          last.filter((p) => p.row === end.row),
          { x: 'date', y: 'n', text: (p: Point) => shorten(labels[p.row] as string, LABEL_CHARS), fill: 'color', dx: 8, dy: end.dy, textAnchor: 'start' }
        )
      )
    ]
  })
  return { element }
}
