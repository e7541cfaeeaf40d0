import { describe, expect, it } from 'vitest'
import type { Annotation } from '../annotation'
import { planAutocode } from './autocode'

function passage(id: string, documentId: string, start: number, end: number, tagIds: string[]): Annotation {
  return { id, documentId, start, end, exact: '', prefix: '', suffix: '', tagIds, note: '', createdAt: 0, updatedAt: 0 }
}

describe('planning autocode', () => {
  it('creates one passage per distinct range and counts the articles', () => {
    const plan = planAutocode(
      [
        { documentId: 'a', start: 0, end: 10 },
        { documentId: 'a', start: 0, end: 10 },
        { documentId: 'a', start: 20, end: 30 },
        { documentId: 'b', start: 5, end: 9 }
      ],
      [],
      ['econ']
    )
    expect(plan.create).toHaveLength(3)
    expect(plan).toMatchObject({ skipped: 0, articles: 2, update: [] })
  })

  it('skips and counts ranges already tagged with every chosen theme', () => {
    const tagged = passage('p1', 'a', 0, 10, ['econ'])
    const plan = planAutocode([{ documentId: 'a', start: 0, end: 10 }], [tagged], ['econ'])
    expect(plan).toEqual({ create: [], update: [], skipped: 1, articles: 0 })
  })

  it('adds the missing themes to a passage with the same range, instead of a duplicate', () => {
    const other = passage('p1', 'a', 0, 10, ['cis'])
    const half = passage('p2', 'a', 20, 30, ['econ'])
    const plan = planAutocode(
      [
        { documentId: 'a', start: 0, end: 10 },
        { documentId: 'a', start: 20, end: 30 }
      ],
      [other, half],
      ['econ', 'hybrid']
    )
    expect(plan.create).toEqual([])
    expect(plan.update).toEqual([
      { passage: other, addTagIds: ['econ', 'hybrid'] },
      { passage: half, addTagIds: ['hybrid'] }
    ])
    expect(plan.articles).toBe(1)
  })

  it('ignores existing passages with another range or in another article', () => {
    const plan = planAutocode([{ documentId: 'a', start: 0, end: 10 }], [passage('p1', 'a', 0, 11, ['econ']), passage('p2', 'b', 0, 10, ['econ'])], ['econ'])
    expect(plan.create).toHaveLength(1)
    expect(plan.skipped).toBe(0)
  })
})
