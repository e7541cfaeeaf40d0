import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { blockStarts } from '../document'
import { codeCorpus, prepareCorpus } from './corpus'
import { cooccurrence, cooccurringPairs } from './cooccurrence'
import { doc, passage, theme } from './testData'
import { themeRows } from './themeRows'
import type { CooccurrenceBy, StatsDocument, StatsPassage } from './types'

const THEMES = [theme('a', null, 0), theme('b', null, 1), theme('c', null, 2), theme('c1', 'c', 0)]

function coded(documents: StatsDocument[], passages: StatsPassage[], rollUp = false) {
  return codeCorpus(prepareCorpus(documents, passages), themeRows(THEMES, { rollUp }))
}

// Three paragraphs: [0, 40), [42, 82), [84, 124).
const PARAGRAPHS = blockStarts([{ type: 'paragraph', text: 'x'.repeat(40) }, { type: 'paragraph', text: 'y'.repeat(40) }, { type: 'paragraph', text: 'z'.repeat(40) }])
const ARTICLE = doc('d', 124, { blockStarts: PARAGRAPHS })

describe('co-occurrence', () => {
  it('counts pairs of overlapping passages, and a passage with two themes with itself', () => {
    const passages = [
      passage('d', 0, 20, 'a'),
      passage('d', 10, 30, 'b'), // overlaps the first: a–b
      passage('d', 25, 35, 'b', 'c'), // overlaps the second (b–b, not counted off the diagonal) and carries b and c itself
      passage('d', 50, 60, 'a'), // in the second paragraph, overlaps nothing
      passage('d', 55, 56, 'c') // inside the previous one: a–c
    ]
    const counts = cooccurrence(coded([ARTICLE], passages), 'overlap')
    expect(counts).toEqual([
      // a  b  c  c1
      [2, 1, 1, 0],
      [1, 2, 2, 0],
      [1, 2, 2, 0],
      [0, 0, 0, 0]
    ])
  })

  it('counts passages that share a paragraph when asked, overlapping or not', () => {
    const passages = [
      passage('d', 0, 5, 'a'),
      passage('d', 30, 38, 'b'), // same paragraph as the first, no overlap
      passage('d', 50, 60, 'c'), // second paragraph alone…
      passage('d', 35, 45, 'c1') // …until this one runs from the first paragraph into the second
    ]
    const byOverlap = cooccurrence(coded([ARTICLE], passages), 'overlap')
    expect(byOverlap[0]?.[1]).toBe(0)
    const byParagraph = cooccurrence(coded([ARTICLE], passages), 'paragraph')
    expect(byParagraph).toEqual([
      [1, 1, 0, 1],
      [1, 1, 0, 1],
      [0, 0, 1, 1],
      [1, 1, 1, 1]
    ])
  })

  it('lists the pairs behind a cell, the first passage in the first row', () => {
    const first = passage('d', 0, 20, 'a')
    const second = passage('d', 10, 30, 'b')
    const both = passage('d', 100, 110, 'a', 'b')
    const c = coded([ARTICLE], [first, second, both, passage('d', 60, 70, 'c')])
    expect(cooccurringPairs(c, 'overlap', 1, 0)).toEqual([
      { documentId: 'd', first: second, second: first },
      { documentId: 'd', first: both, second: both }
    ])
    expect(cooccurringPairs(c, 'overlap', 0, 0).map((p) => p.first)).toEqual([first, both])
    expect(cooccurringPairs(c, 'overlap', 0, 2)).toEqual([])
  })

  it('rolls sub-themes into their parent, never pairing a row with itself off the diagonal', () => {
    const passages = [passage('d', 0, 20, 'c'), passage('d', 5, 10, 'c1'), passage('d', 8, 12, 'a')]
    const counts = cooccurrence(coded([ARTICLE], passages, true), 'overlap')
    // Rows: a, b, c (with c1). a overlaps both passages of c.
    expect(counts).toEqual([
      [1, 0, 2],
      [0, 0, 0],
      [2, 0, 2]
    ])
  })

  it('is all zeros for empty articles and themes without passages', () => {
    expect(cooccurrence(coded([doc('e', 0)], []), 'overlap')).toEqual(Array.from({ length: 4 }, () => [0, 0, 0, 0]))
    expect(cooccurrence(coded([doc('e', 0)], []), 'paragraph')).toEqual(Array.from({ length: 4 }, () => [0, 0, 0, 0]))
  })

  it('agrees with comparing every pair, and its pair lists agree with its counts', () => {
    const arbitrary = fc.array(
      fc.record({ start: fc.nat(120), length: fc.integer({ min: 1, max: 30 }), tags: fc.subarray(['a', 'b', 'c', 'c1'], { minLength: 1 }) }),
      { maxLength: 25 }
    )
    fc.assert(
      fc.property(arbitrary, fc.constantFrom<CooccurrenceBy>('overlap', 'paragraph'), (specs, by) => {
        const passages = specs.map((s) => passage('d', s.start, Math.min(124, s.start + s.length), ...s.tags))
        const c = coded([ARTICLE], passages)
        const counts = cooccurrence(c, by)
        const block = (offset: number): number => PARAGRAPHS.filter((s) => s <= offset).length - 1
        const together = (p: StatsPassage, q: StatsPassage): boolean =>
          by === 'overlap' ? p.start < q.end && q.start < p.end : block(p.start) <= block(q.end - 1) && block(q.start) <= block(p.end - 1)
        const ids = ['a', 'b', 'c', 'c1']
        for (let i = 0; i < 4; i++) {
          for (let j = 0; j < 4; j++) {
            let expected = 0
            if (i === j) expected = passages.filter((p) => p.tagIds.includes(ids[i] as string)).length
            else {
              for (let x = 0; x < passages.length; x++) {
                for (let y = x; y < passages.length; y++) {
                  const p = passages[x] as StatsPassage
                  const q = passages[y] as StatsPassage
                  const has = (s: StatsPassage, k: number): boolean => s.tagIds.includes(ids[k] as string)
                  if (together(p, q) && ((has(p, i) && has(q, j)) || (has(p, j) && has(q, i)))) expected++
                }
              }
            }
            expect(counts[i]?.[j]).toBe(expected)
            expect(cooccurringPairs(c, by, i, j)).toHaveLength(expected)
          }
        }
      })
    )
  })
})
