import type { ReportDocument } from './request'
import type { ResolvedReport } from './resolve'

/**
 * What the report's header says about its source, as label and value, empty values left out: the
 * article's author, date, source and file (or how many articles), then the project and analyst.
 * Every report format lists these same rows, in the report's language.
 */
export function metadataRows(report: ResolvedReport): [string, string][] {
  const { request, t } = report
  const who: [string, string | undefined][] = [
    [t('report.project'), request.projectName],
    [t('report.analyst'), request.analystName]
  ]
  const single = report.articles.length === 1 ? report.articles[0]?.document : undefined
  const rows: [string, string | undefined][] = single ? [...documentRows(single, t), ...who] : [...who, [t('report.articles'), String(report.articles.length)]]
  return rows.filter((row): row is [string, string] => Boolean(row[1]?.trim()))
}

/** An article's own rows (a report of several lists them under each article). */
export function documentRows(doc: ReportDocument, t: ResolvedReport['t']): [string, string][] {
  const rows: [string, string | undefined][] = [
    [t('article.author'), doc.metadata.author],
    [t('article.date'), doc.metadata.date],
    [t('article.source'), doc.metadata.source],
    [t('article.file'), doc.fileName]
  ]
  return rows.filter((row): row is [string, string] => Boolean(row[1]?.trim()))
}
