import { describe, expect, it } from 'vitest'
import { CYRILLIC_NOTE, EMOJI_NOTE, FORMULA_THEME, request, secondArticle, seedArticle } from '../testing/reportFixtures'
import { renderHtmlReport } from './renderReport'
import { resolveReport } from './resolve'
import { parse, visibleArticleText } from './testFixtures'

const text = (el: Element | null | undefined): string => el?.textContent ?? ''

async function twoArticles(): Promise<Awaited<ReturnType<typeof seedArticle>>[]> {
  return [await seedArticle(), secondArticle()]
}

describe('the HTML report over several articles', () => {
  it('titles it with the project, lists each article with its own text and notes, and keeps ids apart', async () => {
    const doc = parse(renderHtmlReport(await request({}, await twoArticles())))
    expect(text(doc.querySelector('h1'))).toBe('Caucasus watch')
    const meta = [...doc.querySelectorAll('header .meta div')].map((d) => [text(d.querySelector('dt')), text(d.querySelector('dd'))])
    expect(meta).toEqual([
      ['Project', 'Caucasus watch'],
      ['Analyst', 'Leyla Həsənova'],
      ['Articles', '2']
    ])
    const articles = [...doc.querySelectorAll('section.article-section')]
    expect(articles.map((s) => text(s.querySelector('h2')))).toEqual([expect.stringMatching(/^Strikes on SOCAR/), 'Baku hosts the talks'])
    expect(articles[1]?.querySelector('.meta')?.textContent).toContain('Aysel Məmmədova')
    expect(doc.getElementById('a2-p-3')?.textContent).toContain('Министр заявил')
    expect(text(doc.querySelector('#a2-n-2 .note-text'))).toBe('Кириллица в заметке')
    const ids = [...doc.querySelectorAll('[id]')].map((e) => e.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const a of doc.querySelectorAll('a[href^="#"]')) expect(doc.getElementById((a.getAttribute('href') as string).slice(1)), a.getAttribute('href') ?? '').not.toBeNull()
  })

  it('sums the summary over the articles, counting the articles each theme appears in', async () => {
    const doc = parse(renderHtmlReport(await request({}, await twoArticles())))
    const rows = [...doc.querySelectorAll('.summary-table tr')].slice(1).map((r) => [...r.children].map(text))
    expect(rows).toEqual([
      ['Economic pressure', '2', '2', expect.stringMatching(/%$/)],
      ['Energy', '1', '1', expect.any(String)],
      ['Hybrid tactics', '2', '1', expect.any(String)],
      ['CIS', '3', '2', expect.any(String)],
      [FORMULA_THEME, '1', '1', expect.any(String)],
      ['All passages', '7', '2', expect.any(String)]
    ])
  })

  it('lists passages by theme with the article and paragraph they come from', async () => {
    const doc = parse(renderHtmlReport(await request({}, await twoArticles())))
    const cis = doc.querySelector('section.theme[data-theme="CIS"]') as Element
    expect([...cis.querySelectorAll('.location')].map(text)).toEqual([
      expect.stringMatching(/^Strikes on SOCAR.*, paragraph 1$/),
      expect.stringMatching(/^Strikes on SOCAR.*, paragraph 2$/),
      'Baku hosts the talks, paragraph 3'
    ])
    expect(cis.querySelector('.location a')?.getAttribute('href')).toBe('#a1-p-1')
  })
})

describe('the HTML report options', () => {
  it('keeps only the chosen themes with their sub-themes, and the passages that have one', async () => {
    const doc = parse(renderHtmlReport(await request({ themeIds: ['t-eco'] })))
    expect([...doc.querySelectorAll('.legend-item')].map((i) => i.getAttribute('data-theme'))).toEqual(['Economic pressure', 'Energy'])
    expect(doc.querySelector('.legend-item[data-theme="Energy"]')?.getAttribute('data-depth')).toBe('1')
    expect([...doc.querySelectorAll('li.passage')].map((li) => li.getAttribute('data-annotation-id'))).toEqual(['p-odesa', 'p-route'])
    // The route passage is also CIS, which was not chosen: it shows Energy only.
    expect(doc.querySelector('li.passage[data-annotation-id="p-route"] .also')).toBeNull()
    expect(doc.querySelectorAll('article mark').length).toBe(3)
    expect(doc.querySelectorAll('article .note-ref').length).toBe(1)
  })

  it('leaves the text out for passages only, and quotes each passage with its context', async () => {
    const doc = parse(renderHtmlReport(await request({ fullText: false, contextChars: 30 })))
    expect(doc.querySelector('article')).toBeNull()
    expect(doc.querySelector('#notes')).toBeNull()
    const moscow = doc.querySelector('li.passage[data-annotation-id="p-moscow"] .quote') as Element
    expect(text(moscow.querySelector('.exact'))).toBe('an attempt by Moscow to exert pressure on Baku')
    const [before, after] = [...moscow.querySelectorAll('.context')].map(text)
    expect(before).toMatch(/^….*pattern — $/)
    expect(after).toMatch(/^ for its independent.*…$/)
    expect((before as string).length).toBeLessThanOrEqual(32)
    expect(doc.querySelector('.location a')).toBeNull()
  })

  it('drops notes, theme details and the summary when asked', async () => {
    const html = renderHtmlReport(await request({ notes: false, themeDetails: false, summary: false }))
    const doc = parse(html)
    expect(html).not.toContain(CYRILLIC_NOTE)
    expect(html).not.toContain('Look for gas and oil routes.')
    expect(doc.querySelector('.summary-table')).toBeNull()
    expect(doc.querySelector('#notes')).toBeNull()
    expect(doc.querySelectorAll('.note-ref, p.note').length).toBe(0)
  })

  it('shows theme descriptions and memos, escaped', async () => {
    const doc = parse(renderHtmlReport(await request()))
    expect(text(doc.querySelector('.legend-item[data-theme="Economic pressure"] .theme-memo'))).toBe('Look for gas and oil routes.')
    expect(text(doc.querySelector('.legend-item:last-child .theme-name'))).toBe(FORMULA_THEME)
    expect(text(doc.querySelector('li.passage[data-annotation-id="p-moscow"] .note'))).toBe(EMOJI_NOTE)
    expect(doc.querySelector('li.passage b')).toBeNull()
  })

  it('orders passages by article (then theme) or in reading order', async () => {
    const byArticle = parse(renderHtmlReport(await request({ order: 'article' }, await twoArticles())))
    expect(text(byArticle.querySelector('#passages > h2'))).toBe('Passages by article')
    const groups = [...byArticle.querySelectorAll('section.article-passages')]
    expect(groups.map((g) => text(g.querySelector('h3')))).toEqual([expect.stringMatching(/^Strikes on SOCAR.*\(5 passages\)$/), 'Baku hosts the talks (2 passages)'])
    expect([...(groups[1] as Element).querySelectorAll('section.theme')].map((s) => s.getAttribute('data-theme'))).toEqual(['Economic pressure', 'CIS'])

    const inOrder = parse(renderHtmlReport(await request({ order: 'position' })))
    expect([...inOrder.querySelectorAll('li.passage')].map((li) => li.getAttribute('data-annotation-id'))).toEqual(['p-cis', 'p-odesa', 'p-route', 'p-moscow', 'p-socar'])
    expect(text(inOrder.querySelector('li.passage[data-annotation-id="p-cis"] .also'))).toBe('Themes: Hybrid tactics, CIS')
  })

  it('resolves chosen themes it does not know to nothing rather than failing', async () => {
    const report = resolveReport(await request({ themeIds: ['t-gone'] }))
    expect(report.tags).toEqual([])
    expect(report.total.passages).toBe(0)
    const doc = parse(renderHtmlReport(await request({ themeIds: ['t-gone'] })))
    expect(visibleArticleText(doc)).toContain('Strikes on SOCAR')
  })
})
