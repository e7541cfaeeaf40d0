import { describe, expect, it } from 'vitest'
import { resolveReport } from '../report/resolve'
import { request, secondArticle, seedArticle } from '../testing/reportFixtures'
import { EXPORT_FORMAT_IDS, EXPORT_FORMATS, exportFileName, isExportFormat, renderExport } from './formats'

describe('the export formats table', () => {
  it('renders every format from one resolved report, text or bytes as the format is', async () => {
    const report = resolveReport(await request({}, [await seedArticle(), secondArticle()]))
    for (const id of EXPORT_FORMAT_IDS) {
      const content = await renderExport(id, report)
      const { extension } = EXPORT_FORMATS[id]
      const binary = extension === 'docx' || extension === 'xlsx'
      // CSV is written as UTF-8 bytes as it goes (a project's CSV is tens of MB).
      expect(typeof content === 'string', id).toBe(!binary && extension !== 'csv')
      if (binary) expect([...(content as Uint8Array).subarray(0, 2)], id).toEqual([0x50, 0x4b])
      else if (extension === 'csv') expect([...(content as Uint8Array).subarray(0, 3)], id).toEqual([0xef, 0xbb, 0xbf])
      else expect((content as string).length, id).toBeGreaterThan(100)
    }
    // PDF is the HTML the host prints.
    expect(await renderExport('pdf', report)).toBe(await renderExport('html', report))
  })

  it('names the file after the report and what it holds', async () => {
    const one = resolveReport(await request())
    expect(exportFileName('docx', one)).toBe('strikes-on-socar-and-the-collapse-of-the-cis-how-russia-is-report.docx')
    const several = resolveReport(await request({}, [await seedArticle(), secondArticle()]))
    expect(EXPORT_FORMAT_IDS.map((id) => exportFileName(id, several))).toEqual([
      'caucasus-watch-report.html',
      'caucasus-watch-report.pdf',
      'caucasus-watch-report.docx',
      'caucasus-watch-report.md',
      'caucasus-watch-passages.csv',
      'caucasus-watch-passages.xlsx',
      'caucasus-watch-codebook.html',
      'caucasus-watch-codebook.docx',
      'caucasus-watch-codebook.md'
    ])
    expect(isExportFormat('xlsx')).toBe(true)
    expect(isExportFormat('toString')).toBe(false)
  })
})
