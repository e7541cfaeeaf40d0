import { describe, expect, it } from 'vitest'
import type { Block } from '../document'
import { cleanText, leadingIsoDate, normalizeDocument } from './normalize'

const p = (text: string): Block => ({ type: 'paragraph', text })
const h = (level: number, text: string): Block => ({ type: 'heading', level, text })

describe('cleanText', () => {
  it('collapses every kind of whitespace and control character to one space and trims', () => {
    expect(cleanText('  a\n\nb\u00a0\u00a0c\td\r\ne\u2028f\u0085g  ')).toBe('a b c d e f g')
  })

  it('drops soft hyphens, which only show where a line breaks', () => {
    expect(cleanText('hyphen\u00adation')).toBe('hyphenation')
  })

  it('keeps zero-width joiners and astral characters', () => {
    expect(cleanText('👨‍👩‍👧 🇦🇿')).toBe('👨‍👩‍👧 🇦🇿')
  })
})

describe('leadingIsoDate', () => {
  it('accepts real dates, also at the start of a timestamp', () => {
    expect(leadingIsoDate('2025-08-08')).toBe('2025-08-08')
    expect(leadingIsoDate('2024-02-29T10:00:00Z')).toBe('2024-02-29')
  })

  it('rejects what is not a calendar date', () => {
    expect(leadingIsoDate('2025-02-30')).toBeUndefined()
    expect(leadingIsoDate('2025-13-01')).toBeUndefined()
    expect(leadingIsoDate('20250-08-08')).toBeUndefined()
    expect(leadingIsoDate('2025-08-081')).toBeUndefined()
    expect(leadingIsoDate('August 2025')).toBeUndefined()
  })
})

describe('normalizeDocument', () => {
  it('cleans block texts, drops empty blocks and joins the text', () => {
    const doc = normalizeDocument({ blocks: [h(1, ' Title\n'), p(' \n\u00a0 '), p('one\ntwo'), p('three')] })
    expect(doc.blocks).toEqual([h(1, 'Title'), p('one two'), p('three')])
    expect(doc.text).toBe('Title\n\none two\n\nthree')
  })

  it('splits a "date YYYY-MM-DD Title" first line into the date and a title heading', () => {
    const doc = normalizeDocument({ blocks: [p('  DATE 2025-08-08   The title'), p('Body.')] })
    expect(doc.metadata.date).toBe('2025-08-08')
    expect(doc.blocks).toEqual([h(1, 'The title'), p('Body.')])
    expect(doc.title).toBe('The title')
  })

  it('drops a dated first line that has no title', () => {
    const doc = normalizeDocument({ blocks: [p('date 2025-08-08'), p('Body.')] })
    expect(doc.metadata.date).toBe('2025-08-08')
    expect(doc.blocks).toEqual([p('Body.')])
  })

  it('leaves a first line alone when its "date" is not one', () => {
    const doc = normalizeDocument({ blocks: [p('date 2025-13-45 nonsense'), p('Date night ideas')] })
    expect(doc.metadata.date).toBeUndefined()
    expect(doc.blocks.map((b) => b.text)).toEqual(['date 2025-13-45 nonsense', 'Date night ideas'])
  })

  it('turns a date-only block under the title into the date', () => {
    const doc = normalizeDocument({ blocks: [h(1, 'Title'), p('2025-08-08'), p('Body.')] })
    expect(doc.metadata.date).toBe('2025-08-08')
    expect(doc.blocks).toEqual([h(1, 'Title'), p('Body.')])
  })

  it('keeps a date-only block deep in the body as content', () => {
    const blocks = [h(1, 'Timeline'), p('First.'), p('Second.'), p('2025-08-08'), p('Third.')]
    const doc = normalizeDocument({ blocks })
    expect(doc.metadata.date).toBeUndefined()
    expect(doc.blocks).toEqual(blocks)
  })

  it('prefers a stated date from the file head but still removes the date block', () => {
    const doc = normalizeDocument({ blocks: [h(1, 'T'), p('2025-08-09')], metadata: { date: '2025-08-08' } })
    expect(doc.metadata.date).toBe('2025-08-08')
    expect(doc.blocks).toEqual([h(1, 'T')])
  })

  it('dates by the file’s creation only when neither metadata nor text states a date', () => {
    expect(normalizeDocument({ blocks: [p('x')], created: '2026-11-24T22:26:21Z' }).metadata.date).toBe('2026-11-24')
    expect(normalizeDocument({ blocks: [h(1, 'T'), p('2025-08-08'), p('x')], created: '2026-11-24' }).metadata.date).toBe('2025-08-08')
    expect(normalizeDocument({ blocks: [p('x')], metadata: { date: '2024-01-01' }, created: '2026-11-24' }).metadata.date).toBe('2024-01-01')
    expect(normalizeDocument({ blocks: [p('x')], created: 'yesterday' }).metadata).toEqual({})
  })

  it('takes the declared title, else the first heading, else the first block', () => {
    expect(normalizeDocument({ blocks: [p('Intro'), h(2, 'Head')], title: ' Declared\n' }).title).toBe('Declared')
    expect(normalizeDocument({ blocks: [p('Intro'), h(2, 'Head')], title: '  ' }).title).toBe('Head')
    expect(normalizeDocument({ blocks: [p('Intro'), p('More')] }).title).toBe('Intro')
    expect(normalizeDocument({ blocks: [] }).title).toBe('')
  })

  it('cuts a long title at a word boundary near 200 characters', () => {
    const words = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ')
    const { title } = normalizeDocument({ blocks: [p(words)] })
    expect(title.length).toBeLessThanOrEqual(201)
    expect(title.endsWith('…')).toBe(true)
    expect(words.startsWith(title.slice(0, -1))).toBe(true)
    expect(words[title.length - 1]).toBe(' ')
  })

  it('never cuts an emoji in half when it shortens the title', () => {
    expect(normalizeDocument({ blocks: [p(`${'a'.repeat(199)}${'😀'.repeat(10)}`)] }).title).toBe(`${'a'.repeat(199)}…`)
  })

  it('keeps only metadata the file states, cleaned', () => {
    const doc = normalizeDocument({ blocks: [p('x')], metadata: { author: ' Ann\nLee ', source: ' ', language: undefined } })
    expect(doc.metadata).toEqual({ author: 'Ann Lee' })
  })
})
