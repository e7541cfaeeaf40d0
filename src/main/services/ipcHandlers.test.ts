import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import type { ImportProgress } from '@shared/ipc/contract'
import { createHandlers, type HostDialogs } from './ipcHandlers'

const corpus = resolve(__dirname, '../../../../shared/corpus')
const refiQda = resolve(__dirname, '../../../../shared/external/refi-qda')
let dir: string
let dialogs: HostDialogs & {
  article: string | null
  report: string | null
  codebook: string | null
  codebookSave: string | null
  project: string | null
  projectSave: string | null
  saveFormats: string[]
  annotations: string | null
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'themata-ipc-'))
  dialogs = {
    article: null,
    report: null,
    chooseArticlePath: async () => dialogs.article,
    chooseReportPath: async () => dialogs.report,
    codebook: null,
    codebookSave: null,
    saveFormats: [],
    chooseCodebookPath: async () => dialogs.codebook,
    chooseCodebookSavePath: async (_name, format) => {
      dialogs.saveFormats.push(format)
      return dialogs.codebookSave
    },
    annotations: null,
    chooseAnnotationsSavePath: async () => dialogs.annotations,
    chooseAnnotationsOpenPath: async () => dialogs.annotations,
    project: null,
    projectSave: null,
    chooseProjectPath: async (purpose) => {
      dialogs.saveFormats.push(purpose)
      return dialogs.project
    },
    chooseProjectSavePath: async (_name, format) => {
      dialogs.saveFormats.push(format)
      return dialogs.projectSave
    }
  }
})

describe('openArticle', () => {
  it('imports the file the dialog chose', async () => {
    dialogs.article = join(corpus, 'seed-article.txt')
    const outcome = await createHandlers(dialogs).openArticle(undefined)
    expect(outcome.status).toBe('imported')
    if (outcome.status === 'imported') {
      expect(outcome.document.title).toMatch(/^Strikes on SOCAR/)
      expect(outcome.document.fileName).toBe('seed-article.txt')
    }
  })

  it('tells the renderer how far a PDF import has got', async () => {
    dialogs.article = join(corpus, 'seed-article.pdf')
    const progress: ImportProgress[] = []
    const outcome = await createHandlers(dialogs, { importProgress: (p) => progress.push(p) }).openArticle(undefined)
    expect(outcome.status).toBe('imported')
    expect(progress.map((p) => p.label)).toEqual(['Reading page 1 of 2', 'Reading page 2 of 2'])
    expect(progress.every((p) => p.fileName === 'seed-article.pdf')).toBe(true)
  })

  it('reports a cancelled dialog as cancelled and a bad file as one sentence', async () => {
    expect(await createHandlers(dialogs).openArticle(undefined)).toEqual({ status: 'cancelled' })
    dialogs.article = join(dir, 'empty.txt')
    await writeFile(dialogs.article, '')
    const outcome = await createHandlers(dialogs).openArticle(undefined)
    expect(outcome).toMatchObject({ status: 'failed', message: expect.stringContaining('“empty.txt”') })
    expect(outcome).toEqual({ status: 'failed', message: '“empty.txt” is empty — there is nothing to read.' })
    dialogs.article = join(dir, 'moved.txt')
    expect(await createHandlers(dialogs).openArticle(undefined)).toEqual({
      status: 'failed',
      message: '“moved.txt” could not be found; it may have been moved or deleted.'
    })
  })
})

describe('importArticle', () => {
  it('imports dropped bytes', async () => {
    const bytes = new Uint8Array(await readFile(join(corpus, 'seed-article.md')))
    const outcome = await createHandlers(dialogs).importArticle({ fileName: 'seed-article.md', bytes })
    expect(outcome).toMatchObject({ status: 'imported', document: { format: 'md' } })
  })

  it('refuses a malformed request with a sentence, never throwing', async () => {
    const handlers = createHandlers(dialogs)
    expect(await handlers.importArticle({ fileName: 'x.txt', bytes: 'not bytes' })).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/^Themata refused a malformed importArticle request \(bytes\)/)
    })
    expect(await handlers.importArticle({ fileName: 'x.txt', bytes: 'not bytes' })).toEqual({
      status: 'failed',
      message: 'Themata refused a malformed importArticle request (bytes): Invalid input.'
    })
    expect(await handlers.importArticle(null)).toMatchObject({ status: 'failed' })
    expect(await handlers.importArticle(null)).toEqual({
      status: 'failed',
      message: 'Themata refused a malformed importArticle request: Invalid input: expected object, received null.'
    })
    expect(await handlers.openArticle({ path: '/etc/passwd' })).toMatchObject({ status: 'failed' })
    expect(await handlers.openArticle({ path: '/etc/passwd' })).toEqual({
      status: 'failed',
      message: 'Themata refused a malformed openArticle request: Invalid input: expected undefined, received object.'
    })
  })
})

describe('saveReport', () => {
  it('writes the report where the dialog said, atomically', async () => {
    dialogs.report = join(dir, 'report.html')
    const outcome = await createHandlers(dialogs).saveReport({ suggestedName: 'report.html', html: '<p>hi</p>' })
    expect(outcome).toEqual({ status: 'saved', path: dialogs.report })
    expect(await readFile(dialogs.report, 'utf8')).toBe('<p>hi</p>')
    expect(await readdir(dir)).toEqual(['report.html'])
  })

  it('writes nothing when the dialog is cancelled, and explains a failed write', async () => {
    const handlers = createHandlers(dialogs)
    expect(await handlers.saveReport({ suggestedName: 'r.html', html: 'x' })).toEqual({ status: 'cancelled' })
    expect(await readdir(dir)).toEqual([])
    dialogs.report = join(dir, 'gone', 'r.html')
    expect(await handlers.saveReport({ suggestedName: 'r.html', html: 'x' })).toEqual({
      status: 'failed',
      message: 'Could not save “r.html”: the folder no longer exists.'
    })
  })
})

describe('openCodebook', () => {
  it('hands the renderer the bytes of the file the dialog chose', async () => {
    dialogs.codebook = join(refiQda, 'taguette1.4.1--codebook.qdc')
    const outcome = await createHandlers(dialogs).openCodebook(undefined)
    expect(outcome).toMatchObject({ status: 'opened', fileName: 'taguette1.4.1--codebook.qdc' })
    if (outcome.status === 'opened') expect(Buffer.from(outcome.bytes)).toEqual(await readFile(dialogs.codebook))
  })

  it('reports a cancelled dialog as cancelled, and a missing file or a folder as one sentence', async () => {
    const handlers = createHandlers(dialogs)
    expect(await handlers.openCodebook(undefined)).toEqual({ status: 'cancelled' })
    dialogs.codebook = join(dir, 'gone.qdc')
    expect(await handlers.openCodebook(undefined)).toEqual({ status: 'failed', message: '“gone.qdc” could not be found; it may have been moved or deleted.' })
    dialogs.codebook = dir
    expect(await handlers.openCodebook(undefined)).toMatchObject({ status: 'failed', message: expect.stringMatching(/is not a file\.$/) })
  })
})

describe('saveCodebook', () => {
  it('writes the codebook where the dialog said, with the format the dialog offered', async () => {
    dialogs.codebookSave = join(dir, 'codebook.csv')
    const handlers = createHandlers(dialogs)
    const outcome = await handlers.saveCodebook({ suggestedName: 'codebook.csv', format: 'csv', text: '\uFEFFname\r\nCIS\r\n' })
    expect(outcome).toEqual({ status: 'saved', path: dialogs.codebookSave })
    expect(await readFile(dialogs.codebookSave)).toEqual(Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from('name\r\nCIS\r\n')]))
    expect(dialogs.saveFormats).toEqual(['csv'])
    expect(await handlers.saveCodebook({ suggestedName: 'c.xlsx', format: 'xlsx', text: '' })).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/^Themata refused a malformed saveCodebook request \(format\)/)
    })
  })
})

describe('annotation files', () => {
  it('saves exported annotations where the dialog said, and reads a chosen file back as text', async () => {
    const handlers = createHandlers(dialogs)
    dialogs.annotations = join(dir, 'passages.jsonld')
    expect(await handlers.saveAnnotations({ suggestedName: 'passages.jsonld', json: '{"type":"AnnotationCollection"}' })).toEqual({ status: 'saved', path: dialogs.annotations })
    expect(await handlers.openAnnotations(undefined)).toEqual({ status: 'opened', fileName: 'passages.jsonld', text: '{"type":"AnnotationCollection"}' })
    expect(await readdir(dir)).toEqual(['passages.jsonld'])
  })

  it('reports a cancelled dialog, a missing file and a malformed request, never throwing', async () => {
    const handlers = createHandlers(dialogs)
    expect(await handlers.openAnnotations(undefined)).toEqual({ status: 'cancelled' })
    expect(await handlers.saveAnnotations({ suggestedName: 'a.jsonld', json: '{}' })).toEqual({ status: 'cancelled' })
    dialogs.annotations = join(dir, 'gone.json')
    expect(await handlers.openAnnotations(undefined)).toEqual({ status: 'failed', message: '“gone.json” could not be found; it may have been moved or deleted.' })
    expect(await handlers.saveAnnotations({ suggestedName: '', json: 1 })).toMatchObject({ status: 'failed', message: expect.stringMatching(/^Themata refused a malformed saveAnnotations request/) })
  })
})

describe('project files', () => {
  it('openProjectFile hands the chosen file’s bytes to the renderer, which reads them', async () => {
    dialogs.project = join(refiQda, 'nvivo12.6-win--oltas0517.qdpx')
    const outcome = await createHandlers(dialogs).openProjectFile({ purpose: 'import' })
    expect(outcome).toMatchObject({ status: 'opened', fileName: 'nvivo12.6-win--oltas0517.qdpx' })
    if (outcome.status === 'opened') expect(outcome.bytes.byteLength).toBe((await readFile(dialogs.project)).byteLength)
  })

  it('saveProjectFile writes the bytes where the dialog said, as the format asked', async () => {
    dialogs.projectSave = join(dir, 'p.qdpx')
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4, 0, 255])
    expect(await createHandlers(dialogs).saveProjectFile({ suggestedName: 'p.qdpx', format: 'qdpx', bytes })).toEqual({ status: 'saved', path: dialogs.projectSave })
    expect(new Uint8Array(await readFile(dialogs.projectSave))).toEqual(bytes)
    expect(dialogs.saveFormats).toEqual(['qdpx'])
  })
})

describe('automatic backups', () => {
  it('keeps the newest three in the backups folder, lists them newest first and reads one back', async () => {
    const backups = join(dir, 'backups')
    const handlers = createHandlers(dialogs, undefined, { autoBackups: backups })
    const names = ['auto-2026-11-01T10-00-00-a.themata', 'auto-2026-11-02T10-00-00-b.themata', 'auto-2026-11-03T10-00-00-c.themata', 'auto-2026-11-04T10-00-00-проект.themata']
    for (const [i, fileName] of names.entries()) expect(await handlers.saveAutoBackup({ fileName, bytes: new Uint8Array([i]) })).toMatchObject({ status: 'saved' })
    expect((await readdir(backups)).sort()).toEqual(names.slice(1).sort())
    const listed = await handlers.listAutoBackups(undefined)
    expect(listed.status === 'listed' && listed.backups.map((b) => [b.fileName, b.byteLength])).toEqual([
      [names[3], 1],
      [names[2], 1],
      [names[1], 1]
    ])
    expect(await handlers.readAutoBackup({ fileName: names[2] })).toEqual({ status: 'opened', fileName: names[2], bytes: new Uint8Array([2]) })
    expect(await handlers.readAutoBackup({ fileName: names[0] })).toEqual({ status: 'failed', message: `There is no automatic backup “${names[0]}” any more.` })
  })

  it('refuses a name that is a path, and says so when there is no folder yet', async () => {
    const handlers = createHandlers(dialogs, undefined, { autoBackups: join(dir, 'none') })
    expect(await handlers.readAutoBackup({ fileName: '../secret.themata' })).toMatchObject({ status: 'failed', message: expect.stringContaining('not a backup file name') })
    expect(await handlers.listAutoBackups(undefined)).toEqual({ status: 'listed', backups: [] })
  })
})
