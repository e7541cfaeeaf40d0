/**
 * What the renderer needs from whatever hosts it: the desktop app's main process through the
 * preload, or the browser itself in browser mode. Components talk to this, never to either.
 */
import type { AnnotationFileOutcome, ImportOutcome, ImportProgress, MenuCommand, SaveOutcome } from '@shared/ipc/contract'

export interface Host {
  kind: 'desktop' | 'browser'
  /** Asks the user for an article and imports it. */
  openArticle(): Promise<ImportOutcome>
  /** Imports a file the user dropped on the window. */
  importFile(file: File): Promise<ImportOutcome>
  /** Lets the user save the report (a Save dialog or a download). */
  saveReport(suggestedName: string, html: string): Promise<SaveOutcome>
  /** Lets the user save exported annotations (W3C JSON-LD): a Save dialog or a download. */
  saveAnnotations(suggestedName: string, json: string): Promise<SaveOutcome>
  /** Asks the user for an annotation file and reads it as text. */
  openAnnotations(): Promise<AnnotationFileOutcome>
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /** How far a running import has got (long PDFs report page by page). */
  onImportProgress(listener: (progress: ImportProgress) => void): () => void
}
