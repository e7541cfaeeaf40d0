/**
 * Browser mode: no main process, so the file input opens, the renderer imports (in a Web Worker
 * for every format that needs no DOM), a download saves.
 */
import { CODEBOOK_EXTENSIONS, CODEBOOK_FORMATS } from '@shared/codebookExchange/formats'
import { DOM_FORMATS, formatOf, SUPPORTED_EXTENSIONS } from '@shared/import/formats'
import { tooLargeError } from '@shared/import/errors'
import { PROJECT_FILE_FORMATS, PROJECT_OPEN_FILES } from '@shared/project/fileFormats'
import { failedOutcome, failureMessage } from '@shared/import/outcome'
import { MAX_PROJECT_FILE_BYTES, type CodebookFileOutcome, type ImportOutcome, type ImportProgress, type ProjectFileOutcome, type SaveOutcome } from '@shared/ipc/contract'
import { ANNOTATION_EXTENSIONS } from '@shared/w3c/formats'
import { browserAutoBackups } from './browserAutoBackups'
import type { Host } from './host'
import type { ImportReply, ImportRequest } from './importWorker'
import { oversizeOutcome } from './oversize'

function chooseFile(extensions: readonly string[], role: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = extensions.join(',')
    input.hidden = true
    input.dataset['role'] = role
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

async function readCodebook(file: File): Promise<CodebookFileOutcome> {
  const oversize = oversizeOutcome(file)
  if (oversize?.status === 'failed') return oversize
  try {
    return { status: 'opened', fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }
  } catch {
    return { status: 'failed', message: `Themata could not read “${file.name}”.` }
  }
}

async function readProject(file: File): Promise<ProjectFileOutcome> {
  if (file.size > MAX_PROJECT_FILE_BYTES) return { status: 'failed', message: tooLargeError(file.name, file.size, MAX_PROJECT_FILE_BYTES).message }
  try {
    return { status: 'opened', fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }
  } catch {
    return { status: 'failed', message: `Themata could not read “${file.name}”.` }
  }
}

/** Saves by download: the browser puts the file in its downloads folder. */
function download(suggestedName: string, content: BlobPart, type: string): SaveOutcome {
  const url = URL.createObjectURL(new Blob([content], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = suggestedName
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
  return { status: 'saved', path: suggestedName }
}

export function browserHost(): Host {
  return {
    kind: 'browser',
    async openArticle() {
      const file = await chooseFile(SUPPORTED_EXTENSIONS, 'open-article')
      return file ? importInBrowser(file) : { status: 'cancelled' }
    },
    importFile: importInBrowser,
    saveReport: async (suggestedName, html) => download(suggestedName, html, 'text/html;charset=utf-8'),
    async openCodebook() {
      const file = await chooseFile(CODEBOOK_EXTENSIONS, 'open-codebook')
      return file ? readCodebook(file) : { status: 'cancelled' }
    },
    saveAnnotations: async (suggestedName, json) => download(suggestedName, json, 'application/ld+json;charset=utf-8'),
    async openAnnotations() {
      const file = await chooseFile(ANNOTATION_EXTENSIONS, 'open-annotations')
      if (!file) return { status: 'cancelled' }
      const oversize = oversizeOutcome(file)
      if (oversize?.status === 'failed') return oversize
      try {
        return { status: 'opened', fileName: file.name, text: (await file.text()).replace(/^\ufeff/, '') }
      } catch (error) {
        return { status: 'failed', message: failureMessage(file.name, error) }
      }
    },
    saveCodebook: async (suggestedName, format, text) => download(suggestedName, text, `${CODEBOOK_FORMATS[format].mimeType};charset=utf-8`),
    async openProjectFile(purpose) {
      const file = await chooseFile(PROJECT_OPEN_FILES[purpose].extensions, `${purpose}-project`)
      return file ? readProject(file) : { status: 'cancelled' }
    },
    saveProjectFile: async (suggestedName, format, bytes) => download(suggestedName, bytes, PROJECT_FILE_FORMATS[format].mimeType),
    ...browserAutoBackups(),
    onMenuCommand: () => () => undefined,
    onImportProgress(listener) {
      progressListeners.add(listener)
      return () => progressListeners.delete(listener)
    }
  }
}
