import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { ProjectFileError } from '../project/errors'
import type { ProjectData } from '../project/projectData'
import { readProjectFile, writeProjectFile } from '../project/projectFiles'
import { BACKUP_FORMAT, CURRENT_SCHEMA, CURRENT_SCHEMA_VERSION, type Backup } from './format'
import { backupProjectOf, projectDataOf } from './projectData'
import { readBackup } from './readBackup'
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
