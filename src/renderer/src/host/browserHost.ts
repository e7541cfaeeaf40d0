/**
 * Browser mode: no main process, so the file input opens, the renderer imports (in a Web Worker
 * for every format that needs no DOM), a download saves.
 */
import { CODEBOOK_EXTENSIONS, CODEBOOK_FORMATS } from '@shared/codebookExchange/formats'
import { DOM_FORMATS, formatOf, SUPPORTED_EXTENSIONS } from '@shared/import/formats'
import { tooLargeError } from '@shared/import/errors'
import { describeError } from '@shared/i18n/words'
import { PROJECT_FILE_FORMATS, PROJECT_OPEN_FILES } from '@shared/project/fileFormats'
import { failedOutcome, failureMessage } from '@shared/import/outcome'
import { MAX_PROJECT_FILE_BYTES, type CodebookFileOutcome, type ImportOutcome, type ImportProgress, type ProjectFileOutcome, type SaveOutcome } from '@shared/ipc/contract'
import { ANNOTATION_EXTENSIONS } from '@shared/w3c/formats'
import { t } from '../i18n/i18n.svelte'
import { browserAutoBackups } from './browserAutoBackups'
import { importItems, type Host, type ImportItem } from './host'
import { oversizeOutcome } from './oversize'
import { WorkerImporter } from './workerImporter'
import { download, downloadBlob, printInPage } from './browserSave'

/** The file input, hidden and clicked: the files chosen, or none when the user cancels. */
function chooseFiles(extensions: readonly string[], role: string, multiple: boolean): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.multiple = multiple
    input.accept = extensions.join(',')
    input.hidden = true
    input.dataset['role'] = role
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

/** HTML needs the page's own DOM (DOMParser, DOMPurify, Readability), so it is imported here. */
async function importInPage(fileName: string, bytes: Uint8Array): Promise<ImportOutcome> {
  // Parsers load on first use, so opening the app does not pay for them.
  const { importDocument } = await import('@shared/import')
  try {
    return { status: 'imported', document: await importDocument(bytes, fileName, { window }) }
  } catch (error) {
    return failedOutcome(fileName, error, t)
  }
}

async function importInBrowser(file: File, worker: WorkerImporter): Promise<ImportOutcome> {
  const oversize = oversizeOutcome(file)
  let bytes: Uint8Array<ArrayBuffer> | null = null
  let unreadable: unknown = null
  if (!oversize) {
    try {
      bytes = new Uint8Array(await file.arrayBuffer())
    } catch (error) {
      unreadable = error
    }
  }
  const format = formatOf(file.name)
  if (bytes && !(format !== undefined && DOM_FORMATS.has(format))) return worker.import(file.name, bytes)
  worker.skipped()
  if (oversize) return oversize
  return bytes ? importInPage(file.name, bytes) : failedOutcome(file.name, unreadable, t)
}

/** Files imported as one batch, sharing one worker. */
function importBatch(files: readonly (File | { unreadable: string })[]): ImportItem[] {
  const worker = new WorkerImporter(files.length, (progress) => progressListeners.forEach((listener) => listener(progress)))
  return importItems({ importFile: (file) => importInBrowser(file, worker) }, files, () => worker.skipped())
}

async function readCodebook(file: File): Promise<CodebookFileOutcome> {
  const oversize = oversizeOutcome(file)
  if (oversize?.status === 'failed') return oversize
  try {
    return { status: 'opened', fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }
  } catch {
    return { status: 'failed', message: t('importError.unreadable', { name: file.name }) }
  }
}

async function readProject(file: File): Promise<ProjectFileOutcome> {
  if (file.size > MAX_PROJECT_FILE_BYTES) return { status: 'failed', message: describeError(tooLargeError(file.name, file.size, MAX_PROJECT_FILE_BYTES), t) }
  try {
    return { status: 'opened', fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }
  } catch {
    return { status: 'failed', message: t('importError.unreadable', { name: file.name }) }
  }
}

function downloadAs(suggestedName: string, content: BlobPart, type: string): SaveOutcome {
  return downloadBlob(suggestedName, new Blob([content], { type }))
}

export function browserHost(): Host {
  return {
    kind: 'browser',
    chooseArticles: async () => importBatch(await chooseFiles(SUPPORTED_EXTENSIONS, 'open-article', true)),
    importFiles: importBatch,
    saveReport: async (suggestedName, extension, content) => download(suggestedName, extension, content),
    printReport: async (suggestedName, _title, html) => printInPage(suggestedName, html),
    async openCodebook() {
      const [file] = await chooseFiles(CODEBOOK_EXTENSIONS, 'open-codebook', false)
      return file ? readCodebook(file) : { status: 'cancelled' }
    },
    saveAnnotations: async (suggestedName, json) => downloadAs(suggestedName, json, 'application/ld+json;charset=utf-8'),
    async openAnnotations() {
      const [file] = await chooseFiles(ANNOTATION_EXTENSIONS, 'open-annotations', false)
      if (!file) return { status: 'cancelled' }
      const oversize = oversizeOutcome(file)
      if (oversize?.status === 'failed') return oversize
      try {
        return { status: 'opened', fileName: file.name, text: (await file.text()).replace(/^\ufeff/, '') }
      } catch (error) {
        return { status: 'failed', message: failureMessage(file.name, error, t) }
      }
    },
    saveCodebook: async (suggestedName, format, text) => downloadAs(suggestedName, text, `${CODEBOOK_FORMATS[format].mimeType};charset=utf-8`),
    async openProjectFile(purpose) {
      const [file] = await chooseFiles(PROJECT_OPEN_FILES[purpose].extensions, `${purpose}-project`, false)
      return file ? readProject(file) : { status: 'cancelled' }
    },
    saveProjectFile: async (suggestedName, format, bytes) => downloadAs(suggestedName, bytes, PROJECT_FILE_FORMATS[format].mimeType),
    ...browserAutoBackups(),
    setLanguage: async () => undefined,
    onMenuCommand: () => () => undefined,
    // Only the desktop app is handed files from outside the window.
    onArticleOpened: () => () => undefined,
    onProjectFileOpened: () => () => undefined,
    onImportProgress(listener) {
      progressListeners.add(listener)
      return () => progressListeners.delete(listener)
    }
  }
}
