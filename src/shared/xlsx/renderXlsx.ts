/**
 * The coded passages as an Excel workbook (ExcelJS): a sheet of passages with a frozen, filtered
 * header row and set column widths, and a sheet counting each theme's passages in each article.
 * Text cells that would read as formulas are made inert, as in the CSV.
 */
import ExcelJS from 'exceljs'
import { UNKNOWN_THEME_NAME } from '../report/model'
import { inertCell, passageColumns, passageRows, PATH_SEPARATOR } from '../report/passageRows'
import { articleTitle, type ResolvedReport } from '../report/resolve'

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF1F3F5' } }
const WRAPPED = new Set(['quote', 'note', 'contextBefore', 'contextAfter'])
const DATE_FORMAT = 'yyyy-mm-dd hh:mm:ss'

export async function renderXlsx(report: ResolvedReport): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = report.request.analystName || 'Themata'
  workbook.created = report.request.generatedAt
  workbook.title = `${report.title} — coded passages`
  addPassagesSheet(workbook, report)
  addCountsSheet(workbook, report)
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

function addPassagesSheet(workbook: ExcelJS.Workbook, report: ResolvedReport): void {
  const columns = passageColumns(report)
  const sheet = workbook.addWorksheet('Coded passages', { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width,
    style: WRAPPED.has(c.key) ? { alignment: { wrapText: true, vertical: 'top' } } : c.key === 'created' || c.key === 'updated' ? { numFmt: DATE_FORMAT } : {}
  }))
  styleHeader(sheet.getRow(1))
  for (const row of passageRows(report)) {
    sheet.addRow(columns.map((c) => {
      const value = row[c.key]
      return typeof value === 'string' ? inertCell(value) : value
    }))
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } }
}

/** Themes down, articles across, totals at the right and the bottom. */
function addCountsSheet(workbook: ExcelJS.Workbook, report: ResolvedReport): void {
  const sheet = workbook.addWorksheet('Themes × articles', { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] })
  const titles = report.articles.map((a) => inertCell(articleTitle(a.document)))
  sheet.columns = [
    { header: 'Theme', width: 24 },
    { header: 'Theme path', width: 32 },
    ...titles.map((t) => ({ header: t, width: Math.min(30, Math.max(10, t.length)) })),
    { header: 'Total', width: 10 }
  ]
  styleHeader(sheet.getRow(1))
  report.themes.forEach((theme, t) => {
    const counts = report.counts[t] as number[]
    sheet.addRow([inertCell(theme.tag.name), inertCell(theme.path.join(PATH_SEPARATOR)), ...counts, theme.passages])
  })
  if (report.unknown.passages > 0) {
    const counts = report.articles.map((a) => a.model.passages.filter((p) => p.unknown).length)
    sheet.addRow([UNKNOWN_THEME_NAME, UNKNOWN_THEME_NAME, ...counts, report.unknown.passages])
  }
  const totals = sheet.addRow(['All passages', null, ...report.articles.map((a) => a.model.passages.length), report.total.passages])
  totals.font = { bold: true }
}

function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true }
  row.fill = HEADER_FILL
  row.alignment = { vertical: 'middle' }
}
