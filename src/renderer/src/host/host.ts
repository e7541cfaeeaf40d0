/**
 * What the renderer needs from whatever hosts it: the desktop app's main process through the
 * preload, or the browser itself in browser mode. Components talk to this, never to either.
 */
import type { CodebookFormat } from '@shared/codebookExchange/formats'
import type { AnnotationFileOutcome, AutoBackupList, CodebookFileOutcome, ImportOutcome, ImportProgress, MenuCommand, ProjectFileOutcome, SaveOutcome } from '@shared/ipc/contract'
import type { ProjectFileFormat, ProjectOpenPurpose } from '@shared/project/fileFormats'

export type AutoBackupSaved = { status: 'saved'; path: string } | { status: 'failed'; message: string }
export type AutoBackupRead = { status: 'opened'; fileName: string; bytes: Uint8Array } | { status: 'failed'; message: string }

export interface Host {
  kind: 'desktop' | 'browser'
  /** Asks the user for an article and imports it. */
  openArticle(): Promise<ImportOutcome>
  /** Imports a file the user dropped on the window. */
  importFile(file: File): Promise<ImportOutcome>
  /** Lets the user save the report (a Save dialog or a download). */
  saveReport(suggestedName: string, html: string): Promise<SaveOutcome>
  /** Asks the user for a codebook file (.qdc, .qdpx, .qde, .csv) and reads its bytes. */
  openCodebook(): Promise<CodebookFileOutcome>
  /** Lets the user save a codebook file (a Save dialog or a download). */
  saveCodebook(suggestedName: string, format: CodebookFormat, text: string): Promise<SaveOutcome>
  /** Lets the user save exported annotations (W3C JSON-LD): a Save dialog or a download. */
  saveAnnotations(suggestedName: string, json: string): Promise<SaveOutcome>
  /** Asks the user for an annotation file and reads it as text. */
  openAnnotations(): Promise<AnnotationFileOutcome>
  /** Asks the user for a project file (.qdpx, .qde, .themata) and reads its bytes. */
  openProjectFile(purpose: ProjectOpenPurpose): Promise<ProjectFileOutcome>
  /** Lets the user save a project export or backup (a Save dialog or a download). */
  saveProjectFile(suggestedName: string, format: ProjectFileFormat, bytes: Uint8Array<ArrayBuffer>): Promise<SaveOutcome>
  /** Keeps an automatic backup (the last few are kept: files in the user data, or browser storage). */
  saveAutoBackup(fileName: string, bytes: Uint8Array<ArrayBuffer>): Promise<AutoBackupSaved>
  /** The automatic backups kept, newest first. */
  listAutoBackups(): Promise<AutoBackupList>
  readAutoBackup(fileName: string): Promise<AutoBackupRead>
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /** How far a running import has got (long PDFs report page by page). */
  onImportProgress(listener: (progress: ImportProgress) => void): () => void
}
