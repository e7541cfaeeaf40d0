import { describe, expect, it } from 'vitest'
import type { Block } from '../document'
import { parseMarkdown } from './markdown'

const p = (text: string): Block => ({ type: 'paragraph', text })
const li = (text: string): Block => ({ type: 'listItem', text })
const q = (text: string): Block => ({ type: 'quote', text })

describe('parseMarkdown', () => {
  it('keeps heading levels and paragraphs', () => {
    expect(parseMarkdown('# One\n\nText\nwrapped.\n\n### Three\n\nSetext\n---\n').blocks).toEqual([
      { type: 'heading', level: 1, text: 'One' },
      p('Text wrapped.'),
      { type: 'heading', level: 3, text: 'Three' },
      { type: 'heading', level: 2, text: 'Setext' }
    ])
  })

  it('reduces inline markup to its plain text', () => {
    const source = 'A *b* __c__ ~~d~~ `e()` [link text](https://x.example "t") ![alt *text*](i.png) \\*f\\* &amp; g  \nh'
    expect(parseMarkdown(source).blocks).toEqual([p('A b c d e() link text alt text *f* & g h')])
  })

  it('makes each list item one block, nested items after their parent', () => {
    const source = '- one\n- two\n\n  more of two\n  - two.a\n  - two.b\n\n  end of two\n- three\n\n1. first\n2. second\n'
    expect(parseMarkdown(source).blocks).toEqual([
      li('one'),
      li('two more of two'),
      li('two.a'),
      li('two.b'),
      li('end of two'),
      li('three'),
      li('first'),
      li('second')
    ])
  })

  it('makes each paragraph of a blockquote a quote', () => {
    expect(parseMarkdown('> First\n> line.\n>\n> Second.\n\nAfter.').blocks).toEqual([q('First line.'), q('Second.'), p('After.')])
  })

  it('makes each table row one block with cells joined', () => {
    const source = '| Name | Role |\n|---|---|\n| Ann | *Lead* |\n| Bo |  |\n'
    expect(parseMarkdown(source).blocks).toEqual([
      { type: 'tableRow', text: 'Name | Role' },
      { type: 'tableRow', text: 'Ann | Lead' },
      { type: 'tableRow', text: 'Bo' }
    ])
  })

  it('keeps code blocks as paragraphs', () => {
    expect(parseMarkdown('```js\nconst a = 1\n```\n\n    indented()\n').blocks).toEqual([p('const a = 1\n'), p('indented()\n')])
  })

  it('never lets HTML through as markup: it stays literal text', () => {
    const { blocks } = parseMarkdown('<script>alert(1)</script>\n\nHello <b onclick="x()">bold</b>')
    expect(blocks).toEqual([p('<script>alert(1)</script>'), p('Hello <b onclick="x()">bold</b>')])
  })
})
