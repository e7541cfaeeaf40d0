/**
 * The article itself: every block as its own element with a discreet paragraph number,
 * highlighted segments as <mark>, note markers after the passages that carry a note,
 * and the notes those markers point to.
 */

import { segmentize, type Segment } from '../anchoring/segments'
import type { Block, BlockType } from '../document'
import { highlightStyle, safeColor, UNTAGGED_COLOR } from '../highlightStyle'
import { escapeHtml } from './escape'
import { isHighlighted, UNKNOWN_THEME_NAME, type Passage, type ReportModel } from './model'
import { english, type Translate } from '../i18n/format'

const CELL_SEPARATOR = ' | '

interface NoteMarker {
  /** Offset in the document text after which the marker goes. */
  at: number
  number: number
}

/** What one block needs to be rendered. */
interface BlockJob {
  block: Block
  index: number
  start: number
  passages: Passage[]
  markers: NoteMarker[]
  /** Prefix of element ids, so several articles in one file keep theirs apart. */
  anchor: string
  /** Lowest heading element for the article's own headings (h2, or h3 under an article's title). */
  topHeading: number
}

/**
 * Renders the blocks, grouping consecutive list items in a <ul> and table rows in a <table>.
 * `anchor` prefixes the element ids; the article's headings start at h`topHeading`.
 */
export function renderArticleBlocks(blocks: readonly Block[], model: ReportModel, anchor = '', topHeading = 2): string {
  const passages = passagesByBlock(blocks.length, model.passages)
  const markers = markersByBlock(blocks, model)
  const out: string[] = []
  let open: Container | null = null
  for (const [index, block] of blocks.entries()) {
    const container = containerOf(block.type)
    if (container !== open) {
      if (open) out.push(CONTAINERS[open].close)
      if (container) out.push(CONTAINERS[container].open)
      open = container
    }
    const start = model.starts[index] as number
    const job = { block, index, start, passages: passages[index] ?? [], markers: markers[index] ?? [], anchor, topHeading }
    out.push(renderBlock(job, model))
  }
  if (open) out.push(CONTAINERS[open].close)
  return out.join('')
}

/** The notes under the article, each pointing back at its marker. */
export function renderNotes(model: ReportModel, anchor = '', t: Translate = english): string {
  const items = model.passages
    .filter((p) => p.noteNumber !== null)
    .map(
      (p) =>
        `<li id="${anchor}n-${p.noteNumber}" class="note-item"><p class="note-text">${escapeHtml(p.annotation.note)}</p>` +
        `<a class="note-back" href="#${anchor}r-${p.noteNumber}">${escapeHtml(t('report.backToParagraph', { n: p.lastBlock + 1 }))}</a></li>`
    )
  return items.length > 0 ? `<ol class="notes-list">${items.join('')}</ol>` : `<p class="empty">${escapeHtml(t('report.noNotes'))}</p>`
}

type Container = 'list' | 'table'

const CONTAINERS: Record<Container, { open: string; close: string }> = {
  list: { open: '<ul class="doc-list">', close: '</ul>' },
  table: { open: '<table class="doc-table"><tbody>', close: '</tbody></table>' }
}

function containerOf(type: BlockType): Container | null {
  return type === 'listItem' ? 'list' : type === 'tableRow' ? 'table' : null
}

/**
 * Buckets highlighted passages by the blocks they touch, so each block segments only
 * its own passages instead of scanning all of them.
 */
function passagesByBlock(blockCount: number, passages: readonly Passage[]): Passage[][] {
  const buckets: Passage[][] = Array.from({ length: blockCount }, () => [])
  for (const p of passages) {
    if (!isHighlighted(p, blockCount)) continue
    for (let i = p.firstBlock; i <= p.lastBlock; i++) (buckets[i] as Passage[]).push(p)
  }
  return buckets
}

/** Note markers per block, placed at the passage end (or the end of its last block), in reading order. */
function markersByBlock(blocks: readonly Block[], model: ReportModel): NoteMarker[][] {
  const buckets: NoteMarker[][] = Array.from({ length: blocks.length }, () => [])
  for (const p of model.passages) {
    if (p.noteNumber === null) continue
    const blockEnd = (model.starts[p.lastBlock] as number) + (blocks[p.lastBlock] as Block).text.length
    buckets[p.lastBlock]?.push({ at: Math.min(p.end, blockEnd), number: p.noteNumber })
  }
  for (const b of buckets) b.sort((x, y) => x.at - y.at || x.number - y.number)
  return buckets
}

/** One block as its element, with id p-<n> and its paragraph number. */
function renderBlock(job: BlockJob, model: ReportModel): string {
  const n = job.index + 1
  const attrs = `id="${job.anchor}p-${n}" class="block"`
  if (job.block.type === 'tableRow') {
    return `<tr ${attrs}><td class="pnum" aria-hidden="true">${n}</td>${renderCells(job, model)}</tr>`
  }
  const tag = elementOf(job.block, job.topHeading)
  const content = renderRange(job, job.start, job.start + job.block.text.length, job.markers, model)
  return `<${tag} ${attrs}><span class="pnum" aria-hidden="true">${n}</span>${content}</${tag}>`
}

/** Headings become h2–h6 (h3–h6 under an article's own title) so the report's title stays the only h1. */
function elementOf(block: Block, topHeading: number): string {
  switch (block.type) {
    case 'heading':
      return `h${Math.min(6, Math.max(topHeading, (block.level ?? 2) + topHeading - 2))}`
    case 'listItem':
      return 'li'
    case 'quote':
      return 'blockquote'
    default:
      return 'p'
  }
}

/**
 * Table cells split on " | ". A highlight crossing a separator is cut per cell; a note
 * marker falling inside a separator goes to the end of the cell before it.
 */
function renderCells(job: BlockJob, model: ReportModel): string {
  const cells = cellRanges(job.block.text)
  let m = 0
  return cells
    .map((cell, i) => {
      const from = job.start + cell.start
      const to = job.start + cell.end
      const limit = i + 1 < cells.length ? job.start + (cells[i + 1] as { start: number }).start : Infinity
      const first = m
      while (m < job.markers.length && (job.markers[m] as NoteMarker).at <= limit) m++
      return `<td>${renderRange(job, from, to, job.markers.slice(first, m), model)}</td>`
    })
    .join('')
}

/** Local [start, end) of each cell of a table row's text. */
function cellRanges(text: string): { start: number; end: number }[] {
  const cells: { start: number; end: number }[] = []
  let start = 0
  for (let at = text.indexOf(CELL_SEPARATOR); at !== -1; at = text.indexOf(CELL_SEPARATOR, start)) {
    cells.push({ start, end: at })
    start = at + CELL_SEPARATOR.length
  }
  cells.push({ start, end: text.length })
  return cells
}

/**
 * Text [from, to) of the block: plain runs escaped, covered runs as marks, and each note
 * marker emitted right after the piece that ends at (or past) its offset.
 */
function renderRange(
  job: BlockJob,
  from: number,
  to: number,
  markers: readonly NoteMarker[],
  model: ReportModel
): string {
  const slice = (a: number, b: number): string => escapeHtml(job.block.text.slice(a - job.start, b - job.start))
  const out: string[] = []
  let m = 0
  const flush = (upTo: number): void => {
    for (let marker = markers[m]; marker && marker.at <= upTo; marker = markers[++m]) out.push(noteRef(marker.number, job.anchor))
  }
  let cursor = from
  for (const segment of segmentize(job.passages, from, to)) {
    flush(cursor)
    if (segment.start > cursor) out.push(slice(cursor, segment.start))
    flush(segment.start)
    out.push(renderMark(segment, slice(segment.start, segment.end), model))
    cursor = segment.end
  }
  flush(cursor)
  if (to > cursor) out.push(slice(cursor, to))
  flush(Infinity)
  return out.join('')
}

function noteRef(n: number, anchor: string): string {
  return `<sup class="note-ref" id="${anchor}r-${n}"><a href="#${anchor}n-${n}">${n}</a></sup>`
}

/**
 * A highlighted segment: background from its first theme, one underline per distinct
 * theme, a stronger fill the more passages overlap, and the theme names as its title.
 */
function renderMark(segment: Segment<Passage>, html: string, model: ReportModel): string {
  const covering = new Set(segment.spans.flatMap((p) => p.themes))
  const themes = model.tags.filter((t) => covering.has(t))
  const colors = themes.map((t) => t.color)
  const names = themes.map((t) => t.name)
  if (segment.spans.some((p) => p.unknown)) {
    colors.push(UNTAGGED_COLOR)
    names.push(UNKNOWN_THEME_NAME)
  }
  const depth = segment.spans.length
  const style = `${fallbackBackground(colors[0] ?? UNTAGGED_COLOR, depth)}; ${highlightStyle(colors, depth)}`
  return (
    `<mark class="hl" data-depth="${depth}" data-themes="${escapeHtml(names.join('|'))}" ` +
    `title="${escapeHtml(names.join(', '))}" style="${escapeHtml(style)}">${html}</mark>`
  )
}

/**
 * Plain rgba background for viewers without color-mix(); the color-mix declaration after it
 * wins elsewhere. Its alpha follows highlightStyle's strength so overlaps still deepen.
 */
function fallbackBackground(color: string, depth: number): string {
  const hex = safeColor(color).slice(1)
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16))
  const alpha = Math.min(0.48, 0.18 + 0.1 * (depth - 1))
  return `background-color: rgba(${r}, ${g}, ${b}, ${alpha.toFixed(2)})`
}
