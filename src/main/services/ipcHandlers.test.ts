import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import type { ImportProgress } from '@shared/ipc/contract'
import { createHandlers, type HostDialogs } from './ipcHandlers'

const corpus = resolve(__dirname, '../../../../shared/corpus')
let dir: string
let dialogs: HostDialogs & { article: string | null; report: string | null; annotations: string | null }

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'themata-ipc-'))
  dialogs = {
    article: null,
    report: null,
    chooseArticlePath: async () => dialogs.article,
    chooseReportPath: async () => dialogs.report,
    annotations: null,
    chooseAnnotationsSavePath: async () => dialogs.annotations,
    chooseAnnotationsOpenPath: async () => dialogs.annotations
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
    expect(await handlers.importArticle(null)).toMatchObject({ status: 'failed' })
    expect(await handlers.openArticle({ path: '/etc/passwd' })).toMatchObject({ status: 'failed' })
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
