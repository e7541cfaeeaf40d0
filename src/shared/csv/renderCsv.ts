/**
 * The coded passages as CSV (RFC 4180, written by papaparse as the codebook CSV is): UTF-8 with a
 * byte-order mark, so Excel reads Cyrillic and Azerbaijani letters right, CRLF line ends, fields
 * quoted when they need it, and cells that would start a formula made inert (escapeFormulae).
 */
import Papa from 'papaparse'
import { isoSeconds, passageColumns, passageRows } from '../report/passageRows'
import type { ResolvedReport } from '../report/resolve'

export const CSV_BOM = '\uFEFF'

export function renderCsv(report: ResolvedReport): string {
  const columns = passageColumns(report)
  const data = passageRows(report).map((row) =>
    columns.map((c) => {
      const value = row[c.key]
      return value instanceof Date ? isoSeconds(value) : value
    })
  )
  return `${CSV_BOM}${Papa.unparse({ fields: columns.map((c) => c.header), data }, { escapeFormulae: true, newline: '\r\n' })}\r\n`
}
