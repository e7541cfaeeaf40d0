import { describe, expect, it } from 'vitest'
import type { Block } from '../document'
import { layoutPdf } from './pdfLayout'
import type { PdfLine } from './pdfLines'

const p = (text: string): Block => ({ type: 'paragraph', text })
const h = (level: number, text: string): Block => ({ type: 'heading', level, text })

type LineSpec = string | { text: string; size?: number; gap?: number; x?: number; right?: number }

/**
 * Lines of one page, top down, 12 pt apart for 10 pt text; `gap` adds space before a line. A line
 * ends half an em per character after its start unless `right` says where.
 */
function page(number: number, specs: LineSpec[], top = 800): PdfLine[] {
  let y = top + 12
  return specs.map((spec) => {
    const { text, size = 10, gap = 0, x = 50, right = x + text.length * size * 0.5 } = typeof spec === 'string' ? { text: spec } : spec
    y -= 1.2 * size + gap
    return { text, x, y, right, size, page: number }
  })
}

describe('layoutPdf', () => {
  it('joins lines into paragraphs and starts one after a vertical gap', () => {
    const lines = page(1, ['The first paragraph runs', 'over two lines.', { text: 'The second one', gap: 8 }, 'follows a gap.'])
    expect(layoutPdf([lines])).toEqual([p('The first paragraph runs over two lines.'), p('The second one follows a gap.')])
  })

  it('finds headings by font size, the largest first', () => {
    const lines = page(1, [
      { text: 'The title over', size: 20 },
      { text: 'two lines', size: 20 },
      { text: 'A section', size: 14, gap: 10 },
      { text: 'Body text of the section.', gap: 6 },
      { text: 'Another section', size: 14, gap: 10 },
      { text: 'More body text.', gap: 6 }
    ])
    expect(layoutPdf([lines])).toEqual([h(1, 'The title over two lines'), h(2, 'A section'), p('Body text of the section.'), h(2, 'Another section'), p('More body text.')])
  })

  it('does not make a long run of large text a heading', () => {
    const long = 'A large-print paragraph that goes on well beyond the length any heading would have, '.repeat(3).trim()
    expect(layoutPdf([page(1, [{ text: long, size: 14 }, { text: 'Body.', gap: 6 }])])).toEqual([p(long), p('Body.')])
  })

  it('drops running headers, footers and page numbers', () => {
    const bodies = ['The harbour reopened.', 'Crews returned at dawn.', 'Traffic is expected by Friday.']
    const pages = bodies.map((body, i) =>
      page(i + 1, [{ text: 'Daily Example — Briefing', size: 8 }, { text: body, gap: 20 }, { text: `Page ${i + 1} of 3`, size: 8, gap: 400 }])
    )
    expect(layoutPdf(pages)).toEqual(bodies.map(p))
  })

  it('keeps a line that only starts one page, and drops a lone page number even on one page', () => {
    const lines = page(1, ['Introduction.', { text: 'Closing words.', gap: 20 }, { text: '- 7 -', gap: 300 }])
    expect(layoutPdf([lines])).toEqual([p('Introduction.'), p('Closing words.')])
  })

  it('carries a sentence across a page break, but not a finished one', () => {
    const runOn = [page(1, ['A sentence that is cut by the']), page(2, ['page break goes on here.'])]
    expect(layoutPdf(runOn)).toEqual([p('A sentence that is cut by the page break goes on here.')])
    const finished = [page(1, ['A paragraph that ends here.']), page(2, ['A new one starts the page.'])]
    expect(layoutPdf(finished)).toEqual([p('A paragraph that ends here.'), p('A new one starts the page.')])
  })

  it('carries a full line of justified text across a page break even after a full stop', () => {
    const full = (text: string): LineSpec => ({ text, right: 300 })
    const pages = [
      page(1, [full('Justified text fills every line up to the'), full('right margin of the page, and this line'), full('too, which ends a sentence at the margin.')]),
      page(2, [full('The paragraph goes on all the same: the'), 'line before was full.', { text: 'A new paragraph.', gap: 8 }]),
      page(3, ['Its last line was short, so this is new.'])
    ]
    expect(layoutPdf(pages)).toEqual([
      p('Justified text fills every line up to the right margin of the page, and this line too, which ends a sentence at the margin. The paragraph goes on all the same: the line before was full.'),
      p('A new paragraph.'),
      p('Its last line was short, so this is new.')
    ])
  })

  it('starts a paragraph at a first-line indent after a finished sentence', () => {
    const lines = page(1, ['The end of one paragraph.', { text: 'The start of the next', x: 70 }, 'one, flush left.'])
    expect(layoutPdf([lines])).toEqual([p('The end of one paragraph.'), p('The start of the next one, flush left.')])
  })

  it('undoes end-of-line hyphenation', () => {
    const lines = page(1, ['It needs new compres-', 'sion, the post-', 'Soviet COVID-', '19 rules and soft hyphen\u00ad', 'ation.'])
    expect(layoutPdf([lines])).toEqual([p('It needs new compression, the post-Soviet COVID-19 rules and soft hyphenation.')])
  })

  it('keeps the hyphen of a compound the document writes whole elsewhere', () => {
    const lines = page(1, ['A multi-', 'vector policy; the multi-vector approach.', { text: 'A well-', gap: 8 }, 'known fact.'])
    expect(layoutPdf([lines])).toEqual([p('A multi-vector policy; the multi-vector approach.'), p('A wellknown fact.')])
  })

  it('reads bulleted lines as list items', () => {
    const lines = page(1, ['Three points:', '• the first', '• the second, which runs', 'onto a second line', '◦ the third'])
    expect(layoutPdf([lines])).toEqual([
      p('Three points:'),
      { type: 'listItem', text: 'the first' },
      { type: 'listItem', text: 'the second, which runs onto a second line' },
      { type: 'listItem', text: 'the third' }
    ])
  })

  it('still splits paragraphs when every paragraph is a single line', () => {
    const lines = page(1, ['One.', { text: 'Two.', gap: 14 }, { text: 'Three.', gap: 14 }])
    expect(layoutPdf([lines])).toEqual([p('One.'), p('Two.'), p('Three.')])
  })

  it('gives nothing for pages without text', () => {
    expect(layoutPdf([[], []])).toEqual([])
  })
})
