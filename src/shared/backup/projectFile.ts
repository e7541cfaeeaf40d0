/**
 * A backed-up project's data file (`projects/<n>.json`): one JSON object, table name → every record.
 * It is written a record per line, tables one after another,
 *
 *   {"annotations":[
 *   {"id":"a1",…}
 *   ,{"id":"a2",…}
 *   ],"contents":[
 *   …
 *   ]}
 *
 * which any JSON reader reads whole, and which a restore reads while it inflates the file, a few
 * hundred records at a time, so the database writes one batch while the next is read. The manifest
 * names this layout (RECORD_PER_LINE); files without it (written before) are read whole. Records pass
 * through jsonRecord and storedRecord on the way, for their typed arrays.
 */
import { jsonRecord, storedRecord } from './typedArrays'

export const RECORD_PER_LINE = 'record-per-line'

/** Receives a table's records, a batch at a time, in the order of the file. */
export type RowsHandler = (table: string, rows: unknown[]) => void

export interface ProjectFileHandlers {
  /** A table begins (before any of its rows); may throw to stop reading. */
  onTable(table: string): void
  onRows: RowsHandler
  /** The error to throw when the text is not JSON, not a set of tables, or out of its layout. */
  invalid(why: 'json' | 'not-tables' | 'not-a-list', table?: string): Error
}

export class ProjectFileWriter {
  private tables = 0
  private rowsInTable = 0

  /** The line that opens table `name`, closing the one before. */
  table(name: string): string {
    const line = `${this.tables === 0 ? '{' : '],'}${JSON.stringify(name)}:[\n`
    this.tables++
    this.rowsInTable = 0
    return line
  }

  /** Records of the open table, a line each (a comma before all but the table's first). */
  rows(records: readonly unknown[]): string {
    const lines: string[] = []
    for (const record of records) lines.push(`${this.rowsInTable++ === 0 ? '' : ','}${JSON.stringify(jsonRecord(record))}\n`)
    return lines.join('')
  }

  end(): string {
    return this.tables === 0 ? '{}\n' : ']}\n'
  }
}

/** Records written to the text at a time, and read back: a few hundred keep the pieces small and their cost per piece low. */
const BATCH = 500

/** Every table's records as the file's text, in pieces. */
export function* projectFileText(tables: Record<string, readonly unknown[]>): Generator<string> {
  const writer = new ProjectFileWriter()
  for (const [name, rows] of Object.entries(tables)) {
    yield writer.table(name)
    for (let from = 0; from < rows.length; from += BATCH) yield writer.rows(rows.slice(from, from + BATCH))
  }
  yield writer.end()
}

const JSON_STRING = '"(?:[^"\\\\]|\\\\.)*"'
const FIRST_TABLE = new RegExp(`^\\{(${JSON_STRING}):\\[$`)
const NEXT_TABLE = new RegExp(`^\\],(${JSON_STRING}):\\[$`)

/**
 * Reads a file of the record-per-line layout as its text comes, handing the records over in batches.
 * Anything out of the layout is `invalid('json')`, as the same text would be to a JSON reader, since the
 * layout is strict: lines a writer of the layout writes, and nothing else.
 */
export class ProjectFileReader {
  private readonly handlers: ProjectFileHandlers
  /** The line begun at the end of the text pushed so far. */
  private pending: string[] = []
  private state: 'start' | 'rows' | 'done' = 'start'
  private table = ''
  private rowsInTable = 0
  private batch: string[] = []
  private readonly tables = new Set<string>()

  constructor(handlers: ProjectFileHandlers) {
    this.handlers = handlers
  }

  push(text: string): void {
    let from = 0
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', from)) {
      const piece = text.slice(from, at)
      let line = piece
      if (this.pending.length > 0) {
        this.pending.push(piece)
        line = this.joinPending()
      }
      this.line(line.endsWith('\r') ? line.slice(0, -1) : line)
      from = at + 1
    }
    if (from < text.length) this.pending.push(text.slice(from))
  }

  /** The text is over: it must have ended the object. */
  end(): void {
    if (this.pending.length > 0) this.line(this.joinPending())
    if (this.state !== 'done') throw this.handlers.invalid('json')
  }

  private joinPending(): string {
    try {
      return this.pending.join('')
    } catch {
      // Longer than a string may be: not a record Themata wrote.
      throw this.handlers.invalid('json')
    } finally {
      this.pending = []
    }
  }

  private line(line: string): void {
    if (this.state === 'done') {
      if (line.trim() !== '') throw this.handlers.invalid('json')
    } else if (this.state === 'start') {
      if (line === '{}') this.state = 'done'
      else this.open(FIRST_TABLE.exec(line))
    } else if (line.startsWith(']')) {
      this.flush()
      // A table without records is still a table of the file.
      if (this.rowsInTable === 0) this.handlers.onRows(this.table, [])
      if (line === ']}') this.state = 'done'
      else this.open(NEXT_TABLE.exec(line))
    } else {
      // The table's first record has no comma before it, every later one has.
      if (line.startsWith(',') !== this.rowsInTable > 0) throw this.handlers.invalid('json')
      this.rowsInTable++
      this.batch.push(line)
      if (this.batch.length === BATCH) this.flush()
    }
  }

  private open(match: RegExpExecArray | null): void {
    if (!match) throw this.handlers.invalid('json')
    let name: unknown
    try {
      name = JSON.parse(match[1] as string)
    } catch {
      throw this.handlers.invalid('json')
    }
    // A second list of one table would replace the first in a JSON reader: not a file of this layout.
    if (typeof name !== 'string' || this.tables.has(name)) throw this.handlers.invalid('json')
    this.tables.add(name)
    this.table = name
    this.rowsInTable = 0
    this.state = 'rows'
    this.handlers.onTable(name)
  }

  private flush(): void {
    if (this.batch.length === 0) return
    const first = this.batch[0] as string
    if (first.startsWith(',')) this.batch[0] = first.slice(1)
    let rows: unknown
    try {
      rows = JSON.parse(`[${this.batch.join('\n')}]`)
    } catch {
      throw this.handlers.invalid('json')
    }
    this.batch = []
    this.handlers.onRows(this.table, (rows as unknown[]).map(storedRecord))
  }
}

/** Reads a file whole, in any JSON layout (files written before the record-per-line one). */
export function readWholeProjectFile(text: string, handlers: ProjectFileHandlers): void {
  let tables: unknown
  try {
    tables = JSON.parse(text)
  } catch {
    throw handlers.invalid('json')
  }
  if (typeof tables !== 'object' || tables === null || Array.isArray(tables)) throw handlers.invalid('not-tables')
  for (const [table, rows] of Object.entries(tables)) {
    handlers.onTable(table)
    if (!Array.isArray(rows)) throw handlers.invalid('not-a-list', table)
    handlers.onRows(table, rows.map(storedRecord))
  }
}
