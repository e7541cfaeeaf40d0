import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { passageColumns, passageRows } from '../report/passageRows'
import { resolveReport, type ResolvedReport } from '../report/resolve'
import { python, tempDir, writeTemp } from '../testing/readBack'
import { CYRILLIC_NOTE, EMOJI_NOTE, FORMULA_THEME, request, secondArticle, seedArticle } from '../testing/reportFixtures'
import { CSV_BOM, renderCsv as renderCsvBytes } from './renderCsv'

/** The CSV as text, its byte-order mark kept. */
const renderCsv = (report: ResolvedReport): string => new TextDecoder('utf-8', { ignoreBOM: true }).decode(renderCsvBytes(report))

/** The CSV as papaparse wrote it before the export wrote its own fields. */
function papaCsv(report: ResolvedReport): string {
  const columns = passageColumns(report)
  const data = passageRows(report).map((row) => columns.map((c) => {
    const value = row[c.key]
    return value instanceof Date ? `${value.toISOString().slice(0, 19)}Z` : value
  }))
  return `${CSV_BOM}${Papa.unparse({ fields: columns.map((c) => c.header), data }, { escapeFormulae: true, newline: '\r\n' })}\r\n`
}

/** Python's csv module with the BOM-aware codec Excel files need: the rows as a spreadsheet user would get them. */
function readCsv(content: string): string[][] {
  const path = writeTemp(tempDir(), 'passages.csv', content)
  const script = 'import csv, json, sys\nwith open(sys.argv[1], newline="", encoding="utf-8-sig") as f: print(json.dumps(list(csv.reader(f))))'
  return JSON.parse(python(script, path)) as string[][]
}

describe('coded passages as CSV', () => {
  it('starts with a BOM and a header, one row per passage and theme, in theme order', async () => {
    const csv = renderCsv(resolveReport(await request()))
    expect(csv.startsWith(CSV_BOM)).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
    const [header, ...rows] = readCsv(csv)
    expect(header).toEqual(['Project', 'Article', 'Article date', 'Theme', 'Theme path', 'Quote', 'Note', 'Start', 'End', 'Paragraph', 'Created', 'Updated'])
    // 5 passages, two with two themes.
    expect(rows).toHaveLength(7)
    expect(rows.map((r) => r[3])).toEqual(['Economic pressure', 'Energy', 'Hybrid tactics', 'Hybrid tactics', 'CIS', 'CIS', `'${FORMULA_THEME}`])
    const route = rows.find((r) => r[3] === 'Energy') as string[]
    expect(route).toEqual([
      'Caucasus watch',
      expect.stringMatching(/^Strikes on SOCAR/),
      '2025-08-08',
      'Energy',
      'Economic pressure / Energy',
      'the gas infrastructure near Odesa — a key route for Azerbaijani oil exports',
      '',
      expect.stringMatching(/^\d+$/),
      expect.stringMatching(/^\d+$/),
      '2',
      '2025-08-09T10:01:00Z',
      '2025-08-09T10:02:00Z'
    ])
    expect(Number(route[8]) - Number(route[7])).toBe((route[5] as string).length)
  })

  it('keeps Cyrillic, emoji, quotes and line breaks intact through a BOM-aware reader', async () => {
    const rows = readCsv(renderCsv(resolveReport(await request())))
    const notes = rows.map((r) => r[6])
    expect(notes).toContain(CYRILLIC_NOTE)
    expect(notes).toContain(EMOJI_NOTE)
  })

  it('makes every cell that could start a formula inert', async () => {
    const rows = readCsv(renderCsv(resolveReport(await request())))
    const socar = rows.find((r) => r[5]?.startsWith('SOCAR is not')) as string[]
    expect(socar[3]).toBe(`'${FORMULA_THEME}`)
    expect(socar[4]).toBe(`'${FORMULA_THEME}`)
    expect(socar[6]).toBe(`'=HYPERLINK("http://evil.example")`)
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/)
  })

  it('writes the same file papaparse did, with every option', async () => {
    for (const options of [{}, { contextChars: 20, rowPerTheme: false, order: 'position' as const }, { notes: false, order: 'article' as const }]) {
      const report = resolveReport(await request(options, [await seedArticle(), secondArticle()]))
      expect(renderCsv(report)).toBe(papaCsv(report))
    }
  })

  it('adds context columns when asked, joins themes per passage, and follows the chosen order', async () => {
    const rows = readCsv(renderCsv(resolveReport(await request({ contextChars: 20, rowPerTheme: false, order: 'position' }, [await seedArticle(), secondArticle()]))))
    expect(rows[0]?.slice(5, 8)).toEqual(['Context before', 'Quote', 'Context after'])
    const body = rows.slice(1)
    expect(body).toHaveLength(7)
    expect(body.map((r) => r[1]?.slice(0, 10))).toEqual([...Array(5).fill('Strikes on'), 'Baku hosts', 'Baku hosts'])
    expect(body[0]?.slice(3, 5)).toEqual(['Hybrid tactics; CIS', 'Hybrid tactics; CIS'])
    expect(body.find((r) => r[6] === 'переговоры продолжатся')?.[5]).toMatch(/^….*что $/)
  })
})
