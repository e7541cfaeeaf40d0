import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { applyChangeSet } from './changeSet'
import { ThemataDb } from './db'
import { saveImportedDocument } from './documents'
import { createProject, deleteProject, duplicateProject, lastProject, listProjects, ProjectNameError, rememberProject, renameProject } from './projects'
import { ProjectsDb, type ProjectRecord } from './projectsDb'
import { ensureDefaultCodebook, listTags } from './tags'

let registry: ProjectsDb
let n = 0
beforeEach(async () => {
  registry = new ProjectsDb(`registry-${++n}`)
  // As at every start: the first one makes "My project".
  await listProjects(registry, 0)
})
afterEach(async () => {
  for (const p of await registry.projects.toArray()) await Dexie.delete(p.dbName)
  await registry.delete()
})

async function databaseExists(name: string): Promise<boolean> {
  return (await Dexie.getDatabaseNames()).includes(name)
}

/** Opens a project's database as the app does on switching to it. */
async function opened(project: ProjectRecord): Promise<ThemataDb> {
  const db = new ThemataDb(project.dbName)
  await ensureDefaultCodebook(db)
  return db
}

describe('projects', () => {
  it('a new project starts with the default codebook, or empty when asked', async () => {
    const withDefault = await opened(await createProject(registry, 'Caucasus 2025'))
    expect((await listTags(withDefault)).map((t) => t.name)).toEqual(['Economic pressure', 'Hybrid tactics', 'CIS'])
    withDefault.close()
    const empty = await opened(await createProject(registry, 'Blank slate', 'empty'))
    expect(await listTags(empty)).toEqual([])
    expect(await empty.documents.count()).toBe(0)
    empty.close()
  })

  it('names are cleaned up and unique whatever their case; a refused name creates nothing', async () => {
    const first = await createProject(registry, '  Russian   press ')
    expect(first.name).toBe('Russian press')
    await expect(createProject(registry, 'RUSSIAN PRESS')).rejects.toThrow('There is already a project called “Russian press”.')
    await expect(createProject(registry, '   ', 'empty')).rejects.toThrow(ProjectNameError)
    await expect(createProject(registry, 'x'.repeat(121))).rejects.toThrow('Project names are limited to 120 characters.')
    expect((await listProjects(registry)).map((p) => p.name).sort()).toEqual(['My project', 'Russian press'])
    expect((await Dexie.getDatabaseNames()).filter((name) => name.startsWith('themata-project-'))).toEqual([])
  })

  it('renames, refusing a name another project has but allowing a change of case', async () => {
    const a = await createProject(registry, 'Alpha')
    await createProject(registry, 'Beta')
    await expect(renameProject(registry, a.id, 'beta')).rejects.toThrow('There is already a project called “Beta”.')
    expect(await renameProject(registry, a.id, 'ALPHA')).toBe('ALPHA')
    expect((await registry.projects.get(a.id))?.name).toBe('ALPHA')
  })

  it('reopens the project used last', async () => {
    const a = await createProject(registry, 'Alpha', 'default', 10)
    const b = await createProject(registry, 'Beta', 'default', 20)
    await rememberProject(registry, a.id, 30)
    expect((await lastProject(registry)).id).toBe(a.id)
    await rememberProject(registry, b.id, 40)
    expect((await lastProject(registry)).id).toBe(b.id)
    expect((await listProjects(registry)).map((p) => p.name)).toEqual(['Beta', 'Alpha', 'My project'])
  })

  it('duplicates every table into a project of its own, under a free name', async () => {
    const source = await createProject(registry, 'Field notes')
    const db = await opened(source)
    const doc = await saveImportedDocument(db, {
      title: 'Pipeline',
      metadata: { author: 'A. Author' },
      blocks: [{ type: 'paragraph', text: 'Gas and oil.' }],
      text: 'Gas and oil.',
      fileName: 'pipeline.txt',
      format: 'txt',
      contentHash: 'c'.repeat(64),
      byteLength: 12
    })
    const [tag] = await listTags(db)
    await applyChangeSet(db, {
      sets: [{ before: null, after: { id: 's1', name: 'Aug 2025', order: 0 } }],
      annotations: [
        {
          before: null,
          after: { id: 'a1', documentId: doc.id, start: 0, end: 3, exact: 'Gas', prefix: '', suffix: ' and', tagIds: [tag?.id ?? ''], note: 'n', createdAt: 1, updatedAt: 1 }
        }
      ]
    })
    await db.documents.update(doc.id, { memo: 'Read twice.', setIds: ['s1'] })
    const dump = async (d: ThemataDb): Promise<unknown[]> => Promise.all(d.tables.map((t) => t.toArray()))
    const original = await dump(db)

    const copy = await duplicateProject(registry, source)
    const again = await duplicateProject(registry, source)
    expect([copy.name, again.name]).toEqual(['Field notes (copy)', 'Field notes (copy 2)'])
    const copied = new ThemataDb(copy.dbName)
    expect(await dump(copied)).toEqual(original)
    // The copy is independent of its source.
    await copied.documents.clear()
    expect(await db.documents.count()).toBe(1)
    copied.close()
    db.close()
  })

  it('deletes a project and drops its database, leaving the others', async () => {
    const a = await createProject(registry, 'Alpha')
    const b = await createProject(registry, 'Beta')
    ;(await opened(a)).close()
    ;(await opened(b)).close()
    expect(await databaseExists(a.dbName)).toBe(true)
    await deleteProject(registry, a)
    expect(await databaseExists(a.dbName)).toBe(false)
    expect(await databaseExists(b.dbName)).toBe(true)
    expect((await listProjects(registry)).map((p) => p.name).sort()).toEqual(['Beta', 'My project'])
  })
})
