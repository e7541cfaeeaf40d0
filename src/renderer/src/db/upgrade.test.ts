import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { ThemataDb } from './db'
import { lastProject, listProjects } from './projects'
import { FIRST_PROJECT_DB, ProjectsDb } from './projectsDb'

/** The schema of version 1 exactly as it shipped, to write data the way that version did. */
function versionOne(name: string): Dexie {
  const db = new Dexie(name)
  db.version(1).stores({ documents: 'id, &contentHash, openedAt', contents: 'documentId', tags: 'id, order', annotations: 'id, documentId, *tagIds', settings: 'key' })
  return db
}

const v1Tags = Array.from({ length: 11 }, (_, i) => ({ id: `t${i}`, name: `Theme ${i}`, color: '#d97706', description: i === 0 ? 'Trade as leverage.' : '', order: i }))
const v1Documents = [
  { id: 'd1', contentHash: 'a'.repeat(64), title: 'Газ и давление', fileName: 'gas.txt', format: 'txt', metadata: { date: '2025-08-08', author: 'İlham Əliyev' }, byteLength: 40, charCount: 30, importedAt: 1, openedAt: 5, passageCount: 2 },
  // Stored before passage counts were kept.
  { id: 'd2', contentHash: 'b'.repeat(64), title: 'CIS summit', fileName: 'cis.html', format: 'html', metadata: {}, byteLength: 90, charCount: 80, importedAt: 2, openedAt: 3 }
]
const v1Contents = [
  { documentId: 'd1', blocks: [{ type: 'paragraph', text: 'Газпром и SOCAR 🙂 спорят.' }], text: 'Газпром и SOCAR 🙂 спорят.' },
  { documentId: 'd2', blocks: [{ type: 'heading', level: 1, text: 'CIS summit' }], text: 'CIS summit' }
]
const v1Annotations = [
  { id: 'a1', documentId: 'd1', start: 0, end: 7, exact: 'Газпром', prefix: '', suffix: ' и SOCAR', tagIds: ['t0', 't10'], note: 'заметка “quoted”', createdAt: 10, updatedAt: 11 },
  { id: 'a2', documentId: 'd1', start: 10, end: 15, exact: 'SOCAR', prefix: 'Газпром и ', suffix: ' 🙂', tagIds: [], note: 'note only', createdAt: 12, updatedAt: 12 },
  { id: 'a3', documentId: 'd2', start: 0, end: 3, exact: 'CIS', prefix: '', suffix: ' summit', tagIds: ['t2'], note: '', createdAt: 13, updatedAt: 13 }
]
const v1Settings = [
  { key: 'codebookSeeded', value: true },
  { key: 'lastOpenedDocument', value: 'd1' }
]

const names: string[] = []
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name)
})

/** The schema versions earlier releases shipped, each with a test below that upgrades its data. */
const EARLIER_VERSIONS_TESTED = [1, 2]

describe('schema versions', () => {
  it('has an upgrade test for every version before the current one', () => {
    const current = new ThemataDb(`verno-${Math.random()}`).verno
    expect(current).toBe(3)
    expect(EARLIER_VERSIONS_TESTED).toEqual(Array.from({ length: current - 1 }, (_, i) => i + 1))
  })
})

describe('upgrading a database written by version 1', () => {
  it('keeps every record and field, and adds the tree, keys, memos and sets', async () => {
    const name = `upgrade-${Math.random()}`
    names.push(name)
    const old = versionOne(name)
    await old.transaction('rw', old.tables, async () => {
      await old.table('tags').bulkAdd(v1Tags)
      await old.table('documents').bulkAdd(v1Documents)
      await old.table('contents').bulkAdd(v1Contents)
      await old.table('annotations').bulkAdd(v1Annotations)
      await old.table('settings').bulkAdd(v1Settings)
    })
    old.close()

    const db = new ThemataDb(name)
    expect(await db.annotations.orderBy('id').toArray()).toEqual(v1Annotations)
    expect(await db.contents.orderBy('documentId').toArray()).toEqual(v1Contents)
    expect(await db.settings.orderBy('key').toArray()).toEqual(v1Settings)
    expect(await db.documents.orderBy('id').toArray()).toEqual(v1Documents.map((d) => ({ ...d, memo: '', setIds: [] })))
    const tags = await db.tags.orderBy('order').toArray()
    expect(tags).toEqual(v1Tags.map((t, i) => ({ ...t, memo: '', parentId: null, shortcut: i < 9 ? i + 1 : null })))
    expect(await db.sets.count()).toBe(0)
    // The new indexes answer.
    await db.documents.update('d2', { setIds: ['s1'] })
    expect((await db.documents.where('setIds').equals('s1').toArray()).map((d) => d.id)).toEqual(['d2'])
    expect((await db.annotations.where('tagIds').equals('t10').toArray()).map((a) => a.id)).toEqual(['a1'])
    db.close()
  })
})

/** Records as version 2 writes them: a theme tree with keys and memos, articles in sets with memos. */
const v2 = {
  tags: [
    { id: 't0', name: 'Economic pressure', color: '#d97706', description: 'Trade as leverage.', memo: 'Watch gas prices.', parentId: null, order: 0, shortcut: 1 },
    { id: 't1', name: 'Gas', color: '#2563eb', description: '', memo: '', parentId: 't0', order: 0, shortcut: null },
    { id: 't2', name: 'СНГ', color: '#16a34a', description: '', memo: '', parentId: null, order: 1, shortcut: 9 }
  ],
  documents: [{ ...v1Documents[0], passageCount: 2, memo: 'Read twice.', setIds: ['s1'] }],
  contents: [v1Contents[0]],
  annotations: [{ ...v1Annotations[0], tagIds: ['t1', 't2'] }, v1Annotations[1]],
  sets: [{ id: 's1', name: 'Aug 2025', order: 0 }],
  settings: v1Settings
}

/** The schema of version 2 exactly as it shipped (version 1's, then its changes), to write data as that version did. */
function versionTwo(name: string): Dexie {
  const db = versionOne(name)
  db.version(2).stores({ documents: 'id, &contentHash, openedAt, importedAt, *setIds', sets: 'id, order' })
  return db
}

describe('upgrading a database written by version 2', () => {
  it('keeps every record and field, and answers the new passages-by-article index', async () => {
    const name = `upgrade-v2-${Math.random()}`
    names.push(name)
    const old = versionTwo(name)
    await old.transaction('rw', old.tables, async () => {
      for (const [table, records] of Object.entries(v2)) await old.table(table).bulkAdd(records)
    })
    old.close()
    const db = new ThemataDb(name)
    for (const [table, records] of Object.entries(v2)) expect(await db.table(table).toArray(), table).toEqual(records)
    const inOrder = await db.annotations.where('[documentId+start]').between(['d1', 0], ['d1', Infinity]).toArray()
    expect(inOrder.map((a) => a.id)).toEqual(['a1', 'a2'])
    db.close()
  })
})

describe('reopening a database of the current version', () => {
  it('changes nothing', async () => {
    const name = `current-${Math.random()}`
    names.push(name)
    const first = new ThemataDb(name)
    await first.transaction('rw', first.tables, async () => {
      for (const [table, records] of Object.entries(v2)) await first.table(table).bulkAdd(records)
    })
    first.close()
    const db = new ThemataDb(name)
    for (const [table, records] of Object.entries(v2)) expect(await db.table(table).toArray(), table).toEqual(records)
    db.close()
  })
})

describe('projects', () => {
  it('the first start makes “My project” of the data stored before projects existed', async () => {
    const registryName = `registry-${Math.random()}`
    names.push(registryName)
    const registry = new ProjectsDb(registryName)
    const [first, ...rest] = await listProjects(registry, 100)
    expect(rest).toEqual([])
    expect(first).toMatchObject({ name: 'My project', dbName: FIRST_PROJECT_DB })
    expect((await lastProject(registry)).id).toBe(first?.id)
    expect(await listProjects(registry)).toHaveLength(1)
    registry.close()
  })
})
