/**
 * Opening articles, one file or many, with one progress display for the batch (n of m, the current
 * file), a Cancel that stops after the current file, and the files that failed listed at the end.
 * Parsing runs in main or in a worker, so the window stays responsive meanwhile.
 */
import { saveImportedDocument } from '../db/documents'
import type { ImportItem } from '../host/host'
import { runBatch, type ImportFailure } from '../library/batch'
import { mark, markPainted } from '../perf/marks'
import { db } from './database'
import { documentsAdded } from './library.svelte'
import { notify, notifyError } from './messages.svelte'
import { session } from './session.svelte'
import { t } from '../i18n/i18n.svelte'

/** How a batch of several files ended, shown until dismissed. */
export interface BatchReport {
  total: number
  imported: number
  failures: ImportFailure[]
  cancelled: boolean
}

class ImportBatch {
  running = $state(false)
  total = $state(0)
  /** Files finished so far (imported or failed). */
  finished = $state(0)
  /** The file being imported now. */
  current = $state<string | null>(null)
  cancelRequested = $state(false)
  report = $state.raw<BatchReport | null>(null)
}

export const importBatch = new ImportBatch()

/** Stops the running batch once the current file is done; what was imported stays. */
export function cancelImport(): void {
  if (importBatch.running) importBatch.cancelRequested = true
}

export function dismissImportReport(): void {
  importBatch.report = null
}

/** Imports `items` one after another into the open project, then opens the first article imported. */
export async function importArticles(items: readonly ImportItem[]): Promise<void> {
  if (items.length === 0) return
  if (importBatch.running) {
    notify(t('import.busy'))
    return
  }
  // The project cannot change meanwhile (switching is disabled while busy); the database is taken once.
  const store = db()
  Object.assign(importBatch, { running: true, total: items.length, finished: 0, cancelRequested: false, report: null })
  session.busy = true
  mark('themata:batch-start')
  try {
    const result = await runBatch(items, {
      save: (document) => saveImportedDocument(store, document),
      starting: (item) => {
        importBatch.current = item.fileName
        session.progress = null
      },
      done: (record) => {
        if (record) documentsAdded([record])
        importBatch.finished++
      },
      stopRequested: () => importBatch.cancelRequested,
      t
    })
    report(items.length, result.saved.length, result.failures, result.cancelled)
    const first = result.saved[0]
    if (first) await session.load(first.id)
  } finally {
    Object.assign(importBatch, { running: false, current: null, cancelRequested: false })
    session.busy = false
    session.progress = null
    markPainted('themata:batch-done')
  }
}

/** One file tells its failure as before, in one sentence; a batch lists its failures together. */
function report(total: number, imported: number, failures: ImportFailure[], cancelled: boolean): void {
  if (total === 1) {
    if (failures[0]) notifyError(failures[0].message)
    return
  }
  if (failures.length > 0 || cancelled) importBatch.report = { total, imported, failures, cancelled }
  else notify(t('import.opened', { count: imported }))
}
