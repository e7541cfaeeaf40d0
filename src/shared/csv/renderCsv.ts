/**
 * The coded passages as CSV (RFC 4180): UTF-8 with a byte-order mark, so Excel reads Cyrillic and
 * Azerbaijani letters right, CRLF line ends, fields quoted when they need it, and cells that would
 * start a formula made inert (`csvField`).
 */
import { isoSecondsFormatter, passageColumns, passageRows, type RowKey } from '../report/passageRows'
import type { ResolvedReport } from '../report/resolve'
import { csvField } from './csvField'

export const CSV_BOM = '\uFEFF'

/** Lines encoded at a time: the text of a few hundred rows is garbage before it outlives a minor collection. */
const LINES_PER_CHUNK = 500

export function renderCsv(report: ResolvedReport): Uint8Array<ArrayBuffer> {
  const columns = passageColumns(report)
  const isoSeconds = isoSecondsFormatter()
  const keys = columns.map((c) => c.key)
  const out = new Utf8Builder()
  let lines = [`${CSV_BOM}${columns.map((c) => csvField(c.header)).join(',')}`]
  for (const row of passageRows(report)) {
    let line = ''
    for (let i = 0; i < keys.length; i++) {
      const value = row[keys[i] as RowKey]
      const text = typeof value === 'number' ? String(value) : csvField(value instanceof Date ? isoSeconds(value) : value)
      line += i === 0 ? text : `,${text}`
    }
    lines.push(line)
    if (lines.length === LINES_PER_CHUNK) {
      out.append(`${lines.join('\r\n')}\r\n`)
      lines = []
    }
  }
  if (lines.length > 0) out.append(`${lines.join('\r\n')}\r\n`)
  return out.bytes()
}

/** UTF-8 bytes appended text by text into one growing buffer. */
class Utf8Builder {
  private buffer = new Uint8Array(1 << 16)
  private length = 0
  private readonly encoder = new TextEncoder()

  append(text: string): void {
    // UTF-8 takes at most three bytes per UTF-16 unit.
    const needed = this.length + text.length * 3
    if (needed > this.buffer.length) {
      const grown = new Uint8Array(Math.max(needed, this.buffer.length * 2))
      grown.set(this.buffer.subarray(0, this.length))
      this.buffer = grown
    }
    this.length += this.encoder.encodeInto(text, this.buffer.subarray(this.length)).written
  }

  bytes(): Uint8Array<ArrayBuffer> {
    return this.buffer.slice(0, this.length)
  }
}
