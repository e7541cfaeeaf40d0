import { describe, expect, it } from 'vitest'
import { TextAnchorer } from './anchor'
import { errorBudget } from './matchQuote'

const TEXT = 'Energy 😀 routes as leverage.\n\nThe pipeline runs through Baku; the pipeline also runs through Tbilisi.'
const at = (phrase: string, from = 0): { start: number; end: number } => {
  const start = TEXT.indexOf(phrase, from)
  return { start, end: start + phrase.length }
}

describe('TextAnchorer', () => {
  const anchorer = new TextAnchorer(TEXT)

  it('places by a position in code points when the quote is there', () => {
    // "routes" starts at UTF-16 offset 10 and code point 9: the emoji counts once.
    expect(anchorer.anchor({ quote: { exact: 'routes' }, position: { start: 9, end: 15 } })).toEqual({ ...at('routes'), method: 'position', unit: 'code points' })
  })

  it('places by a position in UTF-16 units, as browser tools count, when the quote says so', () => {
    expect(anchorer.anchor({ quote: { exact: 'routes' }, position: { start: 10, end: 16 } })).toEqual({ ...at('routes'), method: 'position', unit: 'UTF-16' })
  })

  it('finds the quote elsewhere when the position is stale, choosing the repeat its context names', () => {
    const second = at('pipeline', TEXT.indexOf('also') - 10)
    expect(anchorer.anchor({ quote: { exact: 'pipeline', prefix: 'Baku; the ', suffix: ' also runs' }, position: { start: 0, end: 8 } })).toEqual({ ...second, method: 'quote' })
    expect(anchorer.anchor({ quote: { exact: 'pipeline', prefix: 'The ', suffix: ' runs through Baku' } })).toEqual({ ...at('pipeline'), method: 'quote' })
  })

  it('matches a quote whose whitespace differs, and leaves edge whitespace out of the passage', () => {
    expect(anchorer.anchor({ quote: { exact: 'leverage.\n\t\t  The  pipeline' } })).toEqual({ ...spanOf('leverage.', 'The pipeline'), method: 'quote' })
    expect(anchorer.anchor({ quote: { exact: ' runs through Baku ' } })).toEqual({ ...at('runs through Baku'), method: 'quote' })
  })

  it('finds a quote approximately after the text changed a little', () => {
    const edited = new TextAnchorer(TEXT.replace('runs through Baku', 'runs via Baku'))
    const anchor = edited.anchor({ quote: { exact: 'The pipeline runs through Baku; the pipeline', prefix: 'leverage.\n\n', suffix: ' also' } })
    expect(anchor).toMatchObject({ method: 'fuzzy' })
    expect(edited.text.slice(anchor?.start, anchor?.end)).toBe('The pipeline runs via Baku; the pipeline')
    expect(anchor?.errors).toBeLessThanOrEqual(errorBudget(44))
  })

  it('does not guess: a short quote, or one far from the text, is not found', () => {
    expect(anchorer.anchor({ quote: { exact: 'Baky' } })).toBeNull()
    expect(anchorer.anchor({ quote: { exact: 'Grain corridor talks resumed in Istanbul on Monday' } })).toBeNull()
    expect(anchorer.anchor({ quote: { exact: '   ' } })).toBeNull()
  })

  it('takes a position alone only when it lies inside the text', () => {
    expect(anchorer.anchor({ position: { start: 9, end: 15 } })).toEqual({ ...at('routes'), method: 'position', unit: 'code points', unchecked: true })
    expect(anchorer.anchor({ position: { start: 90, end: 900 } })).toBeNull()
    expect(anchorer.anchor({ position: { start: 5, end: 2 } })).toBeNull()
  })
})

function spanOf(first: string, last: string): { start: number; end: number } {
  const start = TEXT.indexOf(first)
  const end = TEXT.indexOf(last, start) + last.length
  return { start, end }
}
