/**
 * Browser mode's import worker: every format whose parser needs no DOM (all but DOM_FORMATS) is
 * parsed here, off the UI thread, so a large PDF never freezes the window. One worker serves the
 * imports of a batch one after another (see workerImporter.ts).
 */
import pdfWorkerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'
import { importDocument, type PdfJs } from '@shared/import'
import { translator } from '@shared/i18n/format'
import type { Locale } from '@shared/i18n/locales'
import { failedOutcome } from '@shared/import/outcome'
import type { ImportOutcome, ImportProgress } from '@shared/ipc/contract'

export interface ImportRequest {
  /** Echoed in every reply, so replies find their request. */
  id: number
  fileName: string
  bytes: Uint8Array
  /** The app's language, for the sentence of a failure. */
  locale: Locale
}

/** The worker says how far it has got any number of times, then gives the outcome once. */
export type ImportReply = { id: number } & ({ progress: ImportProgress } | { outcome: ImportOutcome })

interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null
  postMessage(reply: ImportReply): void
}

const scope = self as unknown as WorkerScope

/**
 * PDF.js's browser build, its parser (a bundled asset) in a worker nested in this one, which ends
 * with it. The port is handed over ready-made: PDF.js's own worker setup assumes a window and would
 * fall back to loading the parser into this thread, where it takes over this worker's messages.
 */
async function loadPdfjs(): Promise<PdfJs> {
  const pdfjs = await import('pdfjs-dist')
  pdfjs.GlobalWorkerOptions.workerPort ??= new Worker(pdfWorkerUrl, { type: 'module' })
  return pdfjs
}

async function outcomeOf({ id, fileName, bytes, locale }: ImportRequest): Promise<ImportOutcome> {
  try {
    const onProgress = (progress: ImportProgress): void => scope.postMessage({ id, progress })
    return { status: 'imported', document: await importDocument(bytes, fileName, { loadPdfjs, onProgress }) }
  } catch (error) {
    return failedOutcome(fileName, error, translator(locale))
  }
}

scope.onmessage = (event) => {
  const { id } = event.data
  void outcomeOf(event.data).then((outcome) => scope.postMessage({ id, outcome }))
}
