import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ProjectFileReader, projectFileText, readWholeProjectFile, type ProjectFileHandlers } from './projectFile'

class Invalid extends Error {}

const fileText = (tables: Record<string, readonly unknown[]>): string => [...projectFileText(tables)].join('')

/** Reads `pieces` as the restore does, collecting every table's records. */
function readPieces(pieces: readonly string[]): Record<string, unknown[]> {
  const tables: Record<string, unknown[]> = {}
  const reader = new ProjectFileReader(collector(tables))
  for (const piece of pieces) reader.push(piece)
  reader.end()
  return tables
}

function collector(tables: Record<string, unknown[]>): ProjectFileHandlers {
  return {
    onTable: () => undefined,
    onRows: (table, rows) => {
      tables[table] = [...(tables[table] ?? []), ...rows]
    },
    invalid: (why) => new Invalid(why)
  }
}

/** The text cut at the given places (as inflating hands it over: anywhere, even inside a line). */
const cut = (text: string, at: readonly number[]): string[] => {
  const ends = [...new Set(at.map((n) => n % (text.length + 1)))].sort((a, b) => a - b)
  return [...ends, text.length].map((end, i) => text.slice(i === 0 ? 0 : ends[i - 1], end))
}

/** Records as a project's tables hold them: keys, text with every awkward character, numbers, lists, nested objects. */
const record = fc.record({
  id: fc.oneof(fc.uuid(), fc.integer()),
  text: fc.string({ unit: fc.constantFrom('a', 'Ж', '😀', '\n', '\r', '"', '\\', ',', ']', '}', '\u2028', ' ', '{') }),
  // JSON has no -0 (nor NaN, nor infinities), and no record of the app holds one.
  n: fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
  list: fc.array(fc.string(), { maxLength: 3 }),
  nested: fc.record({ a: fc.boolean(), b: fc.constantFrom(null, 'x') })
})
/** Table names with what JSON must escape or the layout's own lines contain (and none an object inherits, as no table's is). */
const tableName = fc.string({ unit: fc.constantFrom('a', 'b', 'Ж', '"', '\\', ' ', ':', '[', ']', ','), minLength: 1, maxLength: 8 })
const tables = fc.dictionary(tableName, fc.array(record, { maxLength: 1200 }), { maxKeys: 4 })

describe('a backup data file, a record per line', () => {
  it('is JSON that reads whole as the tables it was written from', () => {
    fc.assert(
      fc.property(tables, (written) => {
        expect(JSON.parse(fileText(written))).toEqual(written)
      }),
      { numRuns: 60 }
    )
  })

  it('reads as it comes, cut anywhere, to the same tables, tables without records included', () => {
    fc.assert(
      fc.property(tables, fc.array(fc.nat(), { maxLength: 40 }), (written, at) => {
        expect(readPieces(cut(fileText(written), at))).toEqual(written)
      }),
      { numRuns: 60 }
    )
  })

  it('keeps typed arrays typed', () => {
    const ranges = Int32Array.from([0, 5, 7, 9])
    const text = fileText({ documents: [{ id: 'd1', passageRanges: ranges }] })
    expect(text).toContain('{"id":"d1","passageRanges":{"$typedArray":"Int32Array","values":[0,5,7,9]}}')
    const [document] = readPieces([text])['documents'] as [{ passageRanges: unknown }]
    expect(document.passageRanges).toEqual(ranges)
    expect(document.passageRanges).toBeInstanceOf(Int32Array)
  })

  const good = fileText({ tags: [{ id: 't1' }, { id: 't2' }], sets: [] })
  const damaged: [string, string][] = [
    ['a record cut short', good.replace('{"id":"t2"}', '{"id":"t2"')],
    ['a missing comma', good.replace(',{"id":"t2"}', '{"id":"t2"}')],
    ['a comma before the first record', good.replace('{"id":"t1"}', ',{"id":"t1"}')],
    ['a table twice', good.replace('"sets"', '"tags"')],
    ['no end', good.replace(']}\n', '')],
    ['text after the end', `${good}{}`],
    ['a record over two lines', good.replace('{"id":"t2"}', '{"id":\n"t2"}')],
    ['not a table line', good.replace('],"sets":[', '],"sets":{')]
  ]
  it.each(damaged)('refuses %s, as a JSON reader would refuse it', (_what, text) => {
    expect(() => readPieces([text])).toThrow(Invalid)
  })

  it('reads files written whole before (any JSON layout), and says what is wrong with them', () => {
    const tablesRead: Record<string, unknown[]> = {}
    readWholeProjectFile(JSON.stringify({ tags: [{ id: 't1' }], sets: [] }, null, 2), collector(tablesRead))
    expect(tablesRead).toEqual({ tags: [{ id: 't1' }], sets: [] })
    expect(() => readWholeProjectFile('[1]', collector({}))).toThrow('not-tables')
    expect(() => readWholeProjectFile('{"tags": 1}', collector({}))).toThrow('not-a-list')
    expect(() => readWholeProjectFile('{"tags": [', collector({}))).toThrow('json')
  })
})
