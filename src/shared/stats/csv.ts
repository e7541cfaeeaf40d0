/**
 * Tables as CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads accents right),
 * CRLF line ends (RFC 4180), and text that a spreadsheet would run as a formula (starting with
 * = + - @, a tab or a carriage return) defused with a leading apostrophe.
 */

export type CsvCell = string | number

const FORMULA_START = /^[=+\-@\t\r]/

function cell(value: CsvCell): string {
  let text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`
}
