/**
 * Every reader of outside files the app has, under fast-check (see describeFileReader): the article
 * importers, one per format, and the codebook files. Each reads into a project holding an article
 * with passages and a codebook, as the app would keep what it read (a project file or a backup
 * becomes a new project, so the open one must not change at all). A new reader is one more
 * describeFileReader line here.
 */
import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, describe } from 'vitest'
import { nodeImportEnv } from '../../../main/services/nodeImportEnv'
import type { Annotation } from '@shared/annotation'
import { CodebookFileError, mergeCodebook, readCodebookFile, writeCodebookFile, type CodebookNode } from '@shared/codebookExchange'
import type { ImportedDocument } from '@shared/document'
import { importDocument } from '@shared/import'
import { isImportError } from '@shared/import/errors'
import { BACKUP_FORMAT, type Backup } from '@shared/backup/format'
import { backupProjectOf } from '@shared/backup/projectData'
import { openBackup } from '@shared/backup/readBackup'
import { writeBackup } from '@shared/backup/writeBackup'
import { ProjectFileError } from '@shared/project/errors'
import { readProjectFile } from '@shared/project/projectFiles'
import { planAnnotationImport } from '@shared/w3c/importW3c'
import { AnnotationFileError, readAnnotationFile, type AnnotationFile } from '@shared/w3c/readAnnotations'
import { describeFileReader, type ReaderStorage, type StoredRecords } from '@shared/testing/fileReaderProperties'
import { applyChangeSet } from './changeSet'
import { ThemataDb } from './db'
import { saveImportedDocument } from './documents'
import { ensureDefaultCodebook, listTags } from './tags'
import { restoreBackup } from './projectBackup'
import { ProjectsDb, type ProjectRecord } from './projectsDb'

const FIXTURES = resolve(__dirname, '../../../shared/import/fixtures')
const SHARED = resolve(__dirname, '../../../../../shared')
const file = (...path: string[]): Uint8Array => new Uint8Array(readFileSync(join(...path)))
const env = nodeImportEnv()

const databases: ThemataDb[] = []
afterAll(async () => {
  for (const db of databases) await db.delete()
  await registry.delete()
})

/** A project with the default codebook and an article with two passages, as a user's would be. */
async function seededProject(): Promise<ThemataDb> {
  const db = new ThemataDb(`file-readers-${databases.length}`)
  databases.push(db)
  await ensureDefaultCodebook(db)
  const text = 'Gas flows through the corridor rose by a third. Ministers met in Baku.'
  const doc = await saveImportedDocument(db, {
    title: 'Corridor',
    metadata: {},
    blocks: [{ type: 'paragraph', text }],
    text,
    fileName: 'corridor.txt',
    format: 'txt',
    contentHash: 'c'.repeat(64),
    byteLength: text.length
  })
  const [tag] = await listTags(db)
  const passage = (id: string, start: number, end: number): Annotation => ({
    id, documentId: doc.id, start, end, exact: text.slice(start, end), prefix: '', suffix: '', tagIds: [tag?.id ?? ''], note: 'kept', createdAt: 1, updatedAt: 1
  })
  await applyChangeSet(db, { annotations: [{ before: null, after: passage('p1', 0, 9) }, { before: null, after: passage('p2', 48, 57) }] })
  return db
}

async function snapshot(db: ThemataDb): Promise<StoredRecords> {
  const records: StoredRecords = new Map()
  for (const table of db.tables) {
    const keys = await table.toCollection().primaryKeys()
    const values = await table.bulkGet(keys)
    keys.forEach((key, i) => records.set(`${table.name}/${String(key)}`, values[i]))
  }
  return records
}

/** The project a reader's results go into; made on first use, one per reader. */
function projectStorage<T>(keep: (db: ThemataDb, result: T) => Promise<readonly string[] | void>): ReaderStorage<T> {
  let db: Promise<ThemataDb> | undefined
  const project = (): Promise<ThemataDb> => (db ??= seededProject())
  return {
    snapshot: async () => snapshot(await project()),
    keep: async (result) => keep(await project(), result)
  }
}

/** The app keeps an imported article as a new document, or reopens (and marks opened) the one with the same content. */
const articles = (): ReaderStorage<ImportedDocument> => projectStorage(async (db, doc) => [`documents/${(await saveImportedDocument(db, doc)).id}`])

/** The app merges an imported codebook by name path, as one change set. */
const codebooks = (): ReaderStorage<CodebookNode[]> =>
  projectStorage(async (db, tree) => {
    const { tags } = mergeCodebook(await listTags(db), tree, () => crypto.randomUUID())
    await applyChangeSet(db, { tags: tags.map((after) => ({ before: null, after })) })
  })

const readArticle = (bytes: Uint8Array, fileName: string) => importDocument(bytes, fileName, env)
const TEXT_TOKENS = ['Gas ', 'flows', '.', '\n', '\n\n', '\r\n', '\t', ' ', 'Ə', 'ş', 'Ж', '😀', '\u00a0', '\u00ad', '\x01', '\u202e', 'date 2025-08-08', '2025-08-08']
const MARKDOWN_TOKENS = [...TEXT_TOKENS, '# ', '## ', '- ', '1. ', '> ', '`', '```', '*', '_', '[a](b)', '<script>', '| a | b |\n|---|---|\n', '[^1]', '![x](http://127.0.0.1:9/)']
const HTML_TOKENS = [...TEXT_TOKENS, '<p>', '</p>', '<article>', '</article>', '<h2>', '</h2>', '<li>', '<ul>', '<table><tr><td>', '</td><td>', '<br>', '<blockquote>', '<div hidden>', '<nav>', '<script>window.__pwned=1</script>', '<img name="body">', '<form><input id="querySelectorAll">', '<svg><foreignObject>', '<!--', '-->', '<meta charset="koi8-r">', '<title>', '&nbsp;', '&#0;', '<', '>', '"']
const XML_TOKENS = ['<?xml version="1.0" encoding="utf-8"?>', '<CodeBook xmlns="urn:QDA-XML:codebook:1.0">', '<Codes>', '</Codes>', '<Code guid="a" name="Energy" isCodable="true">', '<Code name="x">', '</Code>', '<Description>', '</Description>', '</CodeBook>', '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>', '&e;', 'color="#FF0000"', ' ', '\n']
const CSV_TOKENS = ['name,parent path,colour,description\r\n', 'Energy', ',', ';', '\t', '"', '""', '\n', '\r\n', 'a\\/b', '/', '#ff0000', '=cmd', "'=x", 'Ə']
const codebookCsv = new TextEncoder().encode(
  writeCodebookFile('csv', [
    { id: 'a', name: 'Energy', color: '#cc3300', description: 'Pipelines, "gas", prices', memo: '', parentId: null, order: 0, shortcut: 1 },
    { id: 'b', name: 'Gas / LNG', color: '#0066cc', description: '=1+1', memo: '', parentId: 'a', order: 0, shortcut: null }
  ])
)

/** The app plans the file's annotations onto the open article and commits the plan as one change set. */
const annotationsOntoArticle = (): ReaderStorage<AnnotationFile> =>
  projectStorage(async (db, file) => {
    const [doc] = await db.documents.toArray()
    if (!doc) return []
    const content = await db.contents.get(doc.id)
    const plan = planAnnotationImport(
      file,
      { documentId: doc.id, contentHash: doc.contentHash, text: content?.text ?? '', annotations: await db.annotations.where('documentId').equals(doc.id).toArray() },
      { tags: await listTags(db), now: 2 }
    )
    await applyChangeSet(db, { tags: plan.tags.map((after) => ({ before: null, after })), annotations: plan.annotations })
    // Passages the file adds a theme or note to change on purpose, and so does their article's count.
    return [...plan.annotations.map((change) => `annotations/${(change.after ?? change.before)?.id ?? ''}`), `documents/${doc.id}`]
  })

const readAnnotations = (bytes: Uint8Array, fileName: string): AnnotationFile => readAnnotationFile(new TextDecoder().decode(bytes), fileName)
const JSON_TOKENS = ['{', '}', '[', ']', ',', ':', '"', '"type"', '"Annotation"', '"AnnotationCollection"', '"items"', '"target"', '"source"', '"selector"', '"TextQuoteSelector"', '"exact"', '"Gas flows"', '"TextPositionSelector"', '"start"', '"end"', '0', '9', '-1', '1e308', '"body"', '"purpose"', '"tagging"', '"value"', '"Energy/Gas"', '"rows"', '"total"', 'null', 'true', '\n', '"__proto__"']
const W3C = join(SHARED, 'external/w3c')
const REFI_QDA = join(SHARED, 'external/refi-qda')

/** A project file (REFI-QDA or a backup) becomes a new project: the one open keeps every record. */
const intoNewProject = <T>(): ReaderStorage<T> => projectStorage(async () => [])
const isProjectRefusal = (error: unknown): boolean => error instanceof ProjectFileError
const QDE_TOKENS = ['<?xml version="1.0" encoding="utf-8"?>', '<Project xmlns="urn:QDA-XML:project:1.0" name="p">', '</Project>', '<CodeBook><Codes>', '</Codes></CodeBook>', '<Code guid="c1" name="Energy" isCodable="true">', '</Code>', '<Sources>', '</Sources>', '<TextSource guid="s1" name="a" plainTextPath="internal://a.txt">', '<PlainTextContent>Gas flows</PlainTextContent>', '</TextSource>', '<PlainTextSelection guid="x" startPosition="0" endPosition="9">', '</PlainTextSelection>', '<Coding guid="y"><CodeRef targetGUID="c1"/></Coding>', '<Notes>', '</Notes>', 'startPosition="-1"', 'endPosition="99999999"', ' ', '\n']
const seedBackup: Backup = {
  format: BACKUP_FORMAT,
  version: 1,
  createdAt: 1,
  app: 'Themata test',
  scope: 'project',
  reason: 'manual',
  projects: [
    backupProjectOf(
      {
        name: 'Seed',
        documents: [{ id: 'd1', contentHash: 'a'.repeat(64), title: 'Seed', fileName: 'seed.txt', format: 'txt', metadata: {}, byteLength: 9, charCount: 9, importedAt: 1, openedAt: 2, passageCount: 1, memo: '', setIds: [] }],
        contents: [{ documentId: 'd1', blocks: [{ type: 'paragraph', text: 'Gas flows' }], text: 'Gas flows' }],
        tags: [{ id: 't1', name: 'Energy', color: '#d97706', description: '', memo: '', parentId: null, order: 0, shortcut: 1 }],
        annotations: [{ id: 'a1', documentId: 'd1', start: 0, end: 3, exact: 'Gas', prefix: '', suffix: ' flows', tagIds: ['t1'], note: '', createdAt: 1, updatedAt: 1 }],
        sets: [],
        settings: []
      },
      { createdAt: 1, openedAt: 2 }
    )
  ]
}

/**
 * The app's restore: each project of the backup written into a new database as its data file is read.
 * What is refused must leave no project and no database behind.
 */
const registry = new ProjectsDb('file-readers-registry')
const restoreInApp = (bytes: Uint8Array, fileName: string): Promise<ProjectRecord[]> => restoreBackup(registry, openBackup(bytes, fileName).projects)
const restoredProjects = (): ReaderStorage<ProjectRecord[]> => ({
  async snapshot() {
    const records: StoredRecords = new Map()
    for (const p of await registry.projects.toArray()) records.set(`projects/${p.id}`, p)
    for (const name of await Dexie.getDatabaseNames()) records.set(`databases/${name}`, name)
    return records
  },
  keep: async () => undefined
})

describe('readers of outside files on arbitrary input', () => {
  describeFileReader({ name: 'article (.txt)', fileName: 'input.txt', read: readArticle, isRefusal: isImportError, tokens: TEXT_TOKENS, seeds: [file(FIXTURES, 'ru-windows-1251.txt'), file(FIXTURES, 'mixed-utf16le-bom.txt')], storage: articles() })
  describeFileReader({ name: 'article (.md)', fileName: 'input.md', read: readArticle, isRefusal: isImportError, tokens: MARKDOWN_TOKENS, seeds: [file(SHARED, 'external/hostile/hostile-md-02-raw-html-and-references.md')], storage: articles() })
  describeFileReader({ name: 'article (.html)', fileName: 'input.html', read: readArticle, isRefusal: isImportError, tokens: HTML_TOKENS, seeds: [file(FIXTURES, 'hostile-page.html'), file(FIXTURES, 'news-page.html')], storage: articles() })
  describeFileReader({ name: 'article (.docx)', fileName: 'input.docx', read: readArticle, isRefusal: isImportError, seeds: [file(FIXTURES, 'briefing.docx')], storage: articles() })
  describeFileReader({ name: 'article (.odt)', fileName: 'input.odt', read: readArticle, isRefusal: isImportError, seeds: [file(FIXTURES, 'briefing.odt'), file(SHARED, 'external/office/nasty.odt')], storage: articles() })
  describeFileReader({ name: 'article (.pdf)', fileName: 'input.pdf', read: readArticle, isRefusal: isImportError, seeds: [file(FIXTURES, 'report.pdf'), file(SHARED, 'external/pdf/issue6069.pdf')], storage: articles() }, { numRuns: 40 })
  describeFileReader({ name: 'codebook (.qdc)', fileName: 'input.qdc', read: readCodebookFile, isRefusal: (e) => e instanceof CodebookFileError, tokens: XML_TOKENS, seeds: [file(SHARED, 'external/refi-qda/taguette1.4.1--codebook.qdc')], storage: codebooks() })
  describeFileReader({ name: 'codebook (.qde)', fileName: 'input.qde', read: readCodebookFile, isRefusal: (e) => e instanceof CodebookFileError, tokens: XML_TOKENS, seeds: [file(SHARED, 'external/refi-qda/atlasti8-mac--standard-project.qde')], storage: codebooks() })
  describeFileReader({ name: 'codebook (.qdpx)', fileName: 'input.qdpx', read: readCodebookFile, isRefusal: (e) => e instanceof CodebookFileError, seeds: [file(SHARED, 'external/refi-qda/atlasti8-mac--TestProject.qdpx')], storage: codebooks() })
  describeFileReader({ name: 'W3C annotations (.jsonld)', fileName: 'input.jsonld', read: readAnnotations, isRefusal: (e) => e instanceof AnnotationFileError, tokens: JSON_TOKENS, seeds: [file(W3C, 'annotorious--annotations.w3c.json'), file(W3C, 'text-annotator--annotations.w3c.json')], storage: annotationsOntoArticle() })
  describeFileReader({ name: 'project (.qdpx)', fileName: 'input.qdpx', read: readProjectFile, isRefusal: isProjectRefusal, seeds: [file(REFI_QDA, 'atlasti8-mac--TestProject.qdpx'), file(REFI_QDA, 'atlasti23-win--target-atlas-project.qdpx')], storage: intoNewProject() }, { numRuns: 40 })
  describeFileReader({ name: 'project (.qde)', fileName: 'input.qde', read: readProjectFile, isRefusal: isProjectRefusal, tokens: QDE_TOKENS, seeds: [file(REFI_QDA, 'atlasti8-mac--standard-project.qde')], storage: intoNewProject() }, { numRuns: 40 })
  describeFileReader({ name: 'backup (.themata)', fileName: 'input.themata', read: readProjectFile, isRefusal: isProjectRefusal, seeds: [writeBackup(seedBackup)], storage: intoNewProject() })
  describeFileReader({ name: 'backup restored in the app (.themata)', fileName: 'input.themata', read: restoreInApp, isRefusal: isProjectRefusal, seeds: [writeBackup(seedBackup)], storage: restoredProjects() })
  describeFileReader({ name: 'codebook (.csv)', fileName: 'input.csv', read: readCodebookFile, isRefusal: (e) => e instanceof CodebookFileError, tokens: CSV_TOKENS, seeds: [codebookCsv], storage: codebooks() })
})
