import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { renderResolvedHtml } from '@shared/report/renderReport'
import { resolveReport } from '@shared/report/resolve'
import { pdfPages, pdfText, tempDir, writeTemp } from '@shared/testing/readBack'
import { CYRILLIC_NOTE, EMOJI_NOTE, request, secondArticle, seedArticle } from '@shared/testing/reportFixtures'
import { findChromium, playwrightPdfPrinter } from './playwrightPdf'
import { PdfUnavailableError } from './pdfPrinter'

function pageSize(path: string): string {
  return /Page size:\s+([\d.]+ x [\d.]+) pts/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1] ?? ''
}

describe('the PDF report, printed by Chromium', () => {
  it('reads back with pdftotext: title in the header, page numbers, text, notes and passages', async () => {
    const report = resolveReport(await request({}, [await seedArticle(), secondArticle()]))
    const pdf = await playwrightPdfPrinter().print(renderResolvedHtml(report), { title: report.title, paper: 'A4' })
    const path = writeTemp(tempDir(), 'report.pdf', pdf)
    const pages = pdfPages(path)
    expect(pages).toBeGreaterThan(1)
    expect(pageSize(path)).toBe('595.92 x 842.88')
    const text = pdfText(path).replace(/\s+/g, ' ')
    for (const expected of ['Caucasus watch', 'Analyst Leyla Həsənova', 'Summary', 'Economic pressure as a tool of political coercion', 'Министр заявил', CYRILLIC_NOTE, 'Passages by theme', `Page 1 of ${pages}`, `Page ${pages} of ${pages}`]) {
      expect(text).toContain(expected)
    }
    expect(text).toContain(EMOJI_NOTE.replace('🔥 ', '').split(' — ')[1])
  }, 60_000)

  it('prints on Letter when asked', async () => {
    const report = resolveReport(await request({ fullText: false }))
    const path = writeTemp(tempDir(), 'letter.pdf', await playwrightPdfPrinter().print(renderResolvedHtml(report), { title: report.title, paper: 'Letter' }))
    expect(pageSize(path)).toBe('612 x 792')
  }, 60_000)

  it('says in one sentence that PDF needs Chromium when there is none', async () => {
    expect(findChromium({ CHROMIUM_PATH: '/nowhere/chromium' })).toBeNull()
    await expect(playwrightPdfPrinter(null).print('<p>x</p>', { title: 'x', paper: 'A4' })).rejects.toThrow(PdfUnavailableError)
    await expect(playwrightPdfPrinter(null).print('<p>x</p>', { title: 'x', paper: 'A4' })).rejects.toThrow(/^PDF needs Chromium: .*CHROMIUM_PATH[^.]*\.$/)
  })
})
