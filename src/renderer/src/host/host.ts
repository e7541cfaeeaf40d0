/**
 * What the renderer needs from whatever hosts it: the desktop app's main process through the
 * preload, or the browser itself in browser mode. Components talk to this, never to either.
 */
import { quoteName } from '@shared/import/errors'
import type { ImportOutcome, ImportProgress, MenuCommand, SaveOutcome } from '@shared/ipc/contract'

/** One file of a batch: its name at once, its import when the batch gets to it. */
export interface ImportItem {
  fileName: string
  run(): Promise<ImportOutcome>
}

export interface Host {
  kind: 'desktop' | 'browser'
  /** Asks the user for one or more articles; nothing when they cancel. Importing is left to each item. */
  chooseArticles(): Promise<ImportItem[]>
  /** Imports a file the user dropped on the window. */
  importFile(file: File): Promise<ImportOutcome>
  /** Lets the user save the report (a Save dialog or a download). */
  saveReport(suggestedName: string, html: string): Promise<SaveOutcome>
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /** How far a running import has got (long PDFs report page by page). */
  onImportProgress(listener: (progress: ImportProgress) => void): () => void
}

/** Picked or dropped files as a batch; a file the browser would not hand over fails with its reason. */
export function importItems(host: Pick<Host, 'importFile'>, files: readonly (File | { unreadable: string })[]): ImportItem[] {
  return files.map((file) =>
    file instanceof File
      ? { fileName: file.name, run: () => host.importFile(file) }
      : { fileName: file.unreadable, run: async () => ({ status: 'failed', message: `${quoteName(file.unreadable)} could not be read; it may have been moved, or Themata may not be allowed to read it.` }) }
  )
}
