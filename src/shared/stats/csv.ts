/**
 * Tables as CSV for spreadsheets, written by papaparse (RFC 4180 quoting): UTF-8 with a
 * byte-order mark (so Excel reads accents right), CRLF line ends, and text a spreadsheet would run
 * as a formula (starting with = + - @, a tab or a carriage return) defused with a leading apostrophe.
 */
import Papa from 'papaparse'

export type CsvCell = string | number

/** Papaparse's own pattern ends in `.*$`, which lets a formula with a line break through. */
const FORMULA_START = /^[=+\-@\t\r]/

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const data = rows.map((row) => row.map((cell) => (typeof cell === 'number' && !Number.isFinite(cell) ? '' : cell)))
  return `\uFEFF${Papa.unparse({ fields: [...header], data }, { escapeFormulae: FORMULA_START, newline: '\r\n' })}\r\n`
}
