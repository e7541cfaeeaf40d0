import { describe, expect, it } from 'vitest'
import { fold, FoldedText } from './foldedText'

describe('FoldedText', () => {
  it('folds every run of whitespace to one space and drops invisible characters', () => {
    expect(fold('a \n\t\u00a0b\u00adc\u200bd')).toBe('a bcd')
    const folded = new FoldedText('One\n\ntwo  three')
    expect(folded.text).toBe('One two three')
  })

  it('maps a folded range back onto the original text', () => {
    const original = 'One\n\ntwo  three four'
    const folded = new FoldedText(original)
    const at = folded.text.indexOf('two three')
    const range = folded.toOriginal(at, at + 'two three'.length)
    expect(original.slice(range.start, range.end)).toBe('two  three')
    const space = folded.toOriginal(3, 4)
    expect(original.slice(space.start, space.end)).toBe('\n\n')
  })

  it('maps an original offset into the folded text', () => {
    const folded = new FoldedText('a  b\u00adc')
    expect([0, 1, 2, 3, 4, 5, 6].map((o) => folded.toFolded(o))).toEqual([0, 1, 1, 2, 3, 3, 4])
  })
})
