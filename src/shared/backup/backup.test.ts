import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { ProjectFileError } from '../project/errors'
import type { ProjectData } from '../project/projectData'
import { readProjectFile, writeProjectFile } from '../project/projectFiles'
import { BACKUP_FORMAT, CURRENT_SCHEMA, CURRENT_SCHEMA_VERSION, type Backup } from './format'
import { backupProjectOf, projectDataOf } from './projectData'
import { openBackup, readBackup } from './readBackup'
import { backupFileName, writeBackup } from './writeBackup'

const data: ProjectData = {
  name: 'Проект “one”',
  documents: [{ id: 'd1', contentHash: 'a'.repeat(64), title: 'Title 😀', fileName: 'x.txt', format: 'txt', metadata: { author: 'A' }, byteLength: 10, charCount: 9, importedAt: 1, openedAt: 2, passageCount: 1, memo: 'm', setIds: ['s1'] }],
  contents: [{ documentId: 'd1', blocks: [{ type: 'paragraph', text: 'Title 😀 x' }], text: 'Title 😀 x' }],
  tags: [{ id: 't1', name: 'T', color: '#d97706', description: '', memo: '', parentId: null, order: 0, shortcut: 1 }],
  annotations: [{ id: 'a1', documentId: 'd1', start: 0, end: 5, exact: 'Title', prefix: '', suffix: ' 😀 x', tagIds: ['t1'], note: 'n', createdAt: 1, updatedAt: 2 }],
  sets: [{ id: 's1', name: 'S', order: 0 }],
  settings: [{ key: 'codebookSeeded', value: true }]
}

const backup = (projects = [backupProjectOf(data, { createdAt: 1, openedAt: 2 })]): Backup => ({
  format: BACKUP_FORMAT,
  version: 1,
  createdAt: Date.UTC(2026, 10, 29),
  app: 'Themata test',
  scope: 'project',
  reason: 'manual',
  projects
})

describe('the .themata file', () => {
  it('reads back exactly what was written', () => {
    const written = backup()
    expect(readBackup(writeBackup(written), 'b.themata')).toEqual(written)
    expect(projectDataOf(readBackup(writeBackup(written), 'b.themata').projects[0] as Backup['projects'][number], 'b.themata')).toEqual(data)
  })

  it('lists each project with its counts and its data a record per line, passage ranges kept typed', () => {
    const ranges = Int32Array.from([0, 5])
    const project = backupProjectOf(data, { createdAt: 1, openedAt: 2 })
    const withRanges = { ...project, tables: { ...project.tables, documents: [{ ...data.documents[0], passageRanges: ranges }] } }
    const bytes = writeBackup(backup([withRanges]))
    const files = unzipSync(bytes)
    expect(JSON.parse(strFromU8(files['backup.json'] as Uint8Array)).projects[0]).toMatchObject({ file: 'projects/1.json', layout: 'record-per-line', counts: { documents: 1, annotations: 1, sets: 1 } })
    expect(strFromU8(files['projects/1.json'] as Uint8Array).split('\n').slice(0, 2)).toEqual(['{"documents":[', expect.stringContaining('"passageRanges":{"$typedArray":"Int32Array","values":[0,5]}')])
    const read = readBackup(bytes, 'b.themata').projects[0]?.tables['documents']?.[0] as { passageRanges: Int32Array }
    expect(read.passageRanges).toEqual(ranges)
    expect(read.passageRanges).toBeInstanceOf(Int32Array)
  })

  it('reads backups written before, their data on one line', () => {
    const written = backup()
    const project = written.projects[0] as Backup['projects'][number]
    const { tables, ...listed } = project
    const old = zipSync({
      'projects/1.json': strToU8(JSON.stringify(tables)),
      'backup.json': strToU8(JSON.stringify({ format: BACKUP_FORMAT, version: 1, createdAt: written.createdAt, app: written.app, scope: 'project', reason: 'manual', projects: [{ ...listed, file: 'projects/1.json' }] }))
    })
    expect(readBackup(old, 'old.themata')).toEqual(written)
  })

  it('hands the records of each project over in batches, checked as they come', () => {
    const many = { ...data, annotations: Array.from({ length: 1200 }, (_, i) => ({ ...(data.annotations[0] as ProjectData['annotations'][number]), id: `a${i}` })) }
    const [project] = openBackup(writeBackup(backup([backupProjectOf(many, { createdAt: 1, openedAt: 2 })])), 'b.themata').projects
    const batches = [...(project?.records() ?? [])].map(({ table, rows }) => [table, rows.length] as const)
    expect(batches.filter(([table]) => table === 'annotations').map(([, n]) => n)).toEqual([500, 500, 200])
    expect(batches.filter(([table]) => table !== 'annotations').map(([table]) => table)).toEqual(['documents', 'contents', 'tags', 'sets', 'settings'])
    // Notes that pack poorly, so the file inflates in many pieces, as a real one does.
    const note = (i: number): string => Array.from({ length: 12 }, (_, k) => ((i * 2654435761 + k * 40503) % 2 ** 32).toString(36)).join(' ')
    const longer = Array.from({ length: 3000 }, (_, i) => ({ ...(data.annotations[0] as ProjectData['annotations'][number]), id: `a${i}`, note: note(i) }))
    const broken = writeBackup(backup([backupProjectOf({ ...many, annotations: [...longer.slice(0, 2900), { id: undefined } as never] }, { createdAt: 1, openedAt: 2 })]))
    const seen: number[] = []
    expect(() => {
      for (const { table, rows } of openBackup(broken, 'b.themata').projects[0]?.records() ?? []) if (table === 'annotations') seen.push(rows.length)
    }).toThrow('“b.themata” is damaged: a record of “annotations” in “Проект “one”” has no id.')
    // The batches before the fault came out first (all of them that ended in the text read before it).
    expect(seen.slice(0, 4)).toEqual([500, 500, 500, 500])
    expect(seen.length).toBeLessThan(6)
  })

  it('is named after the project and the day', () => {
    expect(backupFileName(backup())).toBe('проект-one-2026-11-29.themata')
    expect(backupFileName({ ...backup(), scope: 'all' })).toBe('themata-all-projects-2026-11-29.themata')
  })

  const manifest = (extra: object) => strToU8(JSON.stringify({ format: BACKUP_FORMAT, version: 1, projects: [{ name: 'p', file: 'projects/1.json', schemaVersion: CURRENT_SCHEMA_VERSION, schema: CURRENT_SCHEMA }], ...extra }))
  const cases: [string, Uint8Array, string][] = [
    ['empty', new Uint8Array(), '“b.themata” is empty — there is no backup in it.'],
    ['not a zip', strToU8('{"format":"themata-backup"}'), '“b.themata” is not a Themata backup: it is not a zip archive.'],
    ['no manifest', zipSync({ 'x.json': strToU8('{}') }), '“b.themata” is not a complete Themata backup: backup.json is missing.'],
    ['another format', zipSync({ 'backup.json': strToU8('{"format":"dexie"}') }), '“b.themata” is not a Themata backup: its backup.json does not say “themata-backup”.'],
    ['a newer format', zipSync({ 'backup.json': manifest({ version: 7 }) }), '“b.themata” was written by a newer Themata (backup format 7); update Themata to restore it.'],
    ['missing data', zipSync({ 'backup.json': manifest({}) }), '“b.themata” is not a complete Themata backup: the data of “p” is missing.'],
    ['damaged data', zipSync({ 'backup.json': manifest({}), 'projects/1.json': strToU8('{"tags": [') }), '“b.themata” is damaged: the data of “p” is not valid JSON.'],
    ['a record without its key', zipSync({ 'backup.json': manifest({}), 'projects/1.json': strToU8('{"tags": [{"name": "x"}]}') }), '“b.themata” is damaged: a record of “tags” in “p” has no id.'],
    ['a table the schema does not have', zipSync({ 'backup.json': manifest({}), 'projects/1.json': strToU8('{"other": []}') }), '“b.themata” is damaged: “p” has a table “other” its schema does not declare.']
  ]
  it.each(cases)('refuses %s in one sentence', (_what, bytes, sentence) => {
    let thrown: unknown
    try {
      readBackup(bytes, 'b.themata')
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(ProjectFileError)
    expect((thrown as Error).message).toBe(sentence)
  })
})

describe('project files, as the CLI converts them', () => {
  const options = { app: 'Themata test', userName: 'Analyst', now: Date.UTC(2026, 10, 29) }

  it('goes .themata → .qdpx → .themata with the same records', async () => {
    const [fromBackup] = await readProjectFile(writeProjectFile(data, 'themata', options), 'p.themata')
    expect(fromBackup?.project).toEqual(data)
    expect(fromBackup?.report).toMatchObject({ articles: [{ title: 'Title 😀', characters: 9, passages: 1 }], themes: 1, passages: 1, notes: 2, unplaced: [] })
    const [fromQdpx] = await readProjectFile(writeProjectFile(data, 'qdpx', options), 'p.qdpx')
    expect(fromQdpx?.project.annotations.map((a) => [a.start, a.end, a.exact, a.note])).toEqual([[0, 5, 'Title', 'n']])
  })

  it('writes the codebook alone as .qdc, and says so when there is none', () => {
    expect(new TextDecoder().decode(writeProjectFile(data, 'qdc', options))).toContain('<Code guid=')
    expect(() => writeProjectFile({ ...data, tags: [] }, 'qdc', options)).toThrow('“Проект “one”” has no themes, so there is no codebook to write.')
  })

  it('refuses other files and backups in another storage version in one sentence', async () => {
    await expect(readProjectFile(new Uint8Array([1]), 'notes.docx')).rejects.toThrow('“notes.docx” is not a project file Themata can import (.qdpx, .qde, .themata).')
    const older = writeBackup(backup([{ ...backupProjectOf(data, { createdAt: 1, openedAt: 1 }), schemaVersion: 1 }]))
    await expect(readProjectFile(older, 'old.themata')).rejects.toThrow('“old.themata” holds “Проект “one”” in an older storage version; restore it in the app, which upgrades it.')
  })
})
