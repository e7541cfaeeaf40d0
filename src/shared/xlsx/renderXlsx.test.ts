import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { resolveReport } from '../report/resolve'
import { python, tempDir, writeTemp } from '../testing/readBack'
import { CYRILLIC_NOTE, FORMULA_THEME, request, secondArticle, seedArticle } from '../testing/reportFixtures'
import { renderXlsx } from './renderXlsx'

interface Sheet {
  title: string
  freeze: string | null
  widths: Record<string, number>
  filter: string | null
  rows: (string | number | null)[][]
  types: string[][]
}

/** The workbook as openpyxl (the Python reader most analysts' scripts use) sees it. */
function readWithOpenpyxl(bytes: Uint8Array): Sheet[] {
  const path = writeTemp(tempDir(), 'passages.xlsx', bytes)
  const script = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = []
for ws in wb.worksheets:
    out.append({
        "title": ws.title,
        "freeze": ws.freeze_panes,
        "widths": {k: v.width for k, v in ws.column_dimensions.items()},
        "filter": ws.auto_filter.ref,
        "rows": [[c.value if not hasattr(c.value, "isoformat") else c.value.isoformat() for c in row] for row in ws.iter_rows()],
        "types": [[c.data_type for c in row] for row in ws.iter_rows()],
    })
print(json.dumps(out))`
  return JSON.parse(python(script, path)) as Sheet[]
}

describe('coded passages as XLSX', () => {
  it('has a frozen, filtered header row, set column widths and typed cells', async () => {
    const [passages] = readWithOpenpyxl(await renderXlsx(resolveReport(await request())))
    const sheet = passages as Sheet
    expect(sheet.title).toBe('Coded passages')
    expect(sheet.freeze).toBe('A2')
    expect(sheet.filter).toBe('A1:L1')
    expect(sheet.rows[0]).toEqual(['Project', 'Article', 'Article date', 'Theme', 'Theme path', 'Quote', 'Note', 'Start', 'End', 'Paragraph', 'Created', 'Updated'])
    expect(sheet.widths['F']).toBe(60)
    expect(sheet.widths['B']).toBe(36)
    expect(sheet.rows).toHaveLength(8)
    const odesa = sheet.rows[1] as (string | number | null)[]
    expect(odesa.slice(3, 7)).toEqual(['Economic pressure', 'Economic pressure', 'Repeated missile strikes on the gas infrastructure near Odesa', CYRILLIC_NOTE])
    expect(odesa.slice(9)).toEqual([2, '2025-08-09T10:00:00', '2025-08-09T10:01:00'])
    expect(sheet.types[1]?.slice(7)).toEqual(['n', 'n', 'n', 'd', 'd'])
  })

  it('makes text that would read as a formula inert', async () => {
    const [sheet] = readWithOpenpyxl(await renderXlsx(resolveReport(await request())))
    const cells = (sheet as Sheet).rows.flat().filter((c): c is string => typeof c === 'string')
    expect(cells).toContain(`'${FORMULA_THEME}`)
    expect(cells).toContain(`'=HYPERLINK("http://evil.example")`)
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@]/)
    expect((sheet as Sheet).types.flat()).not.toContain('f')
  })

  it('counts each theme in each article on a second sheet', async () => {
    const sheets = readWithOpenpyxl(await renderXlsx(resolveReport(await request({}, [await seedArticle(), secondArticle()]))))
    const counts = sheets[1] as Sheet
    expect(counts.title).toBe('Themes × articles')
    expect(counts.freeze).toBe('C2')
    expect(counts.rows).toEqual([
      ['Theme', 'Theme path', expect.stringMatching(/^Strikes on SOCAR/), 'Baku hosts the talks', 'Total'],
      ['Economic pressure', 'Economic pressure', 1, 1, 2],
      ['Energy', 'Economic pressure / Energy', 1, 0, 1],
      ['Hybrid tactics', 'Hybrid tactics', 2, 0, 2],
      ['CIS', 'CIS', 2, 1, 3],
      [`'${FORMULA_THEME}`, `'${FORMULA_THEME}`, 1, 0, 1],
      ['All passages', null, 5, 2, 7]
    ])
  })

  it('reads back with ExcelJS too, one row per passage when asked', async () => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await renderXlsx(resolveReport(await request({ rowPerTheme: false })))).buffer as ArrayBuffer)
    const sheet = workbook.getWorksheet('Coded passages') as ExcelJS.Worksheet
    expect(sheet.rowCount).toBe(6)
    expect(sheet.getRow(3).getCell(4).value).toBe('Energy; CIS')
  })
})
