/**
 * Browser mode: no main process, so the file input opens, the renderer imports (in a Web Worker
 * for every format that needs no DOM), a download saves.
 */
import { DOM_FORMATS, formatOf, SUPPORTED_EXTENSIONS } from '@shared/import/formats'
import { failedOutcome } from '@shared/import/outcome'
import type { ImportOutcome, ImportProgress } from '@shared/ipc/contract'
import type { Host } from './host'
import type { ImportReply, ImportRequest } from './importWorker'
import { oversizeOutcome } from './oversize'
import { download, printInPage } from './browserSave'

function chooseFile(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = SUPPORTED_EXTENSIONS.join(',')
    input.hidden = true
    input.dataset['role'] = 'open-article'
    const done = (file: File | null): void => {
      input.remove()
      resolve(file)
    }
    input.addEventListener('change', () => done(input.files?.[0] ?? null), { once: true })
    input.addEventListener('cancel', () => done(null), { once: true })
    document.body.append(input)
    input.click()
  })
}

const progressListeners = new Set<(progress: ImportProgress) => void>()

function importInWorker(fileName: string, bytes: Uint8Array<ArrayBuffer>): Promise<ImportOutcome> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' })
    const settle = (outcome: ImportOutcome): void => {
      worker.terminate()
      resolve(outcome)
    }
    worker.onmessage = (event: MessageEvent<ImportReply>) => {
      const reply = event.data
      if ('progress' in reply) progressListeners.forEach((listener) => listener(reply.progress))
      else settle(reply.outcome)
    }
    worker.onerror = (event) => {
      event.preventDefault()
      settle(failedOutcome(fileName, new Error(event.message || 'the import stopped unexpectedly')))
    }
    // The bytes move to the worker rather than being copied.
    worker.postMessage({ fileName, bytes } satisfies ImportRequest, [bytes.buffer])
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
    async openArticle() {
      const file = await chooseFile()
      return file ? importInBrowser(file) : { status: 'cancelled' }
    },
    importFile: importInBrowser,
    saveReport: async (suggestedName, extension, content) => download(suggestedName, extension, content),
    printReport: async (suggestedName, _title, html) => printInPage(suggestedName, html),
    onMenuCommand: () => () => undefined,
    onImportProgress(listener) {
      progressListeners.add(listener)
      return () => progressListeners.delete(listener)
    }
  }
}
