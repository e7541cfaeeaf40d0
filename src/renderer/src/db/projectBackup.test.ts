import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { CURRENT_SCHEMA, CURRENT_SCHEMA_VERSION } from '@shared/backup/format'
import { ProjectFileError } from '@shared/project/errors'
import { openBackup, readBackup } from '@shared/backup/readBackup'
import type { ProjectData } from '@shared/project/projectData'
import { ThemataDb } from './db'
import { backupProjects } from '../backup/backupProjects'
import { createStoredProject, restoreBackup } from './projectBackup'
import { listProjects } from './projects'
import { ProjectsDb, type ProjectRecord } from './projectsDb'
import { dumpProject } from './projectDump'
import { currentStorage, projectData, storedFromData, storedVersion } from './projectStore'

const opened: Dexie[] = []
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close()
    await Dexie.delete(db.name)
  }
  for (const name of await Dexie.getDatabaseNames()) await Dexie.delete(name)
})

function registryDb(): ProjectsDb {
  const registry = new ProjectsDb(`registry-${Math.random()}`)
  opened.push(registry)
  return registry
}

const tables = ['documents', 'contents', 'tags', 'annotations', 'sets', 'settings'] as const

/** Every record of every table, each table in key order. */
async function everything(dbName: string): Promise<Record<string, unknown[]>> {
  const db = new ThemataDb(dbName)
  opened.push(db)
  const out: Record<string, unknown[]> = {}
  for (const t of tables) out[t] = await db.table(t).toCollection().sortBy(t === 'contents' ? 'documentId' : t === 'settings' ? 'key' : 'id')
  return out
}

function sampleData(tag: string): ProjectData {
  const documents = [
    { id: `${tag}-d1`, contentHash: `${tag}1`.padEnd(64, 'a'), title: 'Газ и “давление” 😀', fileName: 'gas.docx', format: 'docx' as const, metadata: { author: 'İlham', date: '2025-08-08' }, byteLength: 400, charCount: 30, importedAt: 1, openedAt: 5, passageCount: 2, memo: 'memo\nline', setIds: [`${tag}-s1`] },
    { id: `${tag}-d2`, contentHash: `${tag}2`.padEnd(64, 'b'), title: 'CIS', fileName: 'cis.html', format: 'html' as const, metadata: {}, byteLength: 90, charCount: 10, importedAt: 2, openedAt: 3, memo: '', setIds: [] }
  ]
  return {
    name: tag,
    documents,
    contents: [
      { documentId: `${tag}-d1`, blocks: [{ type: 'heading', level: 1, text: 'Газ и “давление” 😀' }], text: 'Газ и “давление” 😀' },
      { documentId: `${tag}-d2`, blocks: [{ type: 'paragraph', text: 'CIS summit' }], text: 'CIS summit' }
    ],
    tags: [
      { id: `${tag}-t1`, name: 'Economic', color: '#d97706', description: 'd', memo: 'm', parentId: null, order: 0, shortcut: 1 },
      { id: `${tag}-t2`, name: 'Sub', color: '#7c3aed', description: '', memo: '', parentId: `${tag}-t1`, order: 3, shortcut: null }
    ],
    annotations: [
      { id: `${tag}-a1`, documentId: `${tag}-d1`, start: 0, end: 3, exact: 'Газ', prefix: '', suffix: ' и', tagIds: [`${tag}-t1`, `${tag}-t2`], note: 'n “q”', createdAt: 10, updatedAt: 11 },
      { id: `${tag}-a2`, documentId: `${tag}-d1`, start: 17, end: 19, exact: '😀', prefix: 'ие” ', suffix: '', tagIds: [], note: 'only a note', createdAt: 12, updatedAt: 12 }
    ],
    sets: [{ id: `${tag}-s1`, name: 'Aug 2025', order: 2 }],
    settings: [
      { key: 'codebookSeeded', value: true },
      { key: 'lastOpenedDocument', value: `${tag}-d1` }
    ]
  }
}

async function storedProject(registry: ProjectsDb, data: ProjectData): Promise<ProjectRecord> {
  return createStoredProject(registry, data.name, storedFromData(data), 'imported')
}

describe('backups', () => {
  it('declare the schema the app declares (the CLI writes backups without a database)', () => {
    expect(currentStorage()).toEqual({ schemaVersion: CURRENT_SCHEMA_VERSION, schema: CURRENT_SCHEMA })
  })

  it('restore a project into an empty profile identical, record by record and field by field', async () => {
    const source = registryDb()
    const project = await storedProject(source, sampleData('p'))
    const before = await everything(project.dbName)
    const bytes = await backupProjects([project], { scope: 'project', reason: 'manual', app: 'Themata test', now: 100 })

    const empty = registryDb()
    const [restored] = await restoreBackup(empty, openBackup(bytes, 'p.themata').projects)
    expect(restored?.name).toBe('p')
    expect(restored?.dbName).not.toBe(project.dbName)
    expect(await everything(restored?.dbName as string)).toEqual(before)
    expect(before['annotations']).toHaveLength(2)
  })

  it('back up every project in one file and restore them all, renaming those whose name is taken', async () => {
    const registry = registryDb()
    const projects = [await storedProject(registry, sampleData('first')), await storedProject(registry, sampleData('second'))]
    const before = await Promise.all(projects.map((p) => everything(p.dbName)))
    const bytes = await backupProjects(projects, { scope: 'all', reason: 'manual', app: 'Themata test' })
    expect(readBackup(bytes, 'all.themata').scope).toBe('all')
    const restored = await restoreBackup(registry, openBackup(bytes, 'all.themata').projects)
    expect(restored.map((p) => p.name)).toEqual(['first (restored)', 'second (restored)'])
    expect(await Promise.all(restored.map((p) => everything(p.dbName)))).toEqual(before)
  })

  it('restore a backup taken before an upgrade through that upgrade', async () => {
    const registry = registryDb()
    const old = new Dexie(`old-${Math.random()}`)
    opened.push(old)
    old.version(1).stores({ documents: 'id, &contentHash, openedAt', contents: 'documentId', tags: 'id, order', annotations: 'id, documentId, *tagIds', settings: 'key' })
    await old.table('tags').bulkAdd([
      { id: 't0', name: 'A', color: '#d97706', description: '', order: 0 },
      { id: 't1', name: 'B', color: '#d97706', description: '', order: 1 }
    ])
    await old.table('documents').add({ id: 'd', contentHash: 'c'.repeat(64), title: 'T', fileName: 't.txt', format: 'txt', metadata: {}, byteLength: 1, charCount: 1, importedAt: 1, openedAt: 1 })
    old.close()
    expect(await storedVersion(old.name)).toBe(1)
    expect((await dumpProject(old.name, () => undefined)).schemaVersion).toBe(1)
    const record: ProjectRecord = { id: 'x', name: 'Old', dbName: old.name, createdAt: 1, openedAt: 1 }
    const bytes = await backupProjects([record], { scope: 'project', reason: 'before-upgrade', app: 't' })
    const [restored] = await restoreBackup(registry, openBackup(bytes, 'old.themata').projects)
    // The backup kept version 1's records; the restore upgraded them as opening the old database would.
    expect(await storedVersion(old.name)).toBe(1)
    const after = await everything(restored?.dbName as string)
    expect(after['tags']).toEqual([
      { id: 't0', name: 'A', color: '#d97706', description: '', order: 0, memo: '', parentId: null, shortcut: 1 },
      { id: 't1', name: 'B', color: '#d97706', description: '', order: 1, memo: '', parentId: null, shortcut: 2 }
    ])
    expect(after['documents']).toEqual([{ id: 'd', contentHash: 'c'.repeat(64), title: 'T', fileName: 't.txt', format: 'txt', metadata: {}, byteLength: 1, charCount: 1, importedAt: 1, openedAt: 1, memo: '', setIds: [] }])
  })

  it('leave nothing behind when a restore fails half-way, and refuse data from a newer Themata', async () => {
    const registry = registryDb()
    const good = sampleData('good')
    const bad = sampleData('bad')
    // Two articles with one content hash break the unique index: the second project cannot be written.
    bad.documents[1] = { ...(bad.documents[1] as ProjectData['documents'][number]), contentHash: bad.documents[0]?.contentHash as string }
    const backup = {
      format: 'themata-backup' as const,
      version: 1,
      createdAt: 1,
      app: 't',
      scope: 'all' as const,
      reason: 'manual' as const,
      projects: [good, bad].map((d) => ({ name: d.name, createdAt: 1, openedAt: 1, ...storedFromData(d) }))
    }
    await expect(restoreBackup(registry, backup.projects)).rejects.toThrow()
    expect((await listProjects(registry)).map((p) => p.name)).toEqual(['My project'])
    expect((await Dexie.getDatabaseNames()).filter((n) => n.startsWith('themata-project-'))).toEqual([])
    const newer = { ...backup, projects: [{ ...(backup.projects[0] as (typeof backup.projects)[number]), schemaVersion: 99 }] }
    await expect(restoreBackup(registry, newer.projects)).rejects.toThrow('it was stored by a newer Themata (storage version 99)')
  })

  it('keep the passage ranges of an article as a typed array through a backup and a restore', async () => {
    const registry = registryDb()
    const project = await storedProject(registry, sampleData('ranges'))
    const db = new ThemataDb(project.dbName)
    opened.push(db)
    await db.documents.update('ranges-d1', { passageRanges: Int32Array.from([0, 3, 17, 19]) })
    const bytes = await backupProjects([project], { scope: 'project', reason: 'manual', app: 't' })
    const [restored] = await restoreBackup(registry, openBackup(bytes, 'r.themata').projects)
    const back = new ThemataDb(restored?.dbName as string)
    opened.push(back)
    const ranges = (await back.documents.get('ranges-d1'))?.passageRanges
    expect(ranges).toBeInstanceOf(Int32Array)
    expect([...(ranges as Int32Array)]).toEqual([0, 3, 17, 19])
  })

  it('restore a backup written before (its data on one line, passage ranges turned into objects) without those ranges, so they are counted again', async () => {
    const data = sampleData('old')
    const written = { ...Object.fromEntries(tables.map((t) => [t, data[t]])), documents: [{ ...data.documents[0], passageRanges: { 0: 0, 1: 3 } }, data.documents[1]] }
    const bytes = zipSync({
      'projects/1.json': strToU8(JSON.stringify(written)),
      'backup.json': strToU8(JSON.stringify({ format: 'themata-backup', version: 1, createdAt: 1, app: 't', scope: 'project', reason: 'manual', projects: [{ name: 'old', createdAt: 1, openedAt: 1, schemaVersion: CURRENT_SCHEMA_VERSION, schema: CURRENT_SCHEMA, file: 'projects/1.json' }] }))
    })
    const [restored] = await restoreBackup(registryDb(), openBackup(bytes, 'old.themata').projects)
    const after = await everything(restored?.dbName as string)
    expect(after['documents']?.[0]).toEqual(data.documents[0])
    expect(after['annotations']).toHaveLength(2)
  })

  it('stop a restore at the first damaged record and leave nothing of it, however many records were written before', async () => {
    const registry = registryDb()
    const many = sampleData('many')
    many.annotations = Array.from({ length: 1500 }, (_, i) => ({ ...(many.annotations[0] as ProjectData['annotations'][number]), id: `many-a${i}` }))
    const good = await backupProjects([await storedProject(registry, many)], { scope: 'project', reason: 'manual', app: 't' })
    const files = unzipSync(good)
    const text = strFromU8(files['projects/1.json'] as Uint8Array)
    files['projects/1.json'] = strToU8(text.replace('"id":"many-a1200"', '"id":"many-a1200",'))
    const damaged = zipSync(files)
    const before = await listProjects(registry)
    const databases = await Dexie.getDatabaseNames()
    const failure = await restoreBackup(registry, openBackup(damaged, 'd.themata').projects).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(ProjectFileError)
    expect((failure as Error).message).toBe('“d.themata” is damaged: the data of “many” is not valid JSON.')
    expect(await listProjects(registry)).toEqual(before)
    expect(await Dexie.getDatabaseNames()).toEqual(databases)
  })

  it('read every record of a large table, whatever its keys, in key order', async () => {
    const db = new Dexie(`keys-${Math.random()}`)
    opened.push(db)
    db.version(1).stores({ annotations: 'id' })
    const ids: (string | number)[] = [7, 2.5, '', '!', '0a', '1', '9zz', 'A0', 'F', 'Z', '_', '`', 'f', 'ff', 'g', 'zzz', '\u{1F600}']
    for (let i = 0; i < 6000; i++) ids.push(crypto.randomUUID())
    await db.table('annotations').bulkAdd(ids.map((id) => ({ id })))
    let text = ''
    const dumped = await dumpProject(db.name, (piece) => (text += piece))
    expect(dumped.counts).toEqual({ annotations: ids.length })
    const read = (JSON.parse(text) as { annotations: { id: string | number }[] }).annotations.map((r) => r.id)
    expect(read).toEqual(await db.table('annotations').toCollection().primaryKeys())
    expect(new Set(read).size).toBe(ids.length)
  })

  it('write an imported project whole into a new database, read back as it was given', async () => {
    const registry = registryDb()
    const data = sampleData('imported')
    const project = await storedProject(registry, data)
    const db = new ThemataDb(project.dbName)
    opened.push(db)
    const back = await projectData(db, data.name)
    const sorted = (d: ProjectData) => Object.fromEntries(tables.map((t) => [t, [...(d[t] as { id?: string; key?: string; documentId?: string }[])].sort((a, b) => String(a.id ?? a.key ?? a.documentId).localeCompare(String(b.id ?? b.key ?? b.documentId)))]))
    expect(sorted(back)).toEqual(sorted(data))
  })
})
