/** The codebook-driven parts of the report: legend, summary table and passages by theme. */

import type { Tag } from '../annotation'
import { safeColor, UNTAGGED_COLOR } from '../highlightStyle'
import { escapeHtml } from './escape'
import type { Passage, ReportModel } from './model'
import { formatShare, type Coverage, type ReportSummary } from './summary'
import { english, type MessageKey, type Translate } from '../i18n/format'
import type { Locale } from '../i18n/locales'

function swatch(color: string): string {
  return `<span class="swatch" style="background-color: ${escapeHtml(safeColor(color))}"></span>`
}

/** Colour, name and description of each theme, so a reader can decode the highlights. */
export function renderLegend(tags: readonly Tag[], hasUnknown: boolean, t: Translate = english): string {
  if (tags.length === 0 && !hasUnknown) return `<p class="empty">${escapeHtml(t('report.noThemes'))}</p>`
  const unknownName = escapeHtml(t('report.unknownTheme'))
  const items = tags.map(
    (t) =>
      `<li class="legend-item" data-theme="${escapeHtml(t.name)}">${swatch(t.color)}` +
      `<span class="theme-name">${escapeHtml(t.name)}</span>` +
      (t.description ? `<span class="theme-description">${escapeHtml(t.description)}</span>` : '') +
      '</li>'
  )
  if (hasUnknown) {
    items.push(
      `<li class="legend-item" data-theme="${unknownName}">${swatch(UNTAGGED_COLOR)}` +
        `<span class="theme-name">${unknownName}</span>` +
        `<span class="theme-description">${escapeHtml(t('report.unknownDescription'))}</span></li>`
    )
  }
  return `<ul class="legend">${items.join('')}</ul>`
}

/** One row per theme in codebook order, the unknown theme when it has passages, and a total row. */
export function renderSummaryTable(summary: ReportSummary, t: Translate = english, locale: Locale = 'en'): string {
  const rows = summary.themes.map((s, i) =>
    summaryRow(s.tag.name, `${swatch(s.tag.color)}<a href="#theme-${i + 1}">${escapeHtml(s.tag.name)}</a>`, s, locale)
  )
  if (summary.unknown.passages > 0) {
    const unknownName = t('report.unknownTheme')
    const label = `${swatch(UNTAGGED_COLOR)}<a href="#theme-unknown">${escapeHtml(unknownName)}</a>`
    rows.push(summaryRow(unknownName, label, summary.unknown, locale))
  }
  const total = summary.total
  const th = (key: MessageKey, attributes = ''): string => `<th scope="col"${attributes}>${escapeHtml(t(key))}</th>`
  return (
    `<table class="summary-table"><thead><tr>${th('report.theme')}` +
    `${th('report.passages', ' class="num"')}${th('report.share', ' class="num"')}</tr></thead>` +
    `<tbody>${rows.join('')}</tbody>` +
    `<tfoot><tr class="total"><th scope="row">${escapeHtml(t('report.allPassages'))}</th><td class="num count">${total.passages}</td>` +
    `<td class="num share">${formatShare(total.share, locale)}</td></tr></tfoot></table>`
  )
}

function summaryRow(name: string, label: string, c: Coverage, locale: Locale): string {
  return (
    `<tr data-theme="${escapeHtml(name)}"><th scope="row">${label}</th>` +
    `<td class="num count">${c.passages}</td><td class="num share">${formatShare(c.share, locale)}</td></tr>`
  )
}

/** A theme section's heading data and passages; `tag` is null for the unknown theme. */
interface ThemeGroup {
  name: string
  color: string
  id: string
  tag: Tag | null
  passages: Passage[]
}

/** For each theme, its passages in reading order; unknown-theme passages last rather than dropped. */
export function renderPassagesByTheme(model: ReportModel, blockCount: number): string {
  const groups: ThemeGroup[] = model.tags.map((tag, i) => ({
    name: tag.name,
    color: tag.color,
    id: `theme-${i + 1}`,
    tag,
    passages: []
  }))
  const byTag = new Map(groups.map((g) => [g.tag, g.passages]))
  for (const p of model.passages) for (const t of p.themes) byTag.get(t)?.push(p)
  const unknown = model.passages.filter((p) => p.unknown)
  if (unknown.length > 0) {
    groups.push({ name: model.unknownName, color: UNTAGGED_COLOR, id: 'theme-unknown', tag: null, passages: unknown })
  }
  return groups.map((g) => themeSection(g, blockCount, model)).join('\n')
}

function themeSection(group: ThemeGroup, blockCount: number, model: ReportModel): string {
  const { name, color, passages } = group
  const count = `<span class="count">(${escapeHtml(model.t('count.passages', { count: passages.length }))})</span>`
  const heading = `<h3>${swatch(color)}${escapeHtml(name)} ${count}</h3>`
  const body =
    passages.length === 0
      ? `<p class="empty">${escapeHtml(model.t('report.noPassages'))}</p>`
      : `<ol class="passage-list">${passages.map((p) => renderPassage(p, group, blockCount, model)).join('')}</ol>`
  const className = group.tag ? 'theme' : 'theme theme-unknown'
  return `<section class="${className}" id="${group.id}" data-theme="${escapeHtml(name)}">${heading}${body}</section>`
}

/** Quote, note, the passage's other themes and where it sits in the article. */
function renderPassage(p: Passage, group: ThemeGroup, blockCount: number, model: ReportModel): string {
  const current = group.tag
  const parts = [
    `<li class="passage" data-annotation-id="${escapeHtml(p.id)}">`,
    `<blockquote class="quote" style="border-left-color: ${escapeHtml(safeColor(group.color))}">` +
      `${escapeHtml(p.annotation.exact)}</blockquote>`
  ]
  if (p.annotation.note.trim() !== '') parts.push(`<p class="note">${escapeHtml(p.annotation.note)}</p>`)
  const others = p.themes.filter((t) => t !== current).map((t) => t.name)
  if (p.unknown && current !== null) others.push(model.unknownName)
  if (others.length > 0) parts.push(`<p class="also">${escapeHtml(model.t('report.also', { themes: others.join(', ') }))}</p>`)
  if (blockCount > 0) parts.push(`<p class="location">${locationLink(p, model)}</p>`)
  parts.push('</li>')
  return parts.join('')
}

/** "Paragraph N", or "Paragraph N–M" when the passage spans blocks, linking to the paragraph. */
function locationLink(p: Passage, model: ReportModel): string {
  const first = p.firstBlock + 1
  const range = p.lastBlock > p.firstBlock ? `${first}–${p.lastBlock + 1}` : `${first}`
  return `<a href="#p-${first}">${escapeHtml(model.t('report.paragraph', { range }))}</a>`
}
