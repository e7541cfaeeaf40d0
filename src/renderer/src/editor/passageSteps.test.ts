import { describe, expect, it } from 'vitest'
import type { Annotation } from '@shared/annotation'
import { readingOrder } from './highlightIndex'
import { describePassage, passagesAt, stepFrom } from './passageSteps'

function passage(id: string, start: number, end: number, tagIds: string[] = [], note = ''): Annotation {
  return { id, documentId: 'd', start, end, exact: '', prefix: '', suffix: '', tagIds, note, createdAt: 0, updatedAt: 0 }
}

const ORDERED = [passage('a', 10, 20), passage('b', 15, 40), passage('c', 50, 60), passage('d', 50, 55)].sort(readingOrder)

describe('passage steps', () => {
  it('finds the passages under a caret, overlapping ones included, the end excluded', () => {
    expect(passagesAt(ORDERED, 9)).toEqual([])
    expect(passagesAt(ORDERED, 10).map((a) => a.id)).toEqual(['a'])
    expect(passagesAt(ORDERED, 17).map((a) => a.id)).toEqual(['a', 'b'])
    expect(passagesAt(ORDERED, 20).map((a) => a.id)).toEqual(['b'])
    expect(passagesAt(ORDERED, 60)).toEqual([])
  })

  it('steps to the next passage starting after the caret, and back to the start of the one it is in', () => {
    const id = (at: number): string | null => ORDERED[at]?.id ?? null
    expect(id(stepFrom(ORDERED, 0, 1))).toBe('a')
    expect(id(stepFrom(ORDERED, 10, 1))).toBe('b')
    expect(id(stepFrom(ORDERED, 15, 1))).toBe('d')
    expect(stepFrom(ORDERED, 50, 1)).toBe(-1)
    expect(id(stepFrom(ORDERED, 17, -1))).toBe('b')
    expect(id(stepFrom(ORDERED, 15, -1))).toBe('a')
    expect(stepFrom(ORDERED, 10, -1)).toBe(-1)
    expect(id(stepFrom(ORDERED, 1000, -1))).toBe('c')
    expect(stepFrom([], 0, 1)).toBe(-1)
  })

  it('reads a passage out: its themes, then its note', () => {
    const names: Record<string, string> = { c: 'CIS', e: 'Economic pressure' }
    expect(describePassage(passage('a', 0, 1, ['c', 'e'], 'see 2023'), (id) => names[id])).toBe('CIS, Economic pressure; note: see 2023')
    expect(describePassage(passage('a', 0, 1, [], 'only a note'), (id) => names[id])).toBe('no theme; note: only a note')
    expect(describePassage(passage('a', 0, 1, ['gone', 'c']), (id) => names[id])).toBe('CIS')
  })
})
