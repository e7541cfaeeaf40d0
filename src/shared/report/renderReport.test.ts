import { describe, expect, it } from 'vitest'
import type { Annotation, Tag } from '../annotation'
import { blocksToText, type Block } from '../document'
import { renderReport } from './renderReport'
import { annotation, BLOCKS, input, parse, TAGS, TEXT, visibleArticleText } from './testFixtures'

const html = renderReport(input())
const doc = parse(html)

function section(name: string): Element {
  const el = doc.querySelector(`section.theme[data-theme="${name}"]`)
  if (!el) throw new Error(`no section for ${name}`)
  return el
}

function passage(sectionName: string, id: string): Element {
  const el = section(sectionName).querySelector(`li.passage[data-annotation-id="${id}"]`)
  if (!el) throw new Error(`no passage ${id} under ${sectionName}`)
  return el
}

function text(el: Element | null | undefined): string {
  return el?.textContent ?? ''
}

describe('renderReport: a self-contained, inert file', () => {
  it('declares charset, a restrictive CSP and a title', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(doc.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8')
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
    )
    expect(doc.title).toBe('Strikes on SOCAR <b>"live"</b> — annotated report')
  })

  it('has no script, no event handler, no external resource', () => {
    expect(doc.querySelectorAll('script, link, img, iframe, object, embed, base, form').length).toBe(0)
    expect(html).not.toMatch(/<script/i)
    for (const el of doc.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        expect(attr.name.startsWith('on'), `${el.tagName} ${attr.name}`).toBe(false)
        expect(attr.value, `${el.tagName} ${attr.name}`).not.toMatch(/https?:|\/\/|javascript:|url\(/i)
      }
    }
    for (const a of doc.querySelectorAll('[href]')) expect(a.getAttribute('href')).toMatch(/^#[a-z0-9-]+$/)
    expect(doc.querySelectorAll('[src]').length).toBe(0)
    expect(doc.querySelector('style')?.textContent).not.toMatch(/url\(|@import/)
    expect(doc.querySelector('style')?.textContent).toMatch(/@media print[\s\S]*print-color-adjust: exact/)
  })

  it('keeps hostile article text, notes and titles as plain text', () => {
    expect(text(doc.querySelector('#p-3 mark'))).toBe('<script>alert(1)</script>')
    expect(text(doc.getElementById('p-3'))).toBe('3Officials cited <script>alert(1)</script>2 and "onerror=alert(2) claims.')
    expect(html).not.toContain('"onerror')
    expect(html).not.toContain('<img')
    expect(text(doc.querySelector('h1'))).toBe('Strikes on SOCAR <b>"live"</b>')
    expect(doc.querySelector('h1 b')).toBeNull()
    expect(text(passage('Hybrid tactics', 'a-script').querySelector('.note'))).toBe(
      'Payload: <img src=x onerror=alert(3)> & "quotes"'
    )
  })

  it('neutralises colours that are not plain hex', () => {
    const tags: Tag[] = [
      { id: 't-eco', name: 'Economic pressure', color: 'red;background:url(https://evil.example/x)', description: '', order: 0, memo: '', parentId: null, shortcut: null },
      { id: 't-hyb', name: 'Hybrid tactics', color: '#abc', description: '', order: 1, memo: '', parentId: null, shortcut: null }
    ]
    const out = renderReport(input({ tags }))
    expect(out).not.toContain('evil.example')
    expect(out).toContain('#6b7280')
    expect(out).toContain('#abc')
  })
})

describe('renderReport: header, legend and summary', () => {
  it('shows the title as the only h1, the metadata and the generation date', () => {
    expect(doc.querySelectorAll('h1').length).toBe(1)
    const meta = [...doc.querySelectorAll('.meta div')].map((d) => [text(d.querySelector('dt')), text(d.querySelector('dd'))])
    expect(meta).toEqual([
      ['Author', 'A. Analyst'],
      ['Date', '2024-05-02'],
      ['Source', 'https://example.org/news'],
      ['File', 'socar.docx']
    ])
    expect(text(doc.querySelector('.generated'))).toBe('Report generated 2024-06-01 08:30 UTC')
  })

  it('lists each theme in codebook order with swatch and description, plus the unknown theme', () => {
    const items = [...doc.querySelectorAll('.legend-item')]
    expect(items.map((i) => i.getAttribute('data-theme'))).toEqual([
      'Economic pressure',
      'Hybrid tactics',
      'CIS',
      'Untagged / unknown theme'
    ])
    expect(items[0]?.querySelector('.swatch')?.getAttribute('style')).toContain('#d97706')
    expect(text(items[2]?.querySelector('.theme-description'))).toBe('The Commonwealth of Independent States.')
  })

  it('counts passages and union coverage per theme', () => {
    // Text: blocks of 16+41+71+15+24+29+26 = 222 chars + 6 separators of 2 = 234.
    // Economic pressure: "Energy leverage" 15 + "Gas prices rose" 15 = 30 → 12.8%
    // Hybrid tactics: "leverage shaped the talks" 25 + "sabotaged\n\nThe CIS summit" 25 + "<script>alert(1)</script>" 25 = 75 → 32.1%
    // CIS: "Gas prices rose" 15 → 6.4%; unknown: "Country" 7 → 3.0%
    // Total: 6 passages; "Energy leverage shaped the talks" 32 + 15 + 25 + 7 + 25 = 104 → 44.4%
    expect(TEXT.length).toBe(234)
    const rows = [...doc.querySelectorAll('.summary-table tr')].slice(1)
    expect(rows.map((r) => [text(r.querySelector('th')), text(r.querySelector('.count')), text(r.querySelector('.share'))])).toEqual([
      ['Economic pressure', '2', '12.8%'],
      ['Hybrid tactics', '3', '32.1%'],
      ['CIS', '1', '6.4%'],
      ['Untagged / unknown theme', '1', '3.0%'],
      ['All passages', '6', '44.4%']
    ])
  })
})

describe('renderReport: the article', () => {
  it('renders each block as its element with id and paragraph number', () => {
    const blocks = [...doc.querySelectorAll('article .block')]
    expect(blocks.map((b) => `${b.tagName.toLowerCase()}#${b.id}`)).toEqual([
      'h2#p-1',
      'p#p-2',
      'p#p-3',
      'li#p-4',
      'li#p-5',
      'blockquote#p-6',
      'tr#p-7'
    ])
    expect(blocks.map((b) => text(b.querySelector('.pnum')))).toEqual(['1', '2', '3', '4', '5', '6', '7'])
    expect(doc.querySelectorAll('article ul').length).toBe(1)
    expect(doc.querySelectorAll('article ul > li').length).toBe(2)
    expect([...doc.querySelectorAll('#p-7 td:not(.pnum)')].map(text)).toEqual(['Country', 'Exports', 'Change'])
  })

  it('shows exactly the block texts once numbers and note markers are set aside', () => {
    expect(visibleArticleText(doc)).toBe(BLOCKS.map((b) => b.text.split(' | ').join('')).join(''))
  })

  it('marks an overlap with both themes: two underlines, both names, deeper fill', () => {
    const marks = [...doc.querySelectorAll('#p-2 mark')]
    expect(marks.map(text)).toEqual(['Energy ', 'leverage', ' shaped the talks'])
    const overlap = marks[1] as Element
    expect(overlap.getAttribute('title')).toBe('Economic pressure, Hybrid tactics')
    expect(overlap.getAttribute('data-depth')).toBe('2')
    const style = overlap.getAttribute('style') ?? ''
    expect(style).toContain('inset 0 -2px 0 #d97706')
    expect(style).toContain('inset 0 -4px 0 #7c3aed')
    expect(style).toMatch(/background-color: rgba\(217, 119, 6, [\d.]+\).*background-color: color-mix\(in srgb, #d97706/)
    expect(marks[0]?.getAttribute('data-depth')).toBe('1')
    expect(marks[0]?.getAttribute('title')).toBe('Economic pressure')
  })

  it('marks a two-theme passage with both themes', () => {
    const mark = doc.querySelector('#p-4 mark')
    expect(mark?.getAttribute('title')).toBe('Economic pressure, CIS')
    expect(mark?.getAttribute('style')).toContain('inset 0 -4px 0 #0d9488')
  })

  it('highlights a passage across blocks in each of them, and unknown themes in grey', () => {
    expect(text(doc.querySelector('#p-5 mark'))).toBe('sabotaged')
    expect(text(doc.querySelector('#p-6 mark'))).toBe('The CIS summit')
    const ghost = doc.querySelector('#p-7 mark')
    expect(text(ghost)).toBe('Country')
    expect(ghost?.getAttribute('title')).toBe('Untagged / unknown theme')
    expect(ghost?.getAttribute('style')).toContain('#6b7280')
  })

  it('puts a note marker after each noted passage, pointing at its note', () => {
    const refs = [...doc.querySelectorAll('article .note-ref')]
    expect(refs.map((r) => r.querySelector('a')?.getAttribute('href'))).toEqual(['#n-1', '#n-2'])
    expect(text(refs[0]?.previousElementSibling)).toBe('leverage')
    expect(refs[0]?.closest('.block')?.id).toBe('p-2')
    expect(text(refs[1]?.previousElementSibling)).toBe('<script>alert(1)</script>')
    expect(text(doc.querySelector('#n-1 .note-text'))).toBe('Key claim: energy as leverage.')
    expect(doc.querySelector('#n-2 a.note-back')?.getAttribute('href')).toBe('#r-2')
  })
})

describe('renderReport: passages by theme', () => {
  it('has one section per theme in codebook order, then the unknown theme', () => {
    expect(text(doc.querySelector('#passages > h2'))).toBe('Passages by theme')
    expect([...doc.querySelectorAll('section.theme')].map((s) => s.getAttribute('data-theme'))).toEqual([
      'Economic pressure',
      'Hybrid tactics',
      'CIS',
      'Untagged / unknown theme'
    ])
    expect(text(section('Hybrid tactics').querySelector('h3'))).toBe('Hybrid tactics (3 passages)')
  })

  it('lists each quote under its theme, sorted, with note and paragraph', () => {
    const hybrid = [...section('Hybrid tactics').querySelectorAll('li.passage')]
    expect(hybrid.map((li) => li.getAttribute('data-annotation-id'))).toEqual(['a-talks', 'a-script', 'a-span'])
    const energy = passage('Economic pressure', 'a-energy')
    expect(text(energy.querySelector('blockquote.quote'))).toBe('Energy leverage')
    expect(text(energy.querySelector('p.note'))).toBe('Key claim: energy as leverage.')
    expect(text(energy.querySelector('p.location'))).toBe('Paragraph 2')
    expect(energy.querySelector('p.location a')?.getAttribute('href')).toBe('#p-2')
    expect(passage('Hybrid tactics', 'a-talks').querySelector('p.note')).toBeNull()
  })

  it('gives a spanning passage a paragraph range', () => {
    const span = passage('Hybrid tactics', 'a-span')
    expect(text(span.querySelector('.quote'))).toBe('sabotaged\n\nThe CIS summit')
    expect(text(span.querySelector('.location'))).toBe('Paragraph 5–6')
  })

  it('lists a two-theme passage under both themes, naming the other', () => {
    expect(text(passage('Economic pressure', 'a-gas').querySelector('.also'))).toBe('Also: CIS')
    expect(text(passage('CIS', 'a-gas').querySelector('.also'))).toBe('Also: Economic pressure')
    expect(passage('Economic pressure', 'a-energy').querySelector('.also')).toBeNull()
  })

  it('keeps a passage whose theme is not in the codebook', () => {
    const ghost = passage('Untagged / unknown theme', 'a-ghost')
    expect(text(ghost.querySelector('.quote'))).toBe('Country')
    expect(text(ghost.querySelector('.location'))).toBe('Paragraph 7')
  })
})

describe('renderReport: edge cases', () => {
  it('renders a valid report with zero counts when nothing is annotated', () => {
    const empty = parse(renderReport(input({ annotations: [] })))
    const rows = [...empty.querySelectorAll('.summary-table tr')].slice(1)
    expect(rows.map((r) => [text(r.querySelector('.count')), text(r.querySelector('.share'))])).toEqual([
      ['0', '0.0%'],
      ['0', '0.0%'],
      ['0', '0.0%'],
      ['0', '0.0%']
    ])
    expect(empty.querySelectorAll('mark, .note-ref, li.passage').length).toBe(0)
    expect([...empty.querySelectorAll('section.theme .empty')].map(text)).toEqual(
      Array(3).fill('No passages tagged with this theme.')
    )
    expect(empty.querySelector('.theme-unknown')).toBeNull()
    expect(visibleArticleText(empty)).toBe(visibleArticleText(doc))
  })

  it('clamps heading levels to h2–h6 and survives an empty document', () => {
    const blocks: Block[] = [
      { type: 'heading', level: 1, text: 'A' },
      { type: 'heading', level: 3, text: 'B' },
      { type: 'heading', level: 6, text: 'C' },
      { type: 'heading', text: 'D' }
    ]
    const out = parse(renderReport(input({ document: { ...input().document, blocks, text: blocksToText(blocks) }, annotations: [] })))
    expect([...out.querySelectorAll('article .block')].map((b) => b.tagName)).toEqual(['H2', 'H3', 'H6', 'H2'])
    const bare = parse(
      renderReport(input({ document: { title: '', metadata: {}, blocks: [], text: '', fileName: 'x.txt' }, tags: [], annotations: [] }))
    )
    expect(text(bare.querySelector('h1'))).toBe('Untitled document')
    expect(text(bare.querySelector('.summary-table .total .share'))).toBe('0.0%')
  })

  it('lists a passage with out-of-range offsets instead of failing', () => {
    const broken: Annotation = { ...annotation('a-bad', 'Change', ['t-cis']), start: 10_000, end: 10_005, exact: 'lost' }
    const out = parse(renderReport(input({ annotations: [broken] })))
    expect(text(out.querySelector('[data-annotation-id="a-bad"] .quote'))).toBe('lost')
    expect(out.querySelectorAll('mark').length).toBe(0)
  })

  it('cuts a highlight crossing table cells and keeps its note marker in the row', () => {
    const a = annotation('a-cells', 'Exports | Change', ['t-eco'], 'Across cells')
    const out = parse(renderReport(input({ annotations: [a] })))
    expect([...out.querySelectorAll('#p-7 mark')].map(text)).toEqual(['Exports', 'Change'])
    expect(out.querySelector('#p-7 td:last-child .note-ref')).not.toBeNull()
  })

  it('renders a 1 MB article with 10,000 passages, each listed once and each note marked', () => {
    const paragraph = 'Sanctions and energy prices shaped the negotiations between the parties, while proxies spread claims online. '
    const blocks: Block[] = Array.from({ length: 5000 }, (_, i) => ({
      type: i % 50 === 0 ? 'heading' : 'paragraph',
      level: 2,
      text: `${i} ${paragraph.repeat(2)}`.slice(0, 200)
    }))
    const big = blocksToText(blocks)
    let seed = 42
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % n
    }
    const annotations: Annotation[] = Array.from({ length: 10_000 }, (_, i) => {
      const start = random(big.length - 400)
      const end = start + 1 + random(400)
      return {
        ...annotation('x', 'S', ['t-eco'], '', big),
        id: `a${i}`,
        start,
        end,
        exact: big.slice(start, end),
        tagIds: [TAGS[random(3)]?.id ?? 't-eco'],
        note: i % 10 === 0 ? `note ${i}` : ''
      }
    })
    expect(big.length).toBeGreaterThan(1_000_000)
    // How long it takes is the benchmark's figure (htmlReport10kMs), not a unit test's.
    const out = renderReport(input({ document: { ...input().document, blocks, text: big }, annotations }))
    expect(out.length).toBeGreaterThan(big.length)
    const report = parse(out)
    const listed = [...report.querySelectorAll('section.theme li.passage')].map((li) => li.getAttribute('data-annotation-id'))
    expect(listed).toHaveLength(10_000)
    expect(new Set(listed).size).toBe(10_000)
    expect(text(report.querySelector('.summary-table .total .count'))).toBe('10000')
    const noted = annotations.filter((a) => a.note !== '').length
    expect(noted).toBe(1000)
    expect(report.querySelectorAll('article .note-ref').length).toBe(noted)
    expect(report.querySelectorAll('section.theme p.note').length).toBe(noted)
    expect(report.querySelectorAll('article .block').length).toBe(blocks.length)
    // Parsing the 10 MB report with jsdom takes seconds, and more while the suite's other files run.
  }, 60_000)
})
