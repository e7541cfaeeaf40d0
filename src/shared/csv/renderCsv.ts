/**
 * The coded passages as CSV (RFC 4180): UTF-8 with a byte-order mark, so Excel reads Cyrillic and
 * Azerbaijani letters right, CRLF line ends, fields quoted when they need it, formulas made inert.
 */
import { inertCell, isoSeconds, passageColumns, passageRows, type PassageRow } from '../report/passageRows'
import type { ResolvedReport } from '../report/resolve'

export const CSV_BOM = '\uFEFF'

export function renderCsv(report: ResolvedReport): string {
  const columns = passageColumns(report)
  const lines = [columns.map((c) => field(c.header)).join(',')]
  for (const row of passageRows(report)) lines.push(columns.map((c) => field(cellText(row, c.key))).join(','))
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`
}

function cellText(row: PassageRow, key: keyof PassageRow): string {
  const value = row[key]
  if (value instanceof Date) return isoSeconds(value)
  if (typeof value === 'number') return String(value)
  return inertCell(value)
}

function field(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}
