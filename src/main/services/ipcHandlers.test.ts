import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import type { ImportOutcome, ImportProgress } from '@shared/ipc/contract'
import { createHandlers, type Handlers, type HostDialogs } from './ipcHandlers'
import { withTempHtml, type PdfPrinter } from './pdfPrinter'

const corpus = resolve(__dirname, '../../../../shared/corpus')
const refiQda = resolve(__dirname, '../../../../shared/external/refi-qda')
let dir: string
let dialogs: HostDialogs & {
  articles: string[] | null
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
    articles: null,
    report: null,
    chooseArticlePaths: async () => dialogs.articles,
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

/** Chooses `paths` in the Open dialog and imports each chosen file in turn, as the renderer does. */
async function chooseAndImport(handlers: Handlers, paths: string[]): Promise<ImportOutcome[]> {
  dialogs.articles = paths
  const chosen = await handlers.chooseArticles(undefined)
  if (chosen.status !== 'chosen') throw new Error(`nothing chosen: ${JSON.stringify(chosen)}`)
  const outcomes: ImportOutcome[] = []
  for (const file of chosen.files) outcomes.push(await handlers.importChosen({ id: file.id }))
  return outcomes
}

describe('chooseArticles and importChosen', () => {
  it('imports the files the dialog chose, one at a time, named but never by path', async () => {
    const handlers = createHandlers(dialogs)
    dialogs.articles = [join(corpus, 'seed-article.txt'), join(corpus, 'seed-article.md')]
    const chosen = await handlers.chooseArticles(undefined)
    expect(chosen).toMatchObject({ status: 'chosen', files: [{ fileName: 'seed-article.txt' }, { fileName: 'seed-article.md' }] })
    expect(JSON.stringify(chosen)).not.toContain(corpus)
    const outcomes = await chooseAndImport(handlers, dialogs.articles)
    expect(outcomes.map((o) => (o.status === 'imported' ? [o.document.fileName, o.document.title.slice(0, 17)] : o.status))).toEqual([
      ['seed-article.txt', 'Strikes on SOCAR '],
      ['seed-article.md', 'Strikes on SOCAR ']
    ])
  })

  it('tells the renderer how far a PDF import has got', async () => {
    const progress: ImportProgress[] = []
    const [outcome] = await chooseAndImport(createHandlers(dialogs, { importProgress: (p) => progress.push(p) }), [join(corpus, 'seed-article.pdf')])
    expect(outcome?.status).toBe('imported')
    expect(progress.map((p) => [p.page, p.pages])).toEqual([
      [1, 2],
      [2, 2]
    ])
    expect(progress.every((p) => p.fileName === 'seed-article.pdf')).toBe(true)
  })

  it('reports a cancelled dialog as cancelled and a bad file as one sentence, the others imported', async () => {
    const handlers = createHandlers(dialogs)
    expect(await handlers.chooseArticles(undefined)).toEqual({ status: 'cancelled' })
    await writeFile(join(dir, 'empty.txt'), '')
    const outcomes = await chooseAndImport(handlers, [join(dir, 'empty.txt'), join(dir, 'moved.txt'), join(corpus, 'seed-article.txt')])
    expect(outcomes[0]).toEqual({ status: 'failed', message: '“empty.txt” is empty — there is nothing to read.' })
    expect(outcomes[1]).toEqual({ status: 'failed', message: '“moved.txt” could not be found; it may have been moved or deleted.' })
    expect(outcomes[2]?.status).toBe('imported')
  })

  it('tells main the path of each file it imported, for the recent files, and only those', async () => {
    const imported: string[] = []
    const handlers = createHandlers(dialogs, { importProgress: () => undefined, imported: (path) => imported.push(path) })
    await chooseAndImport(handlers, [join(dir, 'moved.txt'), join(corpus, 'seed-article.txt')])
    expect(imported).toEqual([join(corpus, 'seed-article.txt')])
  })

  it('imports only files chosen in its own dialog, each once, and refuses malformed ids', async () => {
    const handlers = createHandlers(dialogs)
    dialogs.articles = [join(corpus, 'seed-article.txt')]
    const chosen = await handlers.chooseArticles(undefined)
    const id = chosen.status === 'chosen' ? (chosen.files[0]?.id as string) : ''
    expect((await handlers.importChosen({ id })).status).toBe('imported')
    expect(await handlers.importChosen({ id })).toMatchObject({ status: 'failed', message: expect.stringContaining('choose it again') })
    expect(await handlers.importChosen({ id: crypto.randomUUID() })).toMatchObject({ status: 'failed' })
    expect(await handlers.importChosen({ id: '/etc/passwd' })).toMatchObject({ status: 'failed', message: expect.stringMatching(/^Themata refused a malformed importChosen request \(id\)/) })
    expect(await handlers.importChosen({ path: '/etc/passwd' })).toMatchObject({ status: 'failed' })
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
    expect(await handlers.chooseArticles({ path: '/etc/passwd' })).toEqual({
      status: 'failed',
      message: 'Themata refused a malformed chooseArticles request: Invalid input: expected undefined, received object.'
    })
  })
})

describe('saveReport', () => {
  it('writes the report where the dialog said, atomically', async () => {
    dialogs.report = join(dir, 'report.html')
    const outcome = await createHandlers(dialogs).saveReport({ suggestedName: 'report.html', extension: 'html', content: '<p>hi</p>' })
    expect(outcome).toEqual({ status: 'saved', path: dialogs.report })
    expect(await readFile(dialogs.report, 'utf8')).toBe('<p>hi</p>')
    expect(await readdir(dir)).toEqual(['report.html'])
  })

  it('writes binary exports byte for byte, offering the name with its extension', async () => {
    const asked: [string, string][] = []
    const handlers = createHandlers({ ...dialogs, chooseReportPath: async (name, extension) => (asked.push([name, extension]), join(dir, name)) })
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4, 0, 255])
    expect(await handlers.saveReport({ suggestedName: 'passages', extension: 'xlsx', content: bytes })).toEqual({ status: 'saved', path: join(dir, 'passages.xlsx') })
    expect(asked).toEqual([['passages.xlsx', 'xlsx']])
    expect(new Uint8Array(await readFile(join(dir, 'passages.xlsx')))).toEqual(bytes)
  })

  it('writes nothing when the dialog is cancelled, and explains a failed write', async () => {
    const handlers = createHandlers(dialogs)
    expect(await handlers.saveReport({ suggestedName: 'r.html', extension: 'html', content: 'x' })).toEqual({ status: 'cancelled' })
    expect(await readdir(dir)).toEqual([])
    dialogs.report = join(dir, 'gone', 'r.html')
    expect(await handlers.saveReport({ suggestedName: 'r.html', extension: 'html', content: 'x' })).toEqual({
      status: 'failed',
      message: 'Could not save “r.html”: the folder no longer exists.'
    })
  })

  it('refuses an unknown kind of file or content that is neither text nor bytes', async () => {
    const handlers = createHandlers(dialogs)
    expect(await handlers.saveReport({ suggestedName: 'r.exe', extension: 'exe', content: 'x' })).toMatchObject({ status: 'failed', message: expect.stringMatching(/^Themata refused a malformed saveReport request \(extension\)/) })
    expect(await handlers.saveReport({ suggestedName: 'r.md', extension: 'md', content: { evil: true } })).toMatchObject({ status: 'failed' })
  })
})

describe('printReport', () => {
  const printed: { html: string; title: string; paper: string }[] = []
  const printer: PdfPrinter = {
    print: async (html, options) => {
      printed.push({ html, ...options })
      return new TextEncoder().encode('%PDF-1.7 fake')
    }
  }

  it('prints the HTML on the paper of the locale and saves the PDF where the dialog said', async () => {
    dialogs.report = join(dir, 'report.pdf')
    const handlers = createHandlers(dialogs, undefined, { printer, locale: () => 'en-US' })
    expect(await handlers.printReport({ suggestedName: 'report', title: 'Caucasus watch', html: '<h1>Hi</h1>' })).toEqual({ status: 'saved', path: dialogs.report })
    expect(printed.at(-1)).toEqual({ html: '<h1>Hi</h1>', title: 'Caucasus watch', paper: 'Letter' })
    expect(await readFile(dialogs.report, 'utf8')).toBe('%PDF-1.7 fake')
    await createHandlers(dialogs, undefined, { printer, locale: () => 'az-AZ' }).printReport({ suggestedName: 'r.pdf', title: 't', html: 'x' })
    expect(printed.at(-1)?.paper).toBe('A4')
  })

  it('prints nothing when the dialog is cancelled, and says why a print failed', async () => {
    const count = printed.length
    expect(await createHandlers(dialogs, undefined, { printer, locale: () => 'en' }).printReport({ suggestedName: 'r.pdf', title: 't', html: 'x' })).toEqual({ status: 'cancelled' })
    expect(printed.length).toBe(count)
    dialogs.report = join(dir, 'r.pdf')
    const broken: PdfPrinter = { print: async () => Promise.reject(new Error('the renderer crashed')) }
    expect(await createHandlers(dialogs, undefined, { printer: broken, locale: () => 'en' }).printReport({ suggestedName: 'r.pdf', title: 't', html: 'x' })).toEqual({
      status: 'failed',
      message: 'Could not print the PDF: the renderer crashed'
    })
    expect(await readdir(dir)).toEqual([])
  })
})

describe('withTempHtml', () => {
  it('hands the printer a private file with the HTML and removes it afterwards, even on failure', async () => {
    let seen = ''
    await withTempHtml('<p>é</p>', async (path) => {
      seen = path
      expect(await readFile(path, 'utf8')).toBe('<p>é</p>')
    })
    await expect(readFile(seen)).rejects.toThrow()
    await expect(withTempHtml('x', async (path) => ((seen = path), Promise.reject(new Error('no'))))).rejects.toThrow('no')
    await expect(readFile(seen)).rejects.toThrow()
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
    const handlers = createHandlers(dialogs, undefined, undefined, { autoBackups: backups })
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
    const handlers = createHandlers(dialogs, undefined, undefined, { autoBackups: join(dir, 'none') })
    expect(await handlers.readAutoBackup({ fileName: '../secret.themata' })).toMatchObject({ status: 'failed', message: expect.stringContaining('not a backup file name') })
    expect(await handlers.listAutoBackups(undefined)).toEqual({ status: 'listed', backups: [] })
  })
})

describe('setLanguage', () => {
  it('tells main the language the renderer speaks, and only a language Themata speaks', async () => {
    const heard: string[] = []
    const handlers = createHandlers(dialogs, { importProgress: () => undefined, languageChanged: (locale) => heard.push(locale) })
    expect(await handlers.setLanguage({ locale: 'ru' })).toEqual({ status: 'set' })
    expect(await handlers.setLanguage({ locale: 'az' })).toEqual({ status: 'set' })
    expect(await handlers.setLanguage({ locale: 'tr' })).toMatchObject({ status: 'failed' })
    expect(await handlers.setLanguage(undefined)).toMatchObject({ status: 'failed' })
    expect(heard).toEqual(['ru', 'az'])
  })
})
