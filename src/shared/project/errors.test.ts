/** Project files and backups refused in one sentence: English for the CLI, the reader's language in the app. */
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { BACKUP_FORMAT, BACKUP_VERSION, MANIFEST_NAME } from '../backup/format'
import { readBackup } from '../backup/readBackup'
import { translator } from '../i18n/format'
import { describeError } from '../i18n/words'
import { importQdpx } from '../qdpx/importQdpx'
import { guid, qde } from '../qdpx/testSupport'
import { ProjectFileError } from './errors'
import { readProjectFile } from './projectFiles'

const ru = translator('ru')
const backupOf = (manifest: object): Uint8Array => zipSync({ [MANIFEST_NAME]: strToU8(JSON.stringify(manifest)) })

const cases: [string, () => unknown, string, string][] = [
  [
    'a web page saved as .qdpx',
    () => importQdpx(strToU8('<!DOCTYPE html><html></html>'), 'page.qdpx'),
    '“page.qdpx” is not a zip archive, so it is not a REFI-QDA project (.qdpx).',
    '«page.qdpx» — не zip-архив, а значит, не проект REFI-QDA (.qdpx).'
  ],
  [
    'a codebook opened as a project',
    () => importQdpx(strToU8('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"/>'), 'p.qde'),
    '“p.qde” is not a REFI-QDA project: it has the root element <CodeBook>, not <Project> in urn:QDA-XML:project:1.0.',
    '«p.qde» — не проект REFI-QDA: его корневой элемент — <CodeBook>, а нужен <Project> из urn:QDA-XML:project:1.0.'
  ],
  [
    'a project whose codebook has a nameless code',
    () => importQdpx(strToU8(qde(`<CodeBook><Codes><Code guid="${guid()}" name=" "/></Codes></CodeBook>`)), 'p.qde'),
    '“p.qde” has a code without a name (at the top level), so it cannot be imported.',
    'В «p.qde» есть код без названия (на верхнем уровне), поэтому файл нельзя импортировать.'
  ],
  ['an empty backup', () => readBackup(new Uint8Array(), 'b.themata'), '“b.themata” is empty — there is no backup in it.', '«b.themata» пуст — резервной копии в нём нет.'],
  [
    'a backup of a newer Themata',
    () => readBackup(backupOf({ format: BACKUP_FORMAT, version: BACKUP_VERSION + 1, projects: [] }), 'new.themata'),
    `“new.themata” was written by a newer Themata (backup format ${BACKUP_VERSION + 1}); update Themata to restore it.`,
    `«new.themata» записан более новой версией Themata (формат резервной копии ${BACKUP_VERSION + 1}); обновите Themata, чтобы восстановить его.`
  ],
  [
    'a backup whose project has no data',
    () => readBackup(backupOf({ format: BACKUP_FORMAT, version: 1, projects: [{ name: 'Проект', file: 'projects/1.json', schemaVersion: 1, schema: {} }] }), 'b.themata'),
    '“b.themata” is not a complete Themata backup: the data of “Проект” is missing.',
    '«b.themata» — неполная резервная копия Themata: нет данных проекта «Проект».'
  ],
  [
    'a file of another kind',
    () => readProjectFile(new Uint8Array([1]), 'notes.docx'),
    '“notes.docx” is not a project file Themata can import (.qdpx, .qde, .themata).',
    '«notes.docx» — не файл проекта, который Themata может импортировать (.qdpx, .qde, .themata).'
  ]
]

describe('project files Themata cannot read', () => {
  it.each(cases)('%s: one sentence, in English and in Russian', async (_what, read, english, russian) => {
    const error = await (async () => read())().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ProjectFileError)
    expect((error as Error).message).toBe(english)
    expect(describeError(error, ru)).toBe(russian)
  })
})
