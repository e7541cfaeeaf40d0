/**
 * What the renderer needs from whatever hosts it: the desktop app's main process through the
 * preload, or the browser itself in browser mode. Components talk to this, never to either.
 */
import type { CodebookFormat } from '@shared/codebookExchange/formats'
import { t } from '../i18n/i18n.svelte'
import type {
  AnnotationFileOutcome,
  ArticleOpened,
  AutoBackupList,
  CodebookFileOutcome,
  ImportOutcome,
  ImportProgress,
  MenuCommand,
  ProjectFileOpened,
  ProjectFileOutcome,
  ReportExtension,
  SaveOutcome
} from '@shared/ipc/contract'
import type { Locale } from '@shared/i18n/locales'
import type { ProjectFileFormat, ProjectOpenPurpose } from '@shared/project/fileFormats'

export type AutoBackupSaved = { status: 'saved'; path: string } | { status: 'failed'; message: string }
export type AutoBackupRead = { status: 'opened'; fileName: string; bytes: Uint8Array } | { status: 'failed'; message: string }

/** One file of a batch: its name at once, its import when the batch gets to it. */
export interface ImportItem {
  fileName: string
  run(): Promise<ImportOutcome>
}

export interface Host {
  kind: 'desktop' | 'browser'
  /** Asks the user for one or more articles; nothing when they cancel. Importing is left to each item. */
  chooseArticles(): Promise<ImportItem[]>
  /** Files the user dropped on the window, as a batch imported one at a time. */
  importFiles(files: readonly (File | { unreadable: string })[]): ImportItem[]
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
  /** Asks the user for a project file (.qdpx, .qde, .themata) and reads its bytes. */
  openProjectFile(purpose: ProjectOpenPurpose): Promise<ProjectFileOutcome>
  /** Lets the user save a project export or backup (a Save dialog or a download). */
  saveProjectFile(suggestedName: string, format: ProjectFileFormat, bytes: Uint8Array<ArrayBuffer>): Promise<SaveOutcome>
  /** Keeps an automatic backup (the last few are kept: files in the user data, or browser storage). */
  saveAutoBackup(fileName: string, bytes: Uint8Array<ArrayBuffer>): Promise<AutoBackupSaved>
  /** The automatic backups kept, newest first. */
  listAutoBackups(): Promise<AutoBackupList>
  readAutoBackup(fileName: string): Promise<AutoBackupRead>
  /** Tells the host the app's language (the desktop app's menu and dialogs follow it; a browser has nothing to tell). */
  setLanguage(locale: Locale): Promise<void>
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /** How far a running import has got (long PDFs report page by page). */
  onImportProgress(listener: (progress: ImportProgress) => void): () => void
  /** An article main opened from outside the window (command line, "Open with", Open Recent). */
  onArticleOpened(listener: (opened: ArticleOpened) => void): () => void
  /** A project file (.qdpx, .qde, .themata) opened the same ways, as its bytes. */
  onProjectFileOpened(listener: (opened: ProjectFileOpened) => void): () => void
}

/**
 * Picked or dropped files as a batch, each imported by `importFile` when its turn comes; a file the
 * browser would not hand over fails with its reason (and `skipped` is told, for the host's bookkeeping).
 */
export function importItems(
  host: { importFile(file: File): Promise<ImportOutcome> },
  files: readonly (File | { unreadable: string })[],
  skipped: () => void = () => undefined
): ImportItem[] {
  return files.map((file) =>
    file instanceof File
      ? { fileName: file.name, run: () => host.importFile(file) }
      : {
          fileName: file.unreadable,
          run: async () => {
            skipped()
            return { status: 'failed', message: t('importError.unreadableDropped', { name: file.unreadable }) }
          }
        }
  )
}
