import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import type { ImportOutcome, ImportProgress } from '@shared/ipc/contract'
import { createHandlers, type Handlers, type HostDialogs } from './ipcHandlers'

const corpus = resolve(__dirname, '../../../../shared/corpus')
let dir: string
let dialogs: HostDialogs & { articles: string[] | null; report: string | null }

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'themata-ipc-'))
  dialogs = {
    articles: null,
    report: null,
    chooseArticlePaths: async () => dialogs.articles,
    chooseReportPath: async () => dialogs.report
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
    expect(progress.map((p) => p.label)).toEqual(['Reading page 1 of 2', 'Reading page 2 of 2'])
    expect(progress.every((p) => p.fileName === 'seed-article.pdf')).toBe(true)
  })

  it('reports a cancelled dialog as cancelled and a bad file as one sentence, the others imported', async () => {
    const handlers = createHandlers(dialogs)
    expect(await handlers.chooseArticles(undefined)).toEqual({ status: 'cancelled' })
    await writeFile(join(dir, 'empty.txt'), '')
    const outcomes = await chooseAndImport(handlers, [join(dir, 'empty.txt'), join(corpus, 'seed-article.txt')])
    expect(outcomes[0]).toMatchObject({ status: 'failed', message: expect.stringContaining('“empty.txt”') })
    expect(outcomes[1]?.status).toBe('imported')
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
    expect(await handlers.importArticle(null)).toMatchObject({ status: 'failed' })
    expect(await handlers.chooseArticles({ path: '/etc/passwd' })).toMatchObject({ status: 'failed' })
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
