import { describe, expect, it } from 'vitest'
import { blockStarts } from '@shared/document'
import { HighlightIndex } from '../editor/highlightIndex'
import { History } from '../history/history'
import type { ChangeSet } from '../db/changeSet'
import { AnnotationStore, type AnnotationChange } from './annotationStore'

const blocks = [
  { type: 'heading' as const, level: 1, text: 'Title of the piece' },
  { type: 'paragraph' as const, text: 'Gas routes near Odesa were struck again, and SOCAR was hit.' }
]
const text = blocks.map((b) => b.text).join('\n\n')

/** A store wired to a project history, as the session wires it. */
function setup(persist?: (changes: ChangeSet) => Promise<void>) {
  const written: AnnotationChange[][] = []
  const errors: unknown[] = []
  let id = 0
  const history: History = new History({
    persist: persist ?? (async (changes) => void written.push([...(changes.annotations ?? [])])),
    applyInMemory: (changes) => store.apply(changes.annotations ?? []),
    onPersistError: (e) => errors.push(e)
  })
  const store: AnnotationStore = new AnnotationStore({
    documentId: 'doc',
    text,
    index: new HighlightIndex(blockStarts(blocks)),
    record: (label, changes) => history.commit(label, { annotations: changes }, true),
    now: () => 1000 + id,
    newId: () => `a${++id}`
  })
  return { store, history, written, errors }
}

describe('AnnotationStore', () => {
  it('creates a passage with its quote and context, trimmed of edge whitespace', async () => {
    const { store, history, written } = setup()
    const at = text.indexOf('Odesa')
    const created = store.tagRange(at - 1, at + 'Odesa'.length + 1, ['t1'])
    expect(created).toMatchObject({ start: at, end: at + 5, exact: 'Odesa', tagIds: ['t1'], documentId: 'doc' })
    expect(created?.prefix.endsWith('Gas routes near ')).toBe(true)
    expect(created?.suffix.startsWith(' were struck')).toBe(true)
    await history.flushed()
    expect(written).toEqual([[{ before: null, after: created }]])
  })

  it('adds themes to an identical passage instead of duplicating it', () => {
    const { store } = setup()
    const a = store.tagRange(20, 30, ['t1'])
    const b = store.tagRange(20, 30, ['t2'])
    expect(b?.id).toBe(a?.id)
    expect(store.size).toBe(1)
    expect(store.get(a?.id as string)?.tagIds).toEqual(['t1', 't2'])
  })

  it('refuses a whitespace-only range', () => {
    const { store } = setup()
    const gap = text.indexOf('\n\n')
    expect(store.tagRange(gap, gap + 2, ['t1'])).toBeNull()
    expect(store.size).toBe(0)
  })

  it('undoes and redoes create, retag, note and delete, writing each step through', async () => {
    const { store, history, written } = setup()
    const a = store.tagRange(20, 30, ['t1']) as NonNullable<ReturnType<typeof store.tagRange>>
    store.addTag(a.id, 't2')
    store.setNote(a.id, 'why it matters')
    store.delete(a.id)
    expect(store.size).toBe(0)
    history.undo()
    expect(store.get(a.id)).toMatchObject({ tagIds: ['t1', 't2'], note: 'why it matters' })
    history.undo()
    expect(store.get(a.id)?.note).toBe('')
    history.undo()
    expect(store.get(a.id)?.tagIds).toEqual(['t1'])
    expect(history.undoLabel).toBe('Tag passage')
    history.undo()
    expect(store.size).toBe(0)
    expect(history.undo()).toBeNull()
    history.redo()
    history.redo()
    expect(store.get(a.id)?.tagIds).toEqual(['t1', 't2'])
    store.addTag(a.id, 't3')
    expect(history.canRedo).toBe(false)
    await history.flushed()
    expect(written).toHaveLength(11)
    expect(written[4]).toEqual([{ before: null, after: expect.objectContaining({ id: a.id, note: 'why it matters' }) }])
  })

  it('removing the last theme of a passage without a note deletes it; with a note it stays', () => {
    const { store } = setup()
    const a = store.tagRange(20, 30, ['t1']) as NonNullable<ReturnType<typeof store.tagRange>>
    store.removeTag(a.id, 't1')
    expect(store.size).toBe(0)
    const b = store.tagRange(40, 45, ['t1'], 'keep me') as NonNullable<ReturnType<typeof store.tagRange>>
    store.removeTag(b.id, 't1')
    expect(store.get(b.id)).toMatchObject({ tagIds: [], note: 'keep me' })
  })

  it('reports a storage failure and keeps the change in memory', async () => {
    const { store, history, errors } = setup(async () => Promise.reject(new Error('QuotaExceededError')))
    store.tagRange(20, 30, ['t1'])
    await history.flushed()
    expect(errors).toHaveLength(1)
    expect(store.size).toBe(1)
  })
})
