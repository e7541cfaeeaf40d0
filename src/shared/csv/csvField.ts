/**
 * One CSV field, RFC 4180: quoted when it holds a quote, a comma, a line break or a byte-order mark,
 * or starts or ends with a space (papaparse's rules, so files read as they did when papaparse wrote
 * them), quotes doubled. A field that would start a formula (= + - @, or a tab or carriage return,
 * which some programs skip first) gets a leading apostrophe and quotes, the escape OWASP recommends.
 * Written by hand rather than with Papa.unparse because an export calls it a million times and
 * papaparse checks each field five ways (docs/PERFORMANCE.md, *Exports at scale*).
 */
const FORMULA = /^[=+\-@\t\r]/
const NEEDS_QUOTES = /[",\r\n\uFEFF]|^ | $/
const QUOTES = /"/g

export function csvField(value: string): string {
  if (FORMULA.test(value)) return `"'${value.replace(QUOTES, '""')}"`
  return NEEDS_QUOTES.test(value) ? `"${value.replace(QUOTES, '""')}"` : value
}
