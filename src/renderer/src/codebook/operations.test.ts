import { describe, expect, it } from 'vitest'
import type { Annotation, Tag } from '@shared/annotation'
import { codebookOrder, themePath } from '@shared/themeTree'
import { invert, type Change, type ChangeSet } from '../db/changeSet'
import {
  checkName,
  createTheme,
  deleteImpact,
  deleteTheme,
  editTheme,
  isRefusal,
  mergeThemes,
  moveTheme,
  planMerge,
  type MergePlan,
  type Operation,
  type Outcome
} from './operations'

const tag = (id: string, name: string, parentId: string | null, order: number, extra: Partial<Tag> = {}): Tag => ({
  id,
  name,
  color: '#d97706',
  description: '',
  memo: '',
  parentId,
  order,
  shortcut: null,
  ...extra
})

/**
 * Economic pressure (key 1)
 *   Sanctions (key 4)
 *   Energy
 * Hybrid tactics (key 2)
 *   Disinformation
 *     Bots
 *   Proxies
 * CIS (key 3)
 */
function codebook(): Tag[] {
  return [
    tag('econ', 'Economic pressure', null, 0, { shortcut: 1, description: 'Trade as leverage.' }),
    tag('sanc', 'Sanctions', 'econ', 0, { shortcut: 4, description: 'Measures against a state.', memo: 'Check the EU lists.' }),
    tag('energy', 'Energy', 'econ', 1),
    tag('hybrid', 'Hybrid tactics', null, 1, { shortcut: 2 }),
    tag('disinfo', 'Disinformation', 'hybrid', 0),
    tag('bots', 'Bots', 'disinfo', 0),
    tag('proxies', 'Proxies', 'hybrid', 1),
    tag('cis', 'CIS', null, 2, { shortcut: 3 })
  ]
}

const passage = (id: string, tagIds: string[], note = ''): Annotation => ({
  id,
  documentId: id.startsWith('b') ? 'docB' : 'docA',
  start: 0,
  end: 5,
  exact: 'words',
  prefix: '',
  suffix: '',
  tagIds,
  note,
  createdAt: 1,
  updatedAt: 1
})

/** What is stored, as plain maps, to apply change sets to the way the database does. */
interface Model {
  tags: Map<string, Tag>
  passages: Map<string, Annotation>
}

function model(tags: Tag[], passages: Annotation[]): Model {
  return { tags: new Map(tags.map((t) => [t.id, t])), passages: new Map(passages.map((a) => [a.id, a])) }
}

function applyTo(m: Model, changes: ChangeSet): Model {
  const next = { tags: new Map(m.tags), passages: new Map(m.passages) }
  const write = <T extends { id: string }>(map: Map<string, T>, list: Change<T>[] | undefined): void => {
    for (const { before, after } of list ?? []) {
      const id = (after ?? before)?.id as string
      // Every change must start from what is stored, or undo would not give back the same records.
      expect(map.get(id) ?? null).toEqual(before)
      if (after) map.set(id, after)
      else map.delete(id)
    }
  }
  write(next.tags, changes.tags)
  write(next.passages, changes.annotations)
  return next
}

function ok<T extends object>(outcome: Outcome<T>): T {
  if (isRefusal(outcome)) throw new Error(`refused: ${outcome.error}`)
  return outcome
}

/** Applies an operation, checks that its inverse gives back exactly the model before, and that redoing it gives the same result. */
function roundTrip(before: Model, op: Operation): Model {
  const after = applyTo(before, op.changes)
  const undone = applyTo(after, invert(op.changes))
  expect(undone).toEqual(before)
  expect(applyTo(undone, op.changes)).toEqual(after)
  return after
}

const names = (m: Model): string[] => codebookOrder([...m.tags.values()]).map((t) => themePath([...m.tags.values()], t.id).join(' › '))

describe('theme names', () => {
  it('are trimmed, spaces folded, and unique among siblings only (ignoring case)', () => {
    const tags = codebook()
    expect(checkName(tags, '  Cyber   attacks ', 'hybrid')).toBe('Cyber attacks')
    expect(checkName(tags, 'sanctions', 'econ')).toEqual({ error: 'There is already a theme called “Sanctions” under “Economic pressure”.' })
    expect(checkName(tags, 'CIS ', null)).toEqual({ error: 'There is already a theme called “CIS” at the top of the codebook.' })
    expect(checkName(tags, 'Sanctions', 'hybrid')).toBe('Sanctions')
    expect(checkName(tags, 'Sanctions', 'econ', 'sanc')).toBe('Sanctions')
  })

  it('may not be empty or too long', () => {
    expect(checkName(codebook(), '   ', null)).toEqual({ error: 'A theme needs a name.' })
    expect(checkName(codebook(), 'x'.repeat(81), null)).toEqual({ error: 'Theme names are limited to 80 characters.' })
  })
})

describe('createTheme', () => {
  it('adds a theme at the end of its siblings with the lowest free key and a palette colour', () => {
    const before = model(codebook(), [])
    const op = ok(createTheme([...before.tags.values()], { name: 'Cyber', parentId: 'hybrid' }, 'cyber'))
    expect(op.label).toBe('New theme “Cyber”')
    expect(op.tag).toMatchObject({ id: 'cyber', name: 'Cyber', parentId: 'hybrid', order: 2, shortcut: 5, description: '', memo: '' })
    expect(op.tag.color).toMatch(/^#[0-9a-f]{6}$/)
    const after = roundTrip(before, op)
    expect(names(after)).toContain('Hybrid tactics › Cyber')
    expect(names(after).indexOf('Hybrid tactics › Cyber')).toBe(names(after).indexOf('Hybrid tactics › Proxies') + 1)
  })

  it('takes a key another theme holds, freeing it there, in the same change set', () => {
    const before = model(codebook(), [])
    const op = ok(createTheme([...before.tags.values()], { name: 'Russia', shortcut: 3, color: '#2563EB', description: ' The state. ' }, 'ru'))
    const after = roundTrip(before, op)
    expect(after.tags.get('ru')).toMatchObject({ shortcut: 3, color: '#2563eb', description: 'The state.', parentId: null, order: 3 })
    expect(after.tags.get('cis')?.shortcut).toBeNull()
  })

  it('refuses a duplicate or empty name, a bad colour or key, and a parent that is gone', () => {
    const tags = codebook()
    expect(createTheme(tags, { name: 'energy', parentId: 'econ' }, 'x')).toEqual({ error: 'There is already a theme called “Energy” under “Economic pressure”.' })
    expect(createTheme(tags, { name: '' }, 'x')).toEqual({ error: 'A theme needs a name.' })
    expect(createTheme(tags, { name: 'New', color: 'red' }, 'x')).toEqual({ error: '“red” is not a colour; write it as #rrggbb, for example #2563eb.' })
    expect(createTheme(tags, { name: 'New', shortcut: 10 }, 'x')).toEqual({ error: 'A theme’s key is one of 1 to 9, or none.' })
    expect(createTheme(tags, { name: 'New', parentId: 'gone' }, 'x')).toEqual({ error: 'The theme to put it under is no longer in the codebook.' })
  })

  it('gives no key once all nine are taken', () => {
    const tags = Array.from({ length: 9 }, (_, i) => tag(`t${i}`, `Theme ${i}`, null, i, { shortcut: i + 1 }))
    expect(ok(createTheme(tags, { name: 'Tenth' }, 'x')).tag.shortcut).toBeNull()
  })
})

describe('editTheme', () => {
  it('renames, with a label that says so, and refuses a sibling’s name', () => {
    const before = model(codebook(), [])
    const op = ok(editTheme([...before.tags.values()], 'energy', { name: 'Energy supply' }))
    expect(op.label).toBe('Rename “Energy” to “Energy supply”')
    expect(roundTrip(before, op).tags.get('energy')?.name).toBe('Energy supply')
    expect(editTheme(codebook(), 'energy', { name: 'SANCTIONS' })).toEqual({ error: 'There is already a theme called “Sanctions” under “Economic pressure”.' })
    expect(editTheme(codebook(), 'energy', { name: ' ' })).toEqual({ error: 'A theme needs a name.' })
  })

  it('recolours, describes and writes a memo', () => {
    const before = model(codebook(), [])
    const tags = [...before.tags.values()]
    expect(ok(editTheme(tags, 'cis', { color: '#0080A0' })).label).toBe('Recolour “CIS”')
    expect(ok(editTheme(tags, 'cis', { description: 'The Commonwealth.' })).label).toBe('Describe “CIS”')
    expect(ok(editTheme(tags, 'cis', { memo: 'Watch the summit.' })).label).toBe('Edit the memo of “CIS”')
    const op = ok(editTheme(tags, 'cis', { color: '#0080a0', description: 'The Commonwealth.', memo: ' Watch the summit. ' }))
    expect(op.label).toBe('Edit theme “CIS”')
    expect(roundTrip(before, op).tags.get('cis')).toMatchObject({ color: '#0080a0', description: 'The Commonwealth.', memo: 'Watch the summit.' })
    expect(editTheme(tags, 'cis', { color: '#0080a' })).toEqual({ error: '“#0080a” is not a colour; write it as #rrggbb, for example #2563eb.' })
  })

  it('moves a key from the theme that had it', () => {
    const before = model(codebook(), [])
    const op = ok(editTheme([...before.tags.values()], 'bots', { shortcut: 4 }))
    expect(op.label).toBe('Key 4 for “Bots”')
    const after = roundTrip(before, op)
    expect(after.tags.get('bots')?.shortcut).toBe(4)
    expect(after.tags.get('sanc')?.shortcut).toBeNull()
    expect([...after.tags.values()].filter((t) => t.shortcut === 4)).toHaveLength(1)
    expect(ok(editTheme([...after.tags.values()], 'bots', { shortcut: null })).label).toBe('Remove the key of “Bots”')
  })

  it('changes nothing when nothing differs, and refuses a theme that is gone', () => {
    expect(ok(editTheme(codebook(), 'cis', { name: 'CIS', shortcut: 3 })).changes).toEqual({})
    expect(editTheme(codebook(), 'gone', { name: 'X' })).toEqual({ error: 'That theme is no longer in the codebook.' })
  })
})

describe('moveTheme', () => {
  it('reorders among siblings, renumbering them', () => {
    const before = model(codebook(), [])
    const op = ok(moveTheme([...before.tags.values()], 'cis', null, 0))
    expect(op.label).toBe('Move “CIS”')
    const after = roundTrip(before, op)
    expect(names(after).filter((n) => !n.includes('›'))).toEqual(['CIS', 'Economic pressure', 'Hybrid tactics'])
    expect([...after.tags.values()].filter((t) => t.parentId === null).map((t) => t.order).sort()).toEqual([0, 1, 2])
  })

  it('nests a theme with its sub-themes under another, and renumbers where it left', () => {
    const before = model(codebook(), [])
    const op = ok(moveTheme([...before.tags.values()], 'disinfo', 'econ', 1))
    expect(op.label).toBe('Move “Disinformation” under “Economic pressure”')
    const after = roundTrip(before, op)
    expect(names(after)).toEqual([
      'Economic pressure',
      'Economic pressure › Sanctions',
      'Economic pressure › Disinformation',
      'Economic pressure › Disinformation › Bots',
      'Economic pressure › Energy',
      'Hybrid tactics',
      'Hybrid tactics › Proxies',
      'CIS'
    ])
    expect(after.tags.get('proxies')?.order).toBe(0)
  })

  it('moves a sub-theme to the top level', () => {
    const after = roundTrip(model(codebook(), []), ok(moveTheme(codebook(), 'bots', null, 99)))
    expect(names(after).at(-1)).toBe('Bots')
  })

  it('refuses to put a theme inside itself or its own sub-themes', () => {
    const error = { error: '“Hybrid tactics” cannot go inside itself or one of its own sub-themes.' }
    expect(moveTheme(codebook(), 'hybrid', 'hybrid', 0)).toEqual(error)
    expect(moveTheme(codebook(), 'hybrid', 'disinfo', 0)).toEqual(error)
    expect(moveTheme(codebook(), 'hybrid', 'bots', 0)).toEqual(error)
  })

  it('refuses to bring two themes of the same name together', () => {
    const tags = [...codebook(), tag('energy2', 'energy', 'hybrid', 2)]
    expect(moveTheme(tags, 'energy2', 'econ', 0)).toEqual({ error: 'There is already a theme called “Energy” under “Economic pressure”.' })
  })

  it('writes nothing when the theme stays where it is', () => {
    expect(ok(moveTheme(codebook(), 'proxies', 'hybrid', 1)).changes).toEqual({})
  })
})

const merge = (tags: Tag[], source: string, target: string, passages: Annotation[]): { plan: MergePlan; op: Operation } => {
  const plan = ok(planMerge(tags, source, target))
  return { plan, op: ok(mergeThemes(tags, plan, passages, 99)) }
}

describe('mergeThemes', () => {
  const passages = (): Annotation[] => [
    passage('a1', ['sanc']),
    passage('a2', ['sanc', 'econ']),
    passage('a3', ['econ', 'cis', 'sanc']),
    passage('b1', ['cis', 'sanc'], 'A note.'),
    passage('b2', ['hybrid'])
  ]

  it('gives the passages the target once, keeps their other themes, and removes the merged theme', () => {
    const before = model(codebook(), passages())
    const { op } = merge(codebook(), 'sanc', 'econ', passages())
    expect(op.label).toBe('Merge “Sanctions” into “Economic pressure”')
    const after = roundTrip(before, op)
    expect(after.tags.has('sanc')).toBe(false)
    expect(after.passages.get('a1')?.tagIds).toEqual(['econ'])
    expect(after.passages.get('a2')?.tagIds).toEqual(['econ'])
    expect(after.passages.get('a3')?.tagIds).toEqual(['econ', 'cis'])
    expect(after.passages.get('b1')).toMatchObject({ tagIds: ['cis', 'econ'], note: 'A note.', updatedAt: 99 })
    // Passages without the merged theme are not touched.
    expect(op.changes.annotations?.map((c) => c.before?.id)).toEqual(['a1', 'a2', 'a3', 'b1'])
    for (const a of after.passages.values()) expect(new Set(a.tagIds).size).toBe(a.tagIds.length)
    expect(after.passages.size).toBe(5)
  })

  it('keeps what the merged theme said in the target’s memo, and hands over its key when the target has none', () => {
    const { op } = merge(codebook(), 'sanc', 'cis', [])
    const after = applyTo(model(codebook(), []), op.changes)
    expect(after.tags.get('cis')).toMatchObject({ shortcut: 3, description: 'Measures against a state.', memo: 'From “Sanctions”: Check the EU lists.' })
    const tags = codebook().map((t) => (t.id === 'cis' ? { ...t, shortcut: null, description: 'The Commonwealth.' } : t))
    const intoKeyless = applyTo(model(tags, []), merge(tags, 'sanc', 'cis', []).op.changes)
    expect(intoKeyless.tags.get('cis')).toMatchObject({ shortcut: 4, description: 'The Commonwealth.', memo: 'From “Sanctions”: Measures against a state.\n\nCheck the EU lists.' })
  })

  it('moves its sub-themes under the target, after the target’s own', () => {
    const before = model(codebook(), [passage('a1', ['bots']), passage('a2', ['disinfo', 'proxies'])])
    const { op } = merge(codebook(), 'disinfo', 'proxies', [...before.passages.values()])
    const after = roundTrip(before, op)
    expect(names(after)).toContain('Hybrid tactics › Proxies › Bots')
    expect(after.passages.get('a1')?.tagIds).toEqual(['bots'])
    expect(after.passages.get('a2')?.tagIds).toEqual(['proxies'])
  })

  it('merges a sub-theme into the target’s sub-theme of the same name, all the way down', () => {
    const tags = [...codebook(), tag('econBots', 'bots', 'hybrid', 5), tag('sancDisinfo', 'Disinformation', 'econ', 2), tag('deep', 'Bots', 'sancDisinfo', 0)]
    // Economic pressure › Disinformation › Bots merges into Hybrid tactics › Disinformation › Bots.
    const ps = [passage('a1', ['deep', 'bots']), passage('a2', ['sancDisinfo']), passage('a3', ['sanc'])]
    const before = model(tags, ps)
    const { plan, op } = merge(tags, 'econ', 'hybrid', ps)
    expect([...plan.into]).toEqual([
      ['econ', 'hybrid'],
      ['sancDisinfo', 'disinfo'],
      ['deep', 'bots']
    ])
    const after = roundTrip(before, op)
    expect(after.passages.get('a1')?.tagIds).toEqual(['bots'])
    expect(after.passages.get('a2')?.tagIds).toEqual(['disinfo'])
    expect(after.passages.get('a3')?.tagIds).toEqual(['sanc'])
    expect(names(after)).toEqual([
      'Hybrid tactics',
      'Hybrid tactics › Disinformation',
      'Hybrid tactics › Disinformation › Bots',
      'Hybrid tactics › Proxies',
      'Hybrid tactics › bots',
      'Hybrid tactics › Sanctions',
      'Hybrid tactics › Energy',
      'CIS'
    ])
  })

  it('merges a sub-theme into its own parent', () => {
    const ps = [passage('a1', ['disinfo', 'hybrid']), passage('a2', ['bots'])]
    const after = roundTrip(model(codebook(), ps), merge(codebook(), 'disinfo', 'hybrid', ps).op)
    expect(after.passages.get('a1')?.tagIds).toEqual(['hybrid'])
    expect(names(after)).toContain('Hybrid tactics › Bots')
  })

  it('refuses a merge into itself or into its own sub-theme', () => {
    expect(planMerge(codebook(), 'cis', 'cis')).toEqual({ error: 'A theme cannot be merged into itself; choose another theme.' })
    expect(planMerge(codebook(), 'hybrid', 'bots')).toEqual({ error: '“Hybrid tactics” cannot be merged into its own sub-theme “Bots”; move “Bots” out of it first.' })
    expect(planMerge(codebook(), 'hybrid', 'gone')).toEqual({ error: 'That theme is no longer in the codebook.' })
  })
})

describe('deleteTheme', () => {
  const passages = (): Annotation[] => [
    passage('a1', ['cis']),
    passage('a2', ['cis'], 'Keep this note.'),
    passage('a3', ['econ', 'cis']),
    passage('b1', ['hybrid'])
  ]

  it('removes it from its passages; one left with no theme and no note is deleted', () => {
    const before = model(codebook(), passages())
    expect(deleteImpact(passages(), 'cis')).toEqual({ carrying: 3, deleted: 1 })
    const op = ok(deleteTheme(codebook(), 'cis', passages(), 99))
    expect(op.label).toBe('Delete theme “CIS”')
    const after = roundTrip(before, op)
    expect(after.tags.has('cis')).toBe(false)
    expect(after.passages.has('a1')).toBe(false)
    expect(after.passages.get('a2')).toMatchObject({ tagIds: [], note: 'Keep this note.' })
    expect(after.passages.get('a3')?.tagIds).toEqual(['econ'])
    expect(after.passages.get('b1')?.tagIds).toEqual(['hybrid'])
  })

  it('moves its sub-themes up into its place, which keep their passages', () => {
    const ps = [passage('a1', ['disinfo']), passage('a2', ['bots'])]
    const after = roundTrip(model(codebook(), ps), ok(deleteTheme(codebook(), 'disinfo', ps, 99)))
    expect(names(after)).toEqual(['Economic pressure', 'Economic pressure › Sanctions', 'Economic pressure › Energy', 'Hybrid tactics', 'Hybrid tactics › Bots', 'Hybrid tactics › Proxies', 'CIS'])
    expect(after.passages.has('a1')).toBe(false)
    expect(after.passages.get('a2')?.tagIds).toEqual(['bots'])
  })

  it('refuses when a sub-theme moving up would meet a namesake', () => {
    const tags = [...codebook(), tag('proxies2', 'Proxies', 'disinfo', 1)]
    expect(deleteTheme(tags, 'disinfo', [], 99)).toEqual({
      error: 'Its sub-theme “Proxies” would meet another “Proxies” under “Hybrid tactics”; rename or merge one of them first, or merge “Disinformation” instead.'
    })
  })

  it('deleting by merging into another theme keeps every passage', () => {
    const plan = ok(planMerge(codebook(), 'cis', 'hybrid'))
    const op = ok(mergeThemes(codebook(), plan, passages(), 99, 'Delete theme “CIS” (merged into “Hybrid tactics”)'))
    expect(op.label).toBe('Delete theme “CIS” (merged into “Hybrid tactics”)')
    const after = roundTrip(model(codebook(), passages()), op)
    expect(after.passages.size).toBe(4)
    expect(after.passages.get('a1')?.tagIds).toEqual(['hybrid'])
    expect(after.passages.get('a3')?.tagIds).toEqual(['econ', 'hybrid'])
  })
})
