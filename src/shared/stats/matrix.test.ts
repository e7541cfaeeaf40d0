import { describe, expect, it } from 'vitest'
import { codeCorpus, prepareCorpus } from './corpus'
import { passagesOfRow, themeByArticle, themeBySet } from './matrix'
import { doc, passage, theme } from './testData'
import { themeRows } from './themeRows'
import { timeline } from './timeline'

const THEMES = [theme('a', null, 0), theme('b', null, 1), theme('b1', 'b', 0)]

describe('theme × article matrix', () => {
  const documents = [doc('x', 100, { setIds: ['s1'] }), doc('y', 100, { setIds: ['s1', 's2'] }), doc('z', 100)]
  const one = passage('x', 0, 10, 'a')
  const two = passage('y', 0, 10, 'a', 'b1')
  const three = passage('y', 20, 30, 'b')
  const passages = [one, two, three, passage('z', 5, 6, 'b1')]

  it('counts the passages of each theme in each article, sub-themes apart or rolled up', () => {
    const apart = codeCorpus(prepareCorpus(documents, passages), themeRows(THEMES, { rollUp: false }))
    expect(themeByArticle(apart)).toEqual([
      [1, 1, 0],
      [0, 1, 0],
      [0, 1, 1]
    ])
    const rolled = codeCorpus(prepareCorpus(documents, passages), themeRows(THEMES, { rollUp: true }))
    expect(themeByArticle(rolled)).toEqual([
      [1, 1, 0],
      [0, 2, 1]
    ])
    expect(passagesOfRow(rolled, 1, new Set(['y']))).toEqual([two, three])
    expect(passagesOfRow(rolled, 0, null)).toEqual([one, two])
  })

  it('counts by article set, an article in two sets in both', () => {
    const rolled = codeCorpus(prepareCorpus(documents, passages), themeRows(THEMES, { rollUp: true }))
    expect(
      themeBySet(rolled, [
        { id: 's1', name: 'First' },
        { id: 's2', name: 'Second' }
      ])
    ).toEqual([
      [2, 1],
      [2, 2]
    ])
  })
})

describe('timeline', () => {
  const documents = [doc('w1', 10, { date: '2025-08-04' }), doc('w1b', 10, { date: '2025-08-10' }), doc('w3', 10, { date: '2025-08-20' }), doc('nodate', 10), doc('bad', 10, { date: '2025-02-30' })]
  const passages = [passage('w1', 0, 1, 'a'), passage('w1b', 0, 1, 'a'), passage('w3', 0, 1, 'b'), passage('nodate', 0, 1, 'a'), passage('bad', 0, 1, 'b1')]
  const coded = codeCorpus(prepareCorpus(documents, passages), themeRows(THEMES, { rollUp: true }))

  it('counts by ISO week (from Monday), with the weeks between filled in', () => {
    expect(timeline(coded, 'week')).toEqual({
      unit: 'week',
      periods: ['2025-08-04', '2025-08-11', '2025-08-18'],
      counts: [
        [2, 0, 0],
        [0, 0, 1]
      ],
      undated: [1, 1]
    })
  })

  it('counts by month', () => {
    const byMonth = timeline(coded, 'month')
    expect(byMonth.periods).toEqual(['2025-08-01'])
    expect(byMonth.counts).toEqual([[2], [1]])
  })

  it('has no periods without dated articles', () => {
    const empty = codeCorpus(prepareCorpus([doc('n', 5)], []), themeRows(THEMES, { rollUp: false }))
    expect(timeline(empty, 'month')).toEqual({ unit: 'month', periods: [], counts: [[], [], []], undated: [0, 0, 0] })
  })
})
