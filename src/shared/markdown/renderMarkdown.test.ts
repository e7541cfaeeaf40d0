import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import { resolveReport } from '../report/resolve'
import { parse } from '../report/testFixtures'
import { CYRILLIC_NOTE, EMOJI_NOTE, FORMULA_THEME, request, secondArticle, seedArticle } from '../testing/reportFixtures'
import { markdownText } from './markdownText'
import { renderMarkdown } from './renderMarkdown'

/** Rendered as a CommonMark viewer with GFM tables shows it (raw HTML off, as Obsidian's safe mode). */
function view(markdown: string): Document {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '')
  return parse(new MarkdownIt({ html: false, linkify: false }).render(body))
}

const text = (el: Element | null | undefined): string => el?.textContent ?? ''

describe('the Markdown report', () => {
  it('opens with front matter Obsidian reads as properties', async () => {
    const md = renderMarkdown(resolveReport(await request()))
    const front = /^---\n([\s\S]*?)\n---\n/.exec(md)?.[1] ?? ''
    expect(front.split('\n')).toEqual([
      expect.stringMatching(/^title: "Strikes on SOCAR.*Azerbaijan"$/),
      'project: "Caucasus watch"',
      'analyst: "Leyla Həsənova"',
      'articles: 1',
      'generated: "2025-08-10 09:00 UTC"'
    ])
  })

  it('has the title, metadata and a summary table', async () => {
    const doc = view(renderMarkdown(resolveReport(await request())))
    expect(text(doc.querySelector('h1'))).toMatch(/^Strikes on SOCAR/)
    expect([...doc.querySelectorAll('h1 + ul li')].map(text)).toEqual(['Date: 2025-08-08', 'File: seed-article.txt', 'Project: Caucasus watch', 'Analyst: Leyla Həsənova', 'Generated: 2025-08-10 09:00 UTC'])
    const rows = [...doc.querySelectorAll('table tr')].map((r) => [...r.children].map(text))
    expect(rows[0]).toEqual(['Theme', 'Passages', 'Share of text'])
    expect(rows.map((r) => r[0])).toEqual(['Theme', 'Economic pressure', 'Economic pressure / Energy', 'Hybrid tactics', 'CIS', FORMULA_THEME, 'All passages'])
  })

  it('quotes each passage under its theme with paragraph and note, as plain text', async () => {
    const doc = view(renderMarkdown(resolveReport(await request())))
    expect([...doc.querySelectorAll('h3')].map(text)).toEqual([
      'Economic pressure (1 passage)',
      'Energy (1 passage)',
      'Hybrid tactics (2 passages)',
      'CIS (2 passages)',
      `${FORMULA_THEME} (1 passage)`
    ])
    const quotes = [...doc.querySelectorAll('blockquote')].map(text).map((t) => t.trim())
    expect(quotes[0]).toBe('Repeated missile strikes on the gas infrastructure near Odesa')
    const paragraphs = [...doc.querySelectorAll('p')].map(text)
    expect(paragraphs).toContain(`Note: ${CYRILLIC_NOTE}`)
    expect(paragraphs).toContain(`Note: ${EMOJI_NOTE}`)
    expect(paragraphs).toContain('— Paragraph 2 · Also: CIS')
    expect(doc.querySelectorAll('b, a, img, script').length).toBe(0)
  })

  it('names the article of each passage in a report over several, and can order by article', async () => {
    const doc = view(renderMarkdown(resolveReport(await request({ order: 'article', contextChars: 15 }, [await seedArticle(), secondArticle()]))))
    expect([...doc.querySelectorAll('h3')].map(text)).toEqual([expect.stringMatching(/^Strikes on SOCAR.*\(5 passages\)$/), 'Baku hosts the talks (2 passages)'])
    expect([...doc.querySelectorAll('h4')].map(text).slice(-2)).toEqual(['Economic pressure (1 passage)', 'CIS (1 passage)'])
    expect([...doc.querySelectorAll('p')].map(text)).toContain('— Baku hosts the talks, paragraph 2')
    const gas = [...doc.querySelectorAll('blockquote')].find((b) => text(b).includes('Gas prices rose')) as Element
    expect([...gas.querySelectorAll('em')].map(text)).toEqual(['…the talks', 'after the pipe…'])
  })
})

describe('markdownText', () => {
  it('shows exactly the text it is given, whatever Markdown, HTML or Obsidian syntax it holds', () => {
    const hostile = ['*bold* _it_ `code` [link](http://x) ![img](y) <b>html</b> | cell | ~~del~~ ==mark== #tag [[wiki]] $x$ %%hidden%% &amp;', '- item', '+ item', '1. first', '# heading', '> quote']
    for (const s of hostile) {
      const doc = parse(new MarkdownIt({ html: true }).render(markdownText(s)))
      expect(doc.body.textContent?.trim()).toBe(s)
      expect(doc.querySelectorAll('em, strong, code, a, img, b, ul, ol, h1, blockquote, del, s').length).toBe(0)
    }
  })
})
