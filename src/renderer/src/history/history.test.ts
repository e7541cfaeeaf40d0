import { describe, expect, it } from 'vitest'
import type { ChangeSet } from '../db/changeSet'
import { History } from './history'

const tag = (id: string, name: string) => ({ id, name, color: '#d97706', description: '', memo: '', parentId: null, order: 0, shortcut: null })

function setup(persist: (changes: ChangeSet) => Promise<void> = async () => undefined) {
  const applied: ChangeSet[] = []
  const stored: ChangeSet[] = []
  const errors: unknown[] = []
  const history = new History({
    persist: async (changes) => {
      await persist(changes)
      stored.push(changes)
    },
    applyInMemory: (changes) => applied.push(changes),
    onPersistError: (error) => errors.push(error)
  })
  return { history, applied, stored, errors }
}

describe('History', () => {
  it('applies an action in memory, stores it, and undoes and redoes it across tables', async () => {
    const { history, applied, stored } = setup()
    const before = tag('t1', 'Sanctions')
    const after = { ...before, parentId: 't0' }
    history.commit('Move theme', { tags: [{ before, after }], annotations: [] })
    expect(applied).toEqual([{ tags: [{ before, after }], annotations: [] }])
    expect(history.undoLabel).toBe('Move theme')
    expect(history.undo()?.label).toBe('Move theme')
    expect(applied[1]).toEqual({ tags: [{ before: after, after: before }], annotations: [] })
    expect(history.canRedo).toBe(true)
    history.redo()
    expect(applied[2]).toEqual(applied[0])
    await history.flushed()
    expect(stored).toEqual(applied)
  })

  it('does not apply twice what the caller already applied, and ignores empty actions', () => {
    const { history, applied } = setup()
    history.commit('Nothing', { tags: [] })
    expect(history.canUndo).toBe(false)
    history.commit('Tag passage', { tags: [{ before: null, after: tag('t', 'CIS') }] }, true)
    expect(applied).toEqual([])
    expect(history.canUndo).toBe(true)
  })

  it('undoes a multi-record change in reverse order, so each record ends as it began', () => {
    const { history, applied } = setup()
    const a = tag('t', 'A')
    const b = { ...a, name: 'B' }
    const c = { ...a, name: 'C' }
    history.commit('Rename twice', { tags: [{ before: a, after: b }, { before: b, after: c }] })
    history.undo()
    expect(applied[1]?.tags?.at(-1)?.after).toEqual(a)
  })

  it('says it is saving until storage has every change, so the window can ask before closing', async () => {
    let release!: () => void
    const gate = new Promise<void>((resolve) => (release = resolve))
    const { history } = setup(() => gate)
    history.commit('Add theme', { tags: [{ before: null, after: tag('t', 'CIS') }] })
    expect(history.saving).toBe(true)
    release()
    await history.flushed()
    expect(history.saving).toBe(false)
  })

  it('reports a storage failure and keeps the change, still saving, to write it first with the next one', async () => {
    let full = true
    const { history, errors, stored } = setup(async () => (full ? Promise.reject(new Error('QuotaExceededError')) : undefined))
    const first = { tags: [{ before: null, after: tag('t1', 'CIS') }] }
    const second = { tags: [{ before: null, after: tag('t2', 'SOCAR') }] }
    history.commit('Add theme', first)
    await history.flushed()
    expect(errors).toHaveLength(1)
    expect(history.saving).toBe(true)
    expect(stored).toEqual([])
    full = false
    history.commit('Add theme', second)
    await history.flushed()
    expect(stored).toEqual([first, second])
    expect(history.saving).toBe(false)
  })

  it('writes nothing after a refused change before it, and forgets what it could not write when cleared', async () => {
    const { history, errors, stored } = setup(async () => Promise.reject(new Error('QuotaExceededError')))
    history.commit('Add theme', { tags: [{ before: null, after: tag('t1', 'CIS') }] })
    history.commit('Add theme', { tags: [{ before: null, after: tag('t2', 'SOCAR') }] })
    await history.flushed()
    expect(stored).toEqual([])
    expect(errors).toHaveLength(2)
    history.clear()
    expect(history.canUndo).toBe(false)
    expect(history.saving).toBe(false)
  })
})

describe('History observers', () => {
  it('tells every action, undo and redo, with its entry, once it is in memory', () => {
    const told: string[] = []
    const history = new History({
      persist: async () => undefined,
      applyInMemory: () => undefined,
      onPersistError: () => undefined,
      onAction: (kind, entry) => told.push(`${kind}: ${entry.label}`)
    })
    history.commit('Tag passage', { tags: [{ before: null, after: tag('t1', 'CIS') }] })
    history.commit('Nothing', {})
    history.undo()
    history.redo()
    history.undo()
    history.undo()
    expect(told).toEqual(['do: Tag passage', 'undo: Tag passage', 'redo: Tag passage', 'undo: Tag passage'])
  })
})
