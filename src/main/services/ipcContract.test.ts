/**
 * Every outcome a main-process handler can give, success and failure, must parse with its response
 * schema: the preload (and the e2e bridge) refuse any response that does not, so a drift between a
 * handler and the contract would break the desktop app while every other test passed.
 */
import { readdirSync } from 'node:fs'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { invokeContract, type InvokeName } from '@shared/ipc/contract'
import { validatedApi } from '@shared/ipc/validatedApi'
import { createHandlers, type Handlers, type HostDialogs, type HostPrinting } from './ipcHandlers'

const corpus = resolve(__dirname, '../../../../shared/corpus')
const fixtures = resolve(__dirname, '../../shared/import/fixtures')

/** The statuses each handler's response schema allows, read from the schema itself. */
function statusesOf(name: InvokeName): string[] {
  return invokeContract[name].response.options.map((option) => option.shape.status.value)
}

const seen = new Map<InvokeName, Set<string>>()
/** Statuses a handler cannot give by design: a dropped file or a chosen one has no dialog to cancel. */
const NEVER: Partial<Record<InvokeName, string[]>> = { importArticle: ['cancelled'], importChosen: ['cancelled'] }

interface Answers {
  articles?: string[] | null
  report?: string | null
  codebook?: string | null
  printing?: HostPrinting
  annotations?: string | null
  project?: string | null
  /** The automatic backups folder main is given. */
  backups?: string
}

function handlersFor(answers: Answers): Handlers {
  const dialogs: HostDialogs = {
    chooseArticlePaths: async () => answers.articles ?? null,
    chooseReportPath: async () => answers.report ?? null,
    chooseCodebookPath: async () => answers.codebook ?? null,
    chooseCodebookSavePath: async () => answers.report ?? null,
    chooseAnnotationsSavePath: async () => answers.report ?? null,
    chooseAnnotationsOpenPath: async () => answers.annotations ?? null,
    chooseProjectPath: async () => answers.project ?? null,
    chooseProjectSavePath: async () => answers.report ?? null
  }
  return createHandlers(dialogs, { importProgress: () => undefined }, answers.printing, answers.backups === undefined ? undefined : { autoBackups: answers.backups })
}

interface Call {
  /** The handlers to call (files chosen in one dialog are imported by the same main process). */
  handlers?: Handlers
  /** The request for the preload's call, where one may be used once only (a chosen file's id). */
  second?: unknown
  /** What of the two answers must agree (ids handed out anew by each dialog differ). */
  comparable?: (outcome: unknown) => unknown
}

/**
 * Calls the handler as main does and as the preload does (structured clones both ways); both must
 * agree and parse. Returns the preload's answer when it was called, else main's.
 */
async function outcomeOf(name: InvokeName, request: unknown, answers: Answers = {}, call: Call = {}): Promise<unknown> {
  const handlers = call.handlers ?? handlersFor(answers)
  const comparable = call.comparable ?? ((outcome: unknown) => outcome)
  const raw: unknown = await handlers[name](request)
  const parsed = invokeContract[name].response.safeParse(raw)
  expect(parsed.error?.issues ?? [], `${name} → ${JSON.stringify(raw).slice(0, 200)}`).toEqual([])
  seen.set(name, (seen.get(name) ?? new Set()).add((raw as { status: string }).status))
  if (invokeContract[name].request.safeParse(request).success) {
    const api = validatedApi({
      invoke: async (_channel, sent) => structuredClone(await handlers[name](structuredClone(sent))),
      on: () => () => undefined
    })
    const viaPreload = await (api[name] as (request?: unknown) => Promise<unknown>)(call.second ?? request)
    expect(comparable(viaPreload)).toEqual(comparable(parsed.data))
    return viaPreload
  }
  return raw
}

const withoutIds = (outcome: unknown): unknown => JSON.parse(JSON.stringify(outcome, (key, value: unknown) => (key === 'id' ? undefined : value)))

let dir: string

describe('every handler outcome parses with its response schema', () => {
  it('chooseArticles and importChosen: each format imported, a cancelled dialog, each kind of failure, malformed requests', async () => {
    dir = await mkdtemp(join(tmpdir(), 'themata-contract-'))
    const empty = join(dir, 'empty.txt')
    await writeFile(empty, '')
    const importing = ['txt', 'md', 'html', 'docx', 'odt', 'pdf'].map((ext) => join(corpus, `seed-article.${ext}`))
    const failing = [
      empty,
      join(dir, 'missing.txt'),
      dir,
      join(fixtures, 'random.txt'),
      join(fixtures, 'truncated.docx'),
      join(fixtures, 'damaged.odt'),
      join(fixtures, 'encrypted.pdf'),
      join(fixtures, 'scanned.pdf'),
      join(fixtures, 'truncated.pdf'),
      join(fixtures, 'make-fixtures.sh')
    ]
    // Every file chosen twice: one import as main answers it, one through the preload.
    const paths = [...importing, ...failing].flatMap((path) => [path, path])
    const handlers = handlersFor({ articles: paths })
    const chosen = (await outcomeOf('chooseArticles', undefined, {}, { handlers, comparable: withoutIds })) as { status: string; files: { id: string }[] }
    expect(chosen.files).toHaveLength(paths.length)
    for (let i = 0; i < paths.length; i += 2) {
      const outcome = await outcomeOf('importChosen', { id: chosen.files[i]?.id }, {}, { handlers, second: { id: chosen.files[i + 1]?.id } })
      expect(outcome).toMatchObject({ status: i < importing.length * 2 ? 'imported' : 'failed' })
    }
    expect(await outcomeOf('chooseArticles', undefined, { articles: null })).toEqual({ status: 'cancelled' })
    expect(await outcomeOf('chooseArticles', { path: '/etc/passwd' })).toMatchObject({ status: 'failed' })
    expect(await outcomeOf('importChosen', { id: crypto.randomUUID() }, {}, { handlers })).toMatchObject({ status: 'failed' })
    expect(await outcomeOf('importChosen', { id: '/etc/passwd' })).toMatchObject({ status: 'failed' })
  })

  it('importArticle: dropped bytes imported, bad bytes and malformed requests refused', async () => {
    const bytes = new Uint8Array(await readFile(join(corpus, 'seed-article.pdf')))
    expect(await outcomeOf('importArticle', { fileName: 'seed-article.pdf', bytes })).toMatchObject({ status: 'imported' })
    expect(await outcomeOf('importArticle', { fileName: 'empty.txt', bytes: new Uint8Array(0) })).toMatchObject({ status: 'failed' })
    expect(await outcomeOf('importArticle', { fileName: 'notes.xyz', bytes: new Uint8Array([1, 2, 3]) })).toMatchObject({ status: 'failed' })
    expect(await outcomeOf('importArticle', { fileName: 'x.txt', bytes: 'not bytes' })).toMatchObject({ status: 'failed' })
    expect(await outcomeOf('importArticle', null)).toMatchObject({ status: 'failed' })
  })

  it('saveReport: text and bytes saved, cancelled, a failed write, a malformed request', async () => {
    const request = { suggestedName: 'r.html', extension: 'html', content: '<p>hi</p>' }
    expect(await outcomeOf('saveReport', request, { report: join(dir, 'r.html') })).toMatchObject({ status: 'saved' })
    expect(await outcomeOf('saveReport', { suggestedName: 'r.docx', extension: 'docx', content: new Uint8Array([80, 75, 3, 4]) }, { report: join(dir, 'r.docx') })).toMatchObject({ status: 'saved' })
    expect(await outcomeOf('saveReport', request, { report: null })).toEqual({ status: 'cancelled' })
    expect(await outcomeOf('saveReport', request, { report: join(dir, 'gone', 'r.html') })).toMatchObject({ status: 'failed' })
    expect(await outcomeOf('saveReport', { suggestedName: '', html: 1 })).toMatchObject({ status: 'failed' })
  })

  it('printReport: printed and saved, cancelled, a failed print, a malformed request', async () => {
    const request = { suggestedName: 'r.pdf', title: 'Report', html: '<p>hi</p>' }
    const printing: HostPrinting = { printer: { print: async () => new TextEncoder().encode('%PDF-1.7') }, locale: () => 'en-US' }
    expect(await outcomeOf('printReport', request, { report: join(dir, 'r.pdf'), printing })).toMatchObject({ status: 'saved' })
    expect(await outcomeOf('printReport', request, { report: null, printing })).toEqual({ status: 'cancelled' })
    const broken: HostPrinting = { printer: { print: () => Promise.reject(new Error('crashed')) }, locale: () => 'en' }
    expect(await outcomeOf('printReport', request, { report: join(dir, 'r2.pdf'), printing: broken })).toMatchObject({ status: 'failed' })
    expect(await outcomeOf('printReport', { suggestedName: 'r.pdf', html: 3 })).toMatchObject({ status: 'failed' })
  })

  it('openCodebook: a codebook opened, a cancelled dialog, an unreadable file, a malformed request', async () => {
    const taguette = resolve(__dirname, '../../../../shared/external/refi-qda')
    const qdc = readdirSync(taguette).find((f) => f.endsWith('.qdc')) as string
    expect(await outcomeOf('openCodebook', undefined, { codebook: join(taguette, qdc) })).toMatchObject({ status: 'opened', fileName: qdc })
    expect(await outcomeOf('openCodebook', undefined, { codebook: null })).toEqual({ status: 'cancelled' })
    expect(await outcomeOf('openCodebook', undefined, { codebook: join(dir, 'missing.qdc') })).toMatchObject({ status: 'failed' })
    expect(await outcomeOf('openCodebook', { path: '/etc/passwd' })).toMatchObject({ status: 'failed' })
  })

  it('saveCodebook: saved, cancelled, a failed write, a malformed request', async () => {
    const request = { suggestedName: 'codebook.qdc', format: 'qdc', text: '<CodeBook/>' }
    expect(await outcomeOf('saveCodebook', request, { report: join(dir, 'codebook.qdc') })).toMatchObject({ status: 'saved' })
    expect(await outcomeOf('saveCodebook', request, { report: null })).toEqual({ status: 'cancelled' })
    expect(await outcomeOf('saveCodebook', request, { report: join(dir, 'gone', 'codebook.qdc') })).toMatchObject({ status: 'failed' })
    expect(await outcomeOf('saveCodebook', { ...request, format: 'exe' })).toMatchObject({ status: 'failed' })
  })

  it('openAnnotations and saveAnnotations: opened, saved, cancelled, failed, malformed', async () => {
    const file = join(dir, 'passages.jsonld')
    const request = { suggestedName: 'passages.jsonld', json: '{"type":"AnnotationCollection","items":[]}' }
    expect(await outcomeOf('saveAnnotations', request, { report: file })).toMatchObject({ status: 'saved' })
    expect(await outcomeOf('saveAnnotations', request, { report: null })).toEqual({ status: 'cancelled' })
    expect(await outcomeOf('saveAnnotations', request, { report: join(dir, 'gone', 'a.jsonld') })).toMatchObject({ status: 'failed' })
    expect(await outcomeOf('saveAnnotations', { suggestedName: '', json: 1 })).toMatchObject({ status: 'failed' })
    expect(await outcomeOf('openAnnotations', undefined, { annotations: file })).toMatchObject({ status: 'opened', fileName: 'passages.jsonld' })
    expect(await outcomeOf('openAnnotations', undefined, { annotations: null })).toEqual({ status: 'cancelled' })
    expect(await outcomeOf('openAnnotations', undefined, { annotations: join(dir, 'missing.json') })).toMatchObject({ status: 'failed' })
    expect(await outcomeOf('openAnnotations', { path: '/etc/passwd' })).toMatchObject({ status: 'failed' })
  })

  it('openProjectFile: a project opened, a cancelled dialog, an unreadable file, a malformed request', async () => {
    const refiQda = resolve(__dirname, '../../../../shared/external/refi-qda')
    const request = { purpose: 'import' }
    expect(await outcomeOf('openProjectFile', request, { project: join(refiQda, 'qc1.3.2--demo.qdpx') })).toMatchObject({ status: 'opened', fileName: 'qc1.3.2--demo.qdpx' })
    expect(await outcomeOf('openProjectFile', { purpose: 'restore' }, { project: null })).toEqual({ status: 'cancelled' })
    expect(await outcomeOf('openProjectFile', request, { project: join(dir, 'missing.qdpx') })).toMatchObject({ status: 'failed' })
    expect(await outcomeOf('openProjectFile', { path: '/etc/passwd' })).toMatchObject({ status: 'failed' })
  })

  it('saveProjectFile: saved, cancelled, a failed write, a malformed request', async () => {
    const request = { suggestedName: 'p.themata', format: 'themata', bytes: new Uint8Array([1, 2, 3]) }
    expect(await outcomeOf('saveProjectFile', request, { report: join(dir, 'p.themata') })).toMatchObject({ status: 'saved' })
    expect(await outcomeOf('saveProjectFile', request, { report: null })).toEqual({ status: 'cancelled' })
    expect(await outcomeOf('saveProjectFile', request, { report: join(dir, 'gone', 'p.themata') })).toMatchObject({ status: 'failed' })
    expect(await outcomeOf('saveProjectFile', { ...request, bytes: 'text' })).toMatchObject({ status: 'failed' })
  })

  it('automatic backups: saved, listed, read; a folder that cannot be made, a backup gone, malformed requests', async () => {
    const backups = join(dir, 'backups')
    const blocked = join(dir, 'r.html')
    const fileName = 'auto-2026-11-29T12-00-00-my-project.themata'
    expect(await outcomeOf('saveAutoBackup', { fileName, bytes: new Uint8Array([1]) }, { backups })).toMatchObject({ status: 'saved' })
    expect(await outcomeOf('saveAutoBackup', { fileName, bytes: new Uint8Array([1]) }, { backups: join(blocked, 'backups') })).toMatchObject({ status: 'failed' })
    expect(await outcomeOf('saveAutoBackup', { fileName: '../x.themata', bytes: new Uint8Array([1]) }, { backups })).toMatchObject({ status: 'failed' })
    expect(await outcomeOf('listAutoBackups', undefined, { backups })).toMatchObject({ status: 'listed', backups: [{ fileName, byteLength: 1 }] })
    expect(await outcomeOf('listAutoBackups', undefined, { backups: blocked })).toMatchObject({ status: 'failed' })
    expect(await outcomeOf('readAutoBackup', { fileName }, { backups })).toMatchObject({ status: 'opened', fileName })
    expect(await outcomeOf('readAutoBackup', { fileName: 'auto-gone.themata' }, { backups })).toMatchObject({ status: 'failed' })
    expect(await outcomeOf('readAutoBackup', { fileName: '/etc/passwd' }, { backups })).toMatchObject({ status: 'failed' })
  })

  it('setLanguage: a language main speaks taken, one it does not and a malformed request refused', async () => {
    expect(await outcomeOf('setLanguage', { locale: 'az' })).toEqual({ status: 'set' })
    expect(await outcomeOf('setLanguage', { locale: 'de' })).toMatchObject({ status: 'failed' })
    expect(await outcomeOf('setLanguage', 'ru')).toMatchObject({ status: 'failed' })
  })

  it('covered every status of every response schema', () => {
    for (const name of Object.keys(invokeContract) as InvokeName[]) {
      const possible = statusesOf(name).filter((status) => !NEVER[name]?.includes(status))
      expect([...(seen.get(name) ?? [])].sort(), name).toEqual(possible.sort())
    }
  })
})
