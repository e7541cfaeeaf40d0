import { describe, expect, it } from 'vitest'
import type { Annotation } from '@shared/annotation'
import { applyDelta, countDeltas, countPassages } from './documentCounts'

const passage = (id: string, documentId: string, tagIds: string[]): Annotation => ({
  id,
  documentId,
  start: 0,
  end: 1,
  exact: 'x',
  prefix: '',
  suffix: '',
  tagIds,
  note: '',
  createdAt: 0,
  updatedAt: 0
})

describe('passage counts', () => {
  it('count a document’s passages in all and per theme', () => {
    expect(countPassages([passage('1', 'd', ['a', 'b']), passage('2', 'd', ['a']), passage('3', 'd', [])])).toEqual({ passages: 3, themes: { a: 2, b: 1 } })
  })

  it('follow a whole action from what each passage was before it: adds, retags, moves of theme, deletes', () => {
    const changes = [
      { before: null, after: passage('new', 'd1', ['a']) },
      { before: passage('p', 'd1', ['a', 'b']), after: passage('p', 'd1', ['c']) },
      // The same passage changed twice in one action (a merge, then a retag) counts once.
      { before: passage('p', 'd1', ['c']), after: passage('p', 'd1', ['c', 'a']) },
      { before: passage('gone', 'd2', ['b']), after: null }
    ]
    // What each passage was before the action: the `before` of its first change.
    const firstBefore = new Map<string, Annotation | undefined>()
    for (const c of changes) {
      const id = (c.after ?? c.before)?.id as string
      if (!firstBefore.has(id)) firstBefore.set(id, c.before ?? undefined)
    }
    const deltas = countDeltas(changes, (id) => firstBefore.get(id))
    const d1 = applyDelta({ passages: 1, themes: { a: 1, b: 1 } }, deltas.get('d1') as never)
    expect(d1).toEqual({ passages: 2, themes: { a: 2, c: 1 } })
    expect(applyDelta({ passages: 1, themes: { b: 1 } }, deltas.get('d2') as never)).toEqual({ passages: 0, themes: {} })
  })
})
