import { readFileSync } from 'node:fs'
import { JSDOM } from 'jsdom'
import { beforeAll, describe, expect, it } from 'vitest'
import { resolveReport, type ResolvedReport } from '../report/resolve'
import { pdfText, python, soffice, tempDir, writeTemp, zipPart } from '../testing/readBack'
import { CYRILLIC_NOTE, EMOJI_NOTE, FORMULA_THEME, request, secondArticle, SEED_PASSAGES, seedArticle } from '../testing/reportFixtures'
import { renderDocx } from './renderDocx'

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const OFFICE = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0'
const DC = 'http://purl.org/dc/elements/1.1/'

const { DOMParser } = new JSDOM('').window

function xml(text: string): Document {
  return new DOMParser().parseFromString(text, 'text/xml')
}

interface WordComment {
  id: string
  author: string
  date: string
  text: string[]
}

function comments(bytes: Uint8Array): WordComment[] {
  const doc = xml(zipPart(bytes, 'word/comments.xml'))
  return [...doc.getElementsByTagNameNS(W, 'comment')].map((c) => ({
    id: c.getAttributeNS(W, 'id') ?? '',
    author: c.getAttributeNS(W, 'author') ?? '',
    date: c.getAttributeNS(W, 'date') ?? '',
    text: [...c.getElementsByTagNameNS(W, 'p')].map((p) => [...p.getElementsByTagNameNS(W, 't')].map((t) => t.textContent).join(''))
  }))
}

/** The text each comment's range covers in word/document.xml, walking the runs in document order. */
function anchoredText(bytes: Uint8Array): Map<string, string> {
  const doc = xml(zipPart(bytes, 'word/document.xml'))
  const open = new Map<string, string>()
  const done = new Map<string, string>()
  const walk = (node: Element): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType !== 1) continue
      const el = child as Element
      const id = el.getAttributeNS(W, 'id') ?? ''
      if (el.namespaceURI === W && el.localName === 'commentRangeStart') open.set(id, '')
      else if (el.namespaceURI === W && el.localName === 'commentRangeEnd') {
        done.set(id, open.get(id) ?? '')
        open.delete(id)
      } else if (el.namespaceURI === W && el.localName === 't') {
        for (const [k, v] of open) open.set(k, v + (el.textContent ?? ''))
      } else if (el.namespaceURI === W && el.localName === 'p' && open.size > 0) {
        walk(el)
        for (const [k, v] of open) open.set(k, `${v}\n\n`)
        continue
      }
      walk(el)
    }
  }
  walk(doc.documentElement)
  return done
}

/** Word's text of a paragraph number run, which sits at the start of each article paragraph. */
const NUMBERED = /^\d+\u2002/

describe('the Word report', () => {
  let report: ResolvedReport
  let bytes: Uint8Array
  beforeAll(async () => {
    report = resolveReport(await request({}))
    bytes = await renderDocx(report)
  })

  it('puts each passage’s themes and note in a real comment, by the analyst, dated when it was made', () => {
    const found = comments(bytes)
    expect(found).toHaveLength(SEED_PASSAGES.length)
    for (const c of found) expect(c.author).toBe('Leyla Həsənova')
    const byText = new Map(found.map((c) => [c.text[0], c]))
    expect(byText.get('Theme: Economic pressure')).toMatchObject({ date: expect.stringMatching(/^2025-08-09T10:00:00(\.000)?Z$/), text: ['Theme: Economic pressure', CYRILLIC_NOTE] })
    expect(byText.get('Themes: Energy, CIS')?.text).toEqual(['Themes: Energy, CIS'])
    expect(byText.get('Theme: Hybrid tactics')?.text).toEqual(['Theme: Hybrid tactics', EMOJI_NOTE])
    expect(byText.get(`Theme: ${FORMULA_THEME}`)?.text[1]).toBe('=HYPERLINK("http://evil.example")')
  })

  it('anchors each comment on exactly its passage, overlapping ones included', () => {
    const anchored = anchoredText(bytes)
    const byTheme = new Map(comments(bytes).map((c) => [c.text[0], anchored.get(c.id)?.replace(NUMBERED, '')]))
    expect(byTheme.get('Theme: Economic pressure')).toBe('Repeated missile strikes on the gas infrastructure near Odesa')
    expect(byTheme.get('Themes: Energy, CIS')).toBe('the gas infrastructure near Odesa — a key route for Azerbaijani oil exports')
    expect(byTheme.get('Themes: Hybrid tactics, CIS')).toBe('the collapse of the CIS')
  })

  it('shades highlighted runs with character styles, underlined in their theme colours', () => {
    const styles = xml(zipPart(bytes, 'word/styles.xml'))
    const highlight = [...styles.getElementsByTagNameNS(W, 'style')].filter((s) => (s.getAttributeNS(W, 'styleId') ?? '').startsWith('ThemataHighlight'))
    expect(highlight.length).toBeGreaterThanOrEqual(3)
    const looks = highlight.map((s) => ({
      fill: s.getElementsByTagNameNS(W, 'shd')[0]?.getAttributeNS(W, 'fill'),
      underline: s.getElementsByTagNameNS(W, 'u')[0]?.getAttributeNS(W, 'val'),
      color: s.getElementsByTagNameNS(W, 'u')[0]?.getAttributeNS(W, 'color')
    }))
    // The overlap of Economic pressure and Energy+CIS: deeper orange fill, double underline in CIS's colour.
    expect(looks).toContainEqual({ fill: expect.stringMatching(/^[0-9A-F]{6}$/), underline: 'double', color: '0D9488' })
    expect(looks).toContainEqual({ fill: expect.stringMatching(/^[0-9A-F]{6}$/), underline: 'single', color: 'D97706' })
  })

  it('opens in LibreOffice with its text, headings, table and passages', () => {
    const dir = tempDir()
    const pdf = soffice(writeTemp(dir, 'report.docx', bytes), 'pdf', dir)
    const text = pdfText(pdf).replace(/\s+/g, ' ')
    for (const expected of [
      'Strikes on SOCAR and the collapse of the CIS',
      'Analyst: Leyla Həsənova',
      'Themes',
      'Summary',
      'Share of text',
      'All passages 5',
      'Economic pressure as a tool of political coercion',
      'Passages by theme',
      `Note: ${CYRILLIC_NOTE}`,
      FORMULA_THEME,
      'Page 1 of'
    ]) {
      expect(text).toContain(expected)
    }
  }, 120_000)

  it('keeps its comments, anchors and authors through LibreOffice', () => {
    const dir = tempDir()
    const flat = xml(readFileSync(soffice(writeTemp(dir, 'report.docx', bytes), 'fodt', dir), 'utf8'))
    const annotations = [...flat.getElementsByTagNameNS(OFFICE, 'annotation')]
    expect(annotations).toHaveLength(SEED_PASSAGES.length)
    const notes = annotations.map((a) => ({
      creator: a.getElementsByTagNameNS(DC, 'creator')[0]?.textContent,
      date: a.getElementsByTagNameNS(DC, 'date')[0]?.textContent,
      text: [...a.childNodes].filter((n) => n.nodeType === 1 && (n as Element).localName === 'p').map((p) => p.textContent)
    }))
    expect(notes).toContainEqual({ creator: 'Leyla Həsənova', date: expect.stringMatching(/^2025-08-09T10:00:00/), text: ['Theme: Economic pressure', CYRILLIC_NOTE] })
    expect(notes).toContainEqual(expect.objectContaining({ text: ['Theme: Hybrid tactics', EMOJI_NOTE] }))
    expect(flat.getElementsByTagNameNS(OFFICE, 'annotation-end').length).toBe(SEED_PASSAGES.length)
  }, 120_000)

  it('reads with python-docx: core properties, headings kept as Word headings', () => {
    const path = writeTemp(tempDir(), 'report.docx', bytes)
    const script = `
import json, sys, docx
d = docx.Document(sys.argv[1])
print(json.dumps({"author": d.core_properties.author, "title": d.core_properties.title,
  "headings": [[p.style.name, p.text] for p in d.paragraphs if p.style.name.startswith("Heading") or p.style.name == "Title"]}))`
    const read = JSON.parse(python(script, path)) as { author: string; title: string; headings: [string, string][] }
    expect(read.author).toBe('Leyla Həsənova')
    expect(read.title).toBe(report.title)
    expect(read.headings.slice(0, 5)).toEqual([
      ['Title', report.title],
      ['Heading 1', 'Themes'],
      ['Heading 1', 'Summary'],
      ['Heading 1', 'Article'],
      ['Heading 2', expect.stringMatching(/^1\u2002Strikes on SOCAR/)]
    ])
    expect(read.headings).toContainEqual(['Heading 2', expect.stringMatching(/^\d+\u2002Economic pressure as a tool of political coercion$/)])
    expect(read.headings).toContainEqual(['Heading 2', '■ Hybrid tactics (2 passages)'])
  })

  it('anchors comments on the quotes when the report leaves the text out, and covers several articles', async () => {
    const several = await renderDocx(resolveReport(await request({ fullText: false, order: 'position' }, [await seedArticle(), secondArticle()])))
    const found = comments(several)
    expect(found).toHaveLength(SEED_PASSAGES.length + 2)
    const anchored = anchoredText(several)
    const quoteOf = new Map(found.map((c) => [c.text[1] ?? c.text[0], anchored.get(c.id)]))
    expect(quoteOf.get('Кириллица в заметке')).toBe('переговоры продолжатся')
    const dir = tempDir()
    const text = pdfText(soffice(writeTemp(dir, 'several.docx', several), 'pdf', dir)).replace(/\s+/g, ' ')
    expect(text).toContain('Passages in reading order')
    expect(text).toContain('Baku hosts the talks, paragraph 3')
    expect(text).not.toContain('Economic pressure as a tool of political coercion')
  }, 120_000)
})
