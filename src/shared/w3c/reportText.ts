/** The import report in words, for the CLI and the app's report dialog. */
import { CodePointMap } from '../anchoring/codePoints'
import type { W3cImportReport } from './importW3c'
import { english, type Translate } from '../i18n/format'

const count = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`

/** One sentence: how many were placed, how, and what was not (in English unless `t` says otherwise). */
export function reportSummary(report: W3cImportReport, t: Translate = english): string {
  const by = (method: string): number => report.placed.filter((p) => p.method === method).length
  const ways = (
    [
      [by('position'), 'annotationReport.byPosition'],
      [by('quote'), 'annotationReport.byQuote'],
      [by('fuzzy'), 'annotationReport.approximately']
    ] as const
  )
    .filter(([n]) => n > 0)
    .map(([n, how]) => t(how, { count: n }))
  const parts = [
    t('annotationReport.summary', {
      placed: report.placed.length,
      total: report.total,
      ways: ways.length > 0 ? t('annotationReport.ways', { ways: ways.join(', ') }) : ''
    })
  ]
  if (report.orphaned.length > 0) parts.push(t('annotationReport.summaryOrphaned', { count: report.orphaned.length }))
  if (report.skipped.length > 0) parts.push(t('annotationReport.summarySkipped', { count: report.skipped.length }))
  if (report.newThemes.length > 0) parts.push(t('annotationReport.summaryNewThemes', { count: report.newThemes.length }))
  return `${parts.join('; ')}.`
}

const clip = (text: string, max = 80): string => {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

/** The report as plain lines: the summary, then each orphaned and skipped annotation. */
export function reportLines(report: W3cImportReport): string[] {
  const lines = [reportSummary(report)]
  if (report.declaredTotal !== undefined) lines.push(`The file says it has ${report.declaredTotal} annotations but holds ${report.total} (a page of a longer list).`)
  const utf16 = report.placed.filter((p) => p.unit === 'UTF-16').length
  if (utf16 > 0) lines.push(`${count(utf16, 'position')} counted UTF-16 units, as browser tools do, rather than code points.`)
  if (report.newThemes.length > 0) lines.push(`New themes: ${report.newThemes.join(', ')}`)
  for (const p of report.placed) if (p.method === 'fuzzy') lines.push(`Placed approximately ${p.id}: “${clip(p.exact)}” (${count(p.errors ?? 0, 'character')} differ)`)
  for (const o of report.orphaned) lines.push(`Orphaned ${o.id}: ${o.quote ? `“${clip(o.quote)}” — ` : ''}${o.reason}`)
  for (const s of report.skipped) lines.push(`Skipped ${s.id}: ${s.reason}`)
  return lines
}

/** The report as the CLI's --json prints it: positions in code points of the article's text. */
export function reportJson(report: W3cImportReport, article: { title: string; fileName: string; text: string }, fileName: string) {
  const map = new CodePointMap(article.text)
  return {
    article: { title: article.title, fileName: article.fileName, characters: map.length },
    file: { name: fileName, kind: report.kind, total: report.total, ...(report.declaredTotal !== undefined ? { declaredTotal: report.declaredTotal } : {}) },
    placed: report.placed.map((p) => ({
      id: p.id,
      start: map.toCodePoints(p.start),
      end: map.toCodePoints(p.end),
      exact: p.exact,
      method: p.method,
      ...(p.unit ? { unit: p.unit } : {}),
      ...(p.errors !== undefined ? { errors: p.errors } : {})
    })),
    orphaned: report.orphaned.map(({ id, quote, reason }) => ({ id, quote, reason })),
    skipped: report.skipped.map(({ id, reason }) => ({ id, reason })),
    newThemes: report.newThemes
  }
}
