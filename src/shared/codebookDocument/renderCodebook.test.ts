import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import { resolveReport } from '../report/resolve'
import { parse } from '../report/testFixtures'
import { pdfText, soffice, tempDir, writeTemp } from '../testing/readBack'
import { FORMULA_THEME, request, secondArticle, seedArticle } from '../testing/reportFixtures'
import { renderCodebookDocx, renderCodebookHtml, renderCodebookMarkdown } from './renderCodebook'

const text = (el: Element | null | undefined): string => el?.textContent ?? ''

async function report(): Promise<ReturnType<typeof resolveReport>> {
  return resolveReport(await request({}, [await seedArticle(), secondArticle()]))
}

describe('the codebook as a document', () => {
  it('HTML: every theme nested in the tree, with colour, description, memo and usage', async () => {
    const doc = parse(renderCodebookHtml(await report()))
    expect(text(doc.querySelector('h1'))).toBe('Codebook — Caucasus watch')
    const themes = [...doc.querySelectorAll('section.codebook-theme')]
    expect(themes.map((t) => [t.getAttribute('data-theme'), t.getAttribute('data-depth'), t.firstElementChild?.tagName])).toEqual([
      ['Economic pressure', '0', 'H2'],
      ['Energy', '1', 'H3'],
      ['Hybrid tactics', '0', 'H2'],
      ['CIS', '0', 'H2'],
      [FORMULA_THEME, '0', 'H2']
    ])
    const energy = themes[1] as Element
    expect(text(energy.querySelector('.location'))).toBe('Economic pressure / Energy · #b45309 · 1 passage in 1 article')
    expect(text(themes[0]?.querySelector('.theme-memo-block'))).toBe('Look for gas and oil routes.')
    expect(text(themes[3]?.querySelector('.usage'))).toBe('3 passages in 2 articles')
    expect(doc.querySelectorAll('script, [onload], [onerror]').length).toBe(0)
  })

  it('Markdown: headings by depth, usage and memo as a quote', async () => {
    const md = renderCodebookMarkdown(await report())
    const doc = parse(new MarkdownIt().render(md.replace(/^---\n[\s\S]*?\n---\n/, '')))
    expect([...doc.querySelectorAll('h2, h3')].map((h) => `${h.tagName} ${text(h)}`)).toEqual(['H2 Economic pressure', 'H3 Energy', 'H2 Hybrid tactics', 'H2 CIS', `H2 ${FORMULA_THEME}`])
    expect(text(doc.querySelector('blockquote')).trim()).toBe('Look for gas and oil routes.')
    expect(md).toContain('CIS · `#0d9488` · 3 passages in 2 articles')
  })

  it('Word: opens in LibreOffice with every theme and its details', async () => {
    const dir = tempDir()
    const pdf = soffice(writeTemp(dir, 'codebook.docx', await renderCodebookDocx(await report())), 'pdf', dir)
    const got = pdfText(pdf).replace(/\s+/g, ' ')
    for (const expected of ['Codebook — Caucasus watch', 'Economic pressure / Energy · #b45309 · 1 passage in 1 article', 'Look for gas and oil routes.', FORMULA_THEME, 'Analyst: Leyla Həsənova']) {
      expect(got).toContain(expected)
    }
  }, 120_000)
})
