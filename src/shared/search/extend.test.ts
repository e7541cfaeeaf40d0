import { describe, expect, it } from 'vitest'
import { blockStarts, blocksToText, type Block } from '../document'
import { extendHit, SentenceFinder, type BlockedText } from './extend'

function doc(...paragraphs: string[]): BlockedText {
  const blocks: Block[] = paragraphs.map((text) => ({ type: 'paragraph', text }))
  return { text: blocksToText(blocks), starts: blockStarts(blocks) }
}

function hitOf(d: BlockedText, word: string, nth = 0): { start: number; end: number } {
  let at = -1
  for (let i = 0; i <= nth; i++) at = d.text.indexOf(word, at + 1)
  if (at < 0) throw new Error(`no ${word}`)
  return { start: at, end: at + word.length }
}

const slice = (d: BlockedText, r: { start: number; end: number } | null): string | null => (r ? d.text.slice(r.start, r.end) : null)

describe('extending a hit', () => {
  const d = doc('Strikes hit a SOCAR station. Officials in Baku protested. Dr. Aliyev spoke on Sunday.', 'SOCAR is a symbol. It grows.')

  it('keeps the hit itself', () => {
    expect(slice(d, extendHit(d, hitOf(d, 'SOCAR'), 'hit'))).toBe('SOCAR')
  })

  it('extends to its sentence, without the space after it', () => {
    expect(slice(d, extendHit(d, hitOf(d, 'SOCAR'), 'sentence'))).toBe('Strikes hit a SOCAR station.')
    expect(slice(d, extendHit(d, hitOf(d, 'Baku'), 'sentence'))).toBe('Officials in Baku protested.')
    expect(slice(d, extendHit(d, hitOf(d, 'SOCAR', 1), 'sentence'))).toBe('SOCAR is a symbol.')
  })

  it('keeps a sentence in its paragraph, and the last one whole', () => {
    expect(slice(d, extendHit(d, hitOf(d, 'grows'), 'sentence'))).toBe('It grows.')
  })

  it('covers every sentence a hit spans', () => {
    const hit = { start: d.text.indexOf('station'), end: d.text.indexOf('Officials') + 9 }
    expect(slice(d, extendHit(d, hit, 'sentence'))).toBe('Strikes hit a SOCAR station. Officials in Baku protested.')
  })

  it('extends to the paragraph, or the paragraphs a hit spans', () => {
    expect(slice(d, extendHit(d, hitOf(d, 'Baku'), 'paragraph'))).toBe(d.text.split('\n\n')[0] as string)
    const across = { start: d.text.indexOf('Sunday'), end: d.text.indexOf('symbol') }
    expect(slice(d, extendHit(d, across, 'paragraph'))).toBe(d.text)
  })

  it('segments Russian and Azerbaijani sentences', () => {
    const r = doc('Удары по SOCAR продолжаются. Баку протестует! Что дальше?', 'Azərbaycan etiraz edir. SOCAR zərər çəkdi.')
    expect(slice(r, extendHit(r, hitOf(r, 'Баку'), 'sentence'))).toBe('Баку протестует!')
    expect(slice(r, extendHit(r, hitOf(r, 'SOCAR', 1), 'sentence'))).toBe('SOCAR zərər çəkdi.')
  })

  it('does not end a sentence at a title or an initial', () => {
    expect(slice(d, extendHit(d, hitOf(d, 'Aliyev'), 'sentence'))).toBe('Dr. Aliyev spoke on Sunday.')
    const r = doc('Выступил проф. Иванов в г. Москве. Потом J. R. Smith ответил.')
    expect(slice(r, extendHit(r, hitOf(r, 'Иванов'), 'sentence'))).toBe('Выступил проф. Иванов в г. Москве.')
    expect(slice(r, extendHit(r, hitOf(r, 'Smith'), 'sentence'))).toBe('Потом J. R. Smith ответил.')
  })

  it('caches each paragraph’s sentences', () => {
    const finder = new SentenceFinder(d)
    expect(finder.boundaries(0)).toBe(finder.boundaries(0))
    expect(finder.sentenceAt(hitOf(d, 'Sunday').start)).toEqual({ start: d.text.indexOf('Dr.'), end: d.text.indexOf('\n\n') })
  })
})
