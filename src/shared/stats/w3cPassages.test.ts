import { describe, expect, it } from 'vitest'
import { readW3cPassages, splitPath } from './w3cPassages'

const TEXT = 'Gas routes matter. Gas routes matter again, said the minister.'

const annotation = (selector: object[], body: object[] = [], id?: string): object => ({ id, type: 'Annotation', body, target: { source: 'x', selector } })

describe('minimal W3C reading for the statistics', () => {
  it('places by position when the quote is there, else by the quote whose context matches best', () => {
    const reading = readW3cPassages(
      {
        type: 'AnnotationCollection',
        first: {
          items: [
            annotation([{ type: 'TextPositionSelector', start: 0, end: 10 }, { type: 'TextQuoteSelector', exact: 'Gas routes' }], [{ purpose: 'tagging', value: 'Energy/Routes' }], 'a'),
            // A stale position: the quote is found again, the second occurrence by its suffix.
            annotation([{ type: 'TextPositionSelector', start: 3, end: 13 }, { type: 'TextQuoteSelector', exact: 'Gas routes', prefix: '', suffix: ' matter again' }], [{ purpose: 'tagging', value: 'Energy' }], 'b'),
            annotation([{ type: 'TextQuoteSelector', exact: 'not in the text' }], [], 'c'),
            { id: 'd', type: 'Annotation', body: [], target: 'https://example.org/page' }
          ]
        }
      },
      TEXT,
      'doc'
    )
    expect(reading.passages).toEqual([
      { id: 'a', documentId: 'doc', start: 0, end: 10, tagIds: ['Energy\u0000Routes'] },
      { id: 'b', documentId: 'doc', start: 19, end: 29, tagIds: ['Energy'] }
    ])
    expect(reading.themes.map((t) => [t.name, t.parentId])).toEqual([
      ['Energy', null],
      ['Routes', 'Energy']
    ])
    expect(reading).toMatchObject({ total: 4, orphaned: 1, skipped: 1 })
  })

  it('reads a Hypothesis search response and its tags', () => {
    const reading = readW3cPassages({ rows: [{ id: 'h', tags: ['minister'], target: [{ selector: [{ type: 'TextQuoteSelector', exact: 'the minister' }] }] }] }, TEXT, 'doc')
    expect(reading.passages).toEqual([{ id: 'h', documentId: 'doc', start: 49, end: 61, tagIds: ['minister'] }])
  })

  it('splits theme paths, a backslash escaping a slash', () => {
    expect(splitPath('A/B\\/C/ D ')).toEqual(['A', 'B/C', 'D'])
  })
})
