/**
 * Browser mode: no main process, so the file input opens, the renderer imports (in a Web Worker
 * for every format that needs no DOM), a download saves.
 */
import { DOM_FORMATS, formatOf, SUPPORTED_EXTENSIONS } from '@shared/import/formats'
import { failedOutcome } from '@shared/import/outcome'
import type { ImportOutcome, ImportProgress } from '@shared/ipc/contract'
import { importItems, type Host } from './host'
import type { ImportReply, ImportRequest } from './importWorker'
import { oversizeOutcome } from './oversize'

function chooseFiles(): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.multiple = true
    input.accept = SUPPORTED_EXTENSIONS.join(',')
    input.hidden = true
    input.dataset['role'] = 'open-article'
    const done = (files: File[]): void => {
      input.remove()
      resolve(files)
    }
    input.addEventListener('change', () => done([...(input.files ?? [])]), { once: true })
    input.addEventListener('cancel', () => done([]), { once: true })
    document.body.append(input)
    input.click()
  })
}

const progressListeners = new Set<(progress: ImportProgress) => void>()

/** How long the import worker waits for another file before it ends (and frees what its parsers hold). */
const WORKER_IDLE_MS = 5000

/**
 * The import worker, started for the first file and kept while files keep coming: starting one
 * loads every parser, which costs more than parsing a typical article, so a batch shares one.
 */
let worker: Worker | null = null
let idleTimer: ReturnType<typeof setTimeout> | undefined
let nextRequest = 0
const pending = new Map<number, { fileName: string; settle: (outcome: ImportOutcome) => void }>()

function importWorker(): Worker {
  clearTimeout(idleTimer)
  if (worker) return worker
  const started = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' })
  started.onmessage = (event: MessageEvent<ImportReply>) => {
    const reply = event.data
    if ('progress' in reply) progressListeners.forEach((listener) => listener(reply.progress))
    else pending.get(reply.id)?.settle(reply.outcome)
  }
  started.onerror = (event) => {
    event.preventDefault()
    // A worker that crashed is not trusted with the next file: every file it held fails, the next starts a new one.
    started.terminate()
    if (worker === started) worker = null
    for (const { fileName, settle } of [...pending.values()]) settle(failedOutcome(fileName, new Error(event.message || 'the import stopped unexpectedly')))
  }
  worker = started
  return started
}

function importInWorker(fileName: string, bytes: Uint8Array<ArrayBuffer>): Promise<ImportOutcome> {
  return new Promise((resolve) => {
    const id = ++nextRequest
    const target = importWorker()
    pending.set(id, {
      fileName,
      settle: (outcome) => {
        pending.delete(id)
        if (pending.size === 0) {
          idleTimer = setTimeout(() => {
            if (pending.size === 0 && worker === target) {
              target.terminate()
              worker = null
            }
          }, WORKER_IDLE_MS)
        }
        resolve(outcome)
      }
    })
    // The bytes move to the worker rather than being copied.
    target.postMessage({ id, fileName, bytes } satisfies ImportRequest, [bytes.buffer])
  })
}

/** HTML needs the page's own DOM (DOMParser, DOMPurify, Readability), so it is imported here. */
async function importInPage(fileName: string, bytes: Uint8Array): Promise<ImportOutcome> {
  // Parsers load on first use, so opening the app does not pay for them.
  const { importDocument } = await import('@shared/import')
  try {
    return { status: 'imported', document: await importDocument(bytes, fileName, { window }) }
  } catch (error) {
    return failedOutcome(fileName, error)
  }
}

async function importInBrowser(file: File): Promise<ImportOutcome> {
  const oversize = oversizeOutcome(file)
  if (oversize) return oversize
  let bytes: Uint8Array<ArrayBuffer>
  try {
    bytes = new Uint8Array(await file.arrayBuffer())
  } catch (error) {
    return failedOutcome(file.name, error)
  }
  const format = formatOf(file.name)
  return format !== undefined && DOM_FORMATS.has(format) ? importInPage(file.name, bytes) : importInWorker(file.name, bytes)
}

export function browserHost(): Host {
  return {
    kind: 'browser',
    chooseArticles: async () => importItems({ importFile: importInBrowser }, await chooseFiles()),
    importFile: importInBrowser,
    async saveReport(suggestedName, html) {
      const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }))
      const link = document.createElement('a')
      link.href = url
      link.download = suggestedName
      document.body.append(link)
      link.click()
      link.remove()
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
      return { status: 'saved', path: suggestedName }
    },
    onMenuCommand: () => () => undefined,
    onImportProgress(listener) {
      progressListeners.add(listener)
      return () => progressListeners.delete(listener)
    }
  }
}
