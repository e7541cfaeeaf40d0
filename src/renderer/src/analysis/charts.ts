/**
 * The Analysis view's charts as Observable Plot specifications: data and marks, no hand-made
 * geometry. Themes are addressed by row index (names repeat across branches of the codebook), and
 * every chart is sized for 60 themes: a row or column per theme, never squeezed below legibility.
 */
import type * as PlotModule from '@observablehq/plot'
import type { RowLabel } from '@shared/stats/analysis'
import type { Timeline } from '@shared/stats/timeline'
import { count, percent, shorten } from './labels'

type Plot = typeof PlotModule
export type ChartElement = SVGSVGElement | HTMLElement

/** A chart, and what a click on one of its elements points at (a cell), if anything. */
export interface Chart<T = never> {
  element: ChartElement
  pick?: (target: Element) => T | null
}

/** A matrix cell: row and column indexes. */
export interface Cell {
  row: number
  col: number
}

/** Marks whose elements answer clicks carry this class… */
const CLICKABLE = 'clickable'

/** …and each of their elements holds, as d3 binds it, its index in the mark's data. */
function picked<T>(target: Element, className: string, data: readonly T[]): T | null {
  const element = target.closest(`g.${className} > *`) as (Element & { __data__?: unknown }) | null
  return typeof element?.__data__ === 'number' ? (data[element.__data__] ?? null) : null
}

const FONT = { fontSize: '12px', background: 'transparent', color: 'var(--text)', overflow: 'visible' }
const BAND = 20
const LABEL_CHARS = 28

/** Tick options for a count axis running to `max`: whole numbers only. */
function countTicks(max: number): { ticks: number; tickFormat: string } {
  return { ticks: Math.max(1, Math.min(5, Math.ceil(max))), tickFormat: ',d' }
}

/** Room for the longest label (about 6.5 px per character at 12 px). */
function labelMargin(labels: readonly string[]): number {
  return Math.min(LABEL_CHARS, Math.max(4, ...labels.map((l) => l.length))) * 6.5 + 14
}

export function frequencyChart(Plot: Plot, rows: readonly RowLabel[], labels: readonly string[], values: readonly number[], metric: 'passages' | 'share', order: readonly number[]): Chart {
  const data = order.map((i) => ({ i, value: values[i] as number, color: (rows[i] as RowLabel).color, label: labels[i] as string }))
  const show = (v: number): string => (metric === 'share' ? percent(v) : count(v))
  const max = Math.max(0, ...values)
  const marginLeft = labelMargin(labels)
  const element = Plot.plot({
    ariaLabel: metric === 'share' ? 'Share of the text each theme covers' : 'Passages per theme',
    ariaDescription: 'Bar chart; the table beside it lists the same figures.',
    style: FONT,
    width: 680,
    height: data.length * BAND + 50,
    marginLeft,
    marginRight: 60,
    x: {
      label: metric === 'share' ? 'Share of the text' : 'Passages',
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

/** Cell size that fits the largest number it shows. */
function cellSize(counts: readonly (readonly number[])[]): number {
  const digits = String(Math.max(0, ...counts.flat())).length
  return Math.max(24, digits * 7 + 8)
}

export function heatmapChart(Plot: Plot, labels: readonly string[], counts: readonly (readonly number[])[]): Chart<Cell> {
  const cells: { row: number; col: number; n: number }[] = []
  counts.forEach((line, row) => line.forEach((n, col) => cells.push({ row, col, n })))
  const off = cells.filter((c) => c.row !== c.col && c.n > 0)
  const diagonal = cells.filter((c) => c.row === c.col)
  const max = Math.max(1, ...off.map((c) => c.n))
  const size = cellSize(counts)
  const margin = labelMargin(labels)
  const keys = labels.map((_, i) => i)
  const name = (i: number): string => labels[i] as string
  const element = Plot.plot({
    ariaLabel: 'Co-occurrence of themes',
    ariaDescription: 'Heatmap: each cell counts the pairs of passages of two themes that co-occur; the diagonal holds each theme’s passages. The table version lists the same numbers.',
    style: FONT,
    width: margin + labels.length * size + 20,
    height: Math.round(margin * 0.75 + 12) + labels.length * size + 10,
    marginLeft: margin,
    // Labels turned 45° need about 0.7 of their length upwards, plus the tick.
    marginTop: Math.round(margin * 0.75 + 12),
    marginBottom: 10,
    x: { domain: keys, axis: 'top', tickRotate: -45, tickFormat: (i: number) => shorten(name(i), LABEL_CHARS), label: null },
    y: { domain: keys, tickFormat: (i: number) => shorten(name(i), LABEL_CHARS), label: null },
    color: { type: 'sqrt', scheme: 'blues', domain: [0, max] },
    marks: [
      Plot.cell(diagonal, { x: 'col', y: 'row', fill: '#8a8f98', fillOpacity: 0.25, inset: 0.5, className: `${CLICKABLE}-diagonal`, title: (c: (typeof cells)[number]) => `${name(c.row)}: ${count(c.n)} passages` }),
      Plot.cell(off, { x: 'col', y: 'row', fill: 'n', inset: 0.5, className: CLICKABLE, title: (c: (typeof cells)[number]) => `${name(c.row)} × ${name(c.col)}: ${count(c.n)} pairs` }),
      Plot.text([...off, ...diagonal.filter((c) => c.n > 0)], {
        x: 'col',
        y: 'row',
        text: (c: (typeof cells)[number]) => count(c.n),
        fill: (c: (typeof cells)[number]) => (c.row !== c.col && c.n > max * 0.45 ? 'white' : c.row === c.col ? 'currentColor' : 'black'),
        pointerEvents: 'none'
      })
    ]
  })
  return { element, pick: (target) => picked(target, CLICKABLE, off) ?? picked(target, `${CLICKABLE}-diagonal`, diagonal) }
}

export function matrixChart(Plot: Plot, labels: readonly string[], columns: readonly string[], counts: readonly (readonly number[])[]): Chart<Cell> {
  const cells: { row: number; col: number; n: number }[] = []
  counts.forEach((line, row) => line.forEach((n, col) => n > 0 && cells.push({ row, col, n })))
  const max = Math.max(1, ...cells.map((c) => c.n))
  const size = 16
  const margin = labelMargin(labels)
  const top = labelMargin(columns)
  const element = Plot.plot({
    ariaLabel: 'Themes by article',
    ariaDescription: 'Matrix: a cell per theme and article, darker and larger with more passages. The table version lists the counts.',
    style: FONT,
    width: margin + columns.length * size + 20,
    height: top + labels.length * size + 10,
    marginLeft: margin,
    marginTop: top,
    marginBottom: 10,
    x: { domain: columns.map((_, i) => i), axis: 'top', tickRotate: -90, tickFormat: (i: number) => shorten(columns[i] as string, LABEL_CHARS), label: null },
    y: { domain: labels.map((_, i) => i), tickFormat: (i: number) => shorten(labels[i] as string, LABEL_CHARS), label: null },
    r: { type: 'sqrt', domain: [0, max], range: [1.5, size / 2 - 0.5] },
    color: { type: 'sqrt', scheme: 'blues', domain: [0, max] },
    marks: [Plot.dot(cells, { x: 'col', y: 'row', r: 'n', fill: 'n', className: CLICKABLE })]
  })
  return { element, pick: (target) => picked(target, CLICKABLE, cells) }
}

export function timelineChart(Plot: Plot, rows: readonly RowLabel[], labels: readonly string[], timeline: Timeline): Chart {
  const unitName = timeline.unit === 'week' ? 'Week' : 'Month'
  const when = (period: string): Date => new Date(`${period}T00:00:00Z`)
  const points = timeline.counts.flatMap((line, row) => line.map((n, k) => ({ row, n, date: when(timeline.periods[k] as string), color: (rows[row] as RowLabel).color })))
  const common = { ariaLabel: `Passages per theme by ${unitName.toLowerCase()}`, style: FONT }
  // A line per theme reads well for a handful of themes; beyond that, one row of cells per theme.
  if (rows.length <= 10) {
    return {
      element: Plot.plot({
      ...common,
      ariaDescription: 'Line chart of passages per theme over the articles’ dates; the table version lists the counts.',
      width: 720,
      height: 340,
      marginRight: labelMargin(labels),
      x: { type: 'utc', label: unitName },
      y: { label: 'Passages', grid: true, zero: true, ...countTicks(Math.max(1, ...points.map((p) => p.n))) },
      marks: [
        Plot.lineY(points, { x: 'date', y: 'n', z: 'row', stroke: 'color', strokeWidth: 2, curve: 'monotone-x' }),
        Plot.dot(points, { x: 'date', y: 'n', fill: 'color', r: 2.5, title: (p: (typeof points)[number]) => `${labels[p.row]}: ${count(p.n)}` }),
        Plot.text(points, Plot.selectLast({ x: 'date', y: 'n', z: 'row', text: (p: (typeof points)[number]) => shorten(labels[p.row] as string, LABEL_CHARS), fill: 'color', dx: 6, textAnchor: 'start' }))
      ]
      })
    }
  }
  const size = 16
  const margin = labelMargin(labels)
  const element = Plot.plot({
    ...common,
    ariaDescription: 'A row of cells per theme, one cell per period, darker with more passages; the table version lists the counts.',
    width: margin + timeline.periods.length * size + 40,
    height: labels.length * size + 70,
    marginLeft: margin,
    x: { type: 'band', domain: timeline.periods.map(when), label: unitName, tickFormat: (d: Date) => d.toISOString().slice(0, timeline.unit === 'month' ? 7 : 10), tickRotate: -45 },
    y: { domain: labels.map((_, i) => i), tickFormat: (i: number) => shorten(labels[i] as string, LABEL_CHARS), label: null },
    color: { type: 'sqrt', scheme: 'blues' },
    marks: [Plot.cell(points.filter((p) => p.n > 0), { x: 'date', y: 'row', fill: 'n', inset: 0.5, title: (p: (typeof points)[number]) => `${labels[p.row]}: ${count(p.n)}` })]
  })
  return { element }
}
