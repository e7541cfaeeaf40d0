/**
 * What the renderer needs from whatever hosts it: the desktop app's main process through the
 * preload, or the browser itself in browser mode. Components talk to this, never to either.
 */
import type { CodebookFormat } from '@shared/codebookExchange/formats'
import type { AnnotationFileOutcome, CodebookFileOutcome, ImportOutcome, ImportProgress, MenuCommand, ReportExtension, SaveOutcome } from '@shared/ipc/contract'

export interface Host {
  kind: 'desktop' | 'browser'
  /** Asks the user for an article and imports it. */
  openArticle(): Promise<ImportOutcome>
  /** Imports a file the user dropped on the window. */
  importFile(file: File): Promise<ImportOutcome>
  /** Lets the user save an export (a Save dialog or a download). */
  saveReport(suggestedName: string, extension: ReportExtension, content: string | Uint8Array<ArrayBuffer>): Promise<SaveOutcome>
  /** Prints the HTML report to PDF: main prints and saves it, or the browser opens its print dialog. */
  printReport(suggestedName: string, title: string, html: string): Promise<SaveOutcome>
  /** Asks the user for a codebook file (.qdc, .qdpx, .qde, .csv) and reads its bytes. */
  openCodebook(): Promise<CodebookFileOutcome>
  /** Lets the user save a codebook file (a Save dialog or a download). */
  saveCodebook(suggestedName: string, format: CodebookFormat, text: string): Promise<SaveOutcome>
  /** Lets the user save exported annotations (W3C JSON-LD): a Save dialog or a download. */
  saveAnnotations(suggestedName: string, json: string): Promise<SaveOutcome>
  /** Asks the user for an annotation file and reads it as text. */
  openAnnotations(): Promise<AnnotationFileOutcome>
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /** How far a running import has got (long PDFs report page by page). */
  onImportProgress(listener: (progress: ImportProgress) => void): () => void
}
