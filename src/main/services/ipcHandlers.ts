/**
 * Main-process side of the IPC contract, free of Electron so tests (and the e2e bridge)
 * run exactly the code the desktop app runs. Every request is validated here.
 */
import { randomUUID } from 'node:crypto'
import { basename } from 'node:path'
import { describeError } from '@shared/i18n/words'
import {
  describeInvalid,
  invokeContract,
  MAX_PROJECT_FILE_BYTES,
  type ImportProgress,
  type InvokeName,
  type ReportExtension,
  type RequestOf,
  type ResponseOf,
  type SaveOutcome,
  MAX_BATCH_FILES
} from '@shared/ipc/contract'
import { english, translator, type Translate } from '@shared/i18n/format'
import type { Locale } from '@shared/i18n/locales'
import { paperForLocale } from '@shared/pdf/printOptions'
import { importDocument } from '@shared/import'
import { CODEBOOK_FORMATS } from '@shared/codebookExchange/formats'
import { safeSaveName } from '@shared/report/fileName'
import { failedOutcome, failureMessage } from '@shared/import/outcome'
import { importFile } from './importFile'
import { readCodebookFile } from './readCodebookFile'
import { readChosenFile } from './readChosenFile'
import { listAutoBackups, readAutoBackup, saveAutoBackup } from './autoBackups'
import { nodeImportEnv } from './nodeImportEnv'
import { describeWriteError, writeFileAtomic } from './atomicWrite'
import { PdfUnavailableError, type PdfPrinter } from './pdfPrinter'
import { readTextFile } from './readTextFile'

/** The native dialogs main needs; the desktop shell passes Electron's, tests pass their own. */
export interface HostDialogs {
  /** Paths of the articles the user chose (one or many), or null when they cancelled. */
  chooseArticlePaths(): Promise<string[] | null>
  /** Path to save the report at, or null when they cancelled. Consent to overwrite is the dialog's job. */
  chooseReportPath(suggestedName: string, extension: ReportExtension): Promise<string | null>
  /** Path of the codebook file (.qdc, .qdpx, .qde, .csv) the user chose to import, or null. */
  chooseCodebookPath(): Promise<string | null>
  /** Path to save the codebook at, or null. Consent to overwrite is the dialog's job. */
  chooseCodebookSavePath(suggestedName: string, format: 'qdc' | 'csv'): Promise<string | null>
  /** Path to save exported annotations (W3C JSON-LD) at, or null when they cancelled. */
  chooseAnnotationsSavePath(suggestedName: string): Promise<string | null>
  /** Path of an annotation file to import, or null when they cancelled. */
  chooseAnnotationsOpenPath(): Promise<string | null>
  /** Path of the project file (.qdpx, .qde, .themata) the user chose to import or restore, or null. */
  chooseProjectPath(purpose: 'import' | 'restore'): Promise<string | null>
  /** Path to save a project export or backup at, or null. Consent to overwrite is the dialog's job. */
  chooseProjectSavePath(suggestedName: string, format: 'qdpx' | 'themata'): Promise<string | null>
}

/** Where main keeps files of its own. */
export interface HostPaths {
  /** The folder of the automatic backups (in the user data). */
  autoBackups: string
}

/** What main prints PDFs with, and the locale that chooses their paper (A4 or Letter). */
export interface HostPrinting {
  printer: PdfPrinter
  locale(): string
}

/** What main tells the renderer while it works. */
export interface HostEvents {
  importProgress(progress: ImportProgress): void
  /** A file chosen in the Open dialog was imported from this path (for the recent files). */
  imported?(path: string): void
  /** The renderer speaks this language now: the menu and main's dialogs follow. */
  languageChanged?(locale: Locale): void
}

export type Handlers = { [N in InvokeName]: (request: unknown) => Promise<ResponseOf<N>> }

function validated<N extends InvokeName>(name: N, request: unknown): RequestOf<N> | { invalid: string } {
  const parsed = invokeContract[name].request.safeParse(request)
  return parsed.success ? (parsed.data as RequestOf<N>) : { invalid: describeInvalid(name, parsed.error) }
}

function isInvalid(value: unknown): value is { invalid: string } {
  return typeof value === 'object' && value !== null && 'invalid' in value
}

/** Writes `content` atomically at the path the Save dialog answered (null: the user cancelled); a failure is told in the language of `t`. */
async function saveAt(path: string | null, content: string | Uint8Array, t: Translate): Promise<SaveOutcome> {
  if (path === null) return { status: 'cancelled' }
  try {
    await writeFileAtomic(path, content)
    return { status: 'saved', path }
  } catch (error) {
    return { status: 'failed', message: describeWriteError(path, error, t) }
  }
}

/**
 * The renderer only suggests a name: main keeps it a plain file name (a folder it named is dropped)
 * ending in `.extension`, which a Save dialog may otherwise drop.
 */
function saveName(name: string, extension: ReportExtension): string {
  return safeSaveName(name, `.${extension}`)
}

export function createHandlers(dialogs: HostDialogs, events?: HostEvents, printing?: HostPrinting, paths?: HostPaths): Handlers {
  const noFolder = { status: 'failed', message: 'Automatic backups have no folder in this window.' } as const
  const onProgress = events && ((progress: ImportProgress) => events.importProgress(progress))
  /** The language failures are told in: the renderer's, once it has said which (`setLanguage`). */
  let t: Translate = english
  /** The paths of the files chosen in the last Open dialog, by the id the renderer was given. */
  const chosen = new Map<string, string>()
  return {
    async chooseArticles(request) {
      const valid = validated('chooseArticles', request)
      if (isInvalid(valid)) return { status: 'failed', message: valid.invalid }
      const paths = await dialogs.chooseArticlePaths()
      if (paths === null || paths.length === 0) return { status: 'cancelled' }
      if (paths.length > MAX_BATCH_FILES) return { status: 'failed', message: t('mainError.tooManyFiles', { max: MAX_BATCH_FILES }) }
      // A new choice replaces the last one: ids of files never imported stop working.
      chosen.clear()
      const files = paths.map((path) => {
        const id = randomUUID()
        chosen.set(id, path)
        return { id, fileName: basename(path) }
      })
      return { status: 'chosen', files }
    },

    async importChosen(request) {
      const valid = validated('importChosen', request)
      if (isInvalid(valid)) return { status: 'failed', message: valid.invalid }
      const path = chosen.get(valid.id)
      if (path === undefined) return { status: 'failed', message: t('mainError.notOnOffer') }
      chosen.delete(valid.id)
      try {
        const document = await importFile(path, onProgress)
        events?.imported?.(path)
        return { status: 'imported', document }
      } catch (error) {
        return failedOutcome(basename(path), error, t)
      }
    },

    async importArticle(request) {
      const valid = validated('importArticle', request)
      if (isInvalid(valid)) return { status: 'failed', message: valid.invalid }
      try {
        return { status: 'imported', document: await importDocument(valid.bytes, valid.fileName, { ...nodeImportEnv(), onProgress }) }
      } catch (error) {
        return failedOutcome(valid.fileName, error, t)
      }
    },

    async saveReport(request): Promise<SaveOutcome> {
      const valid = validated('saveReport', request)
      if (isInvalid(valid)) return { status: 'failed', message: valid.invalid }
      return saveAt(await dialogs.chooseReportPath(saveName(valid.suggestedName, valid.extension), valid.extension), valid.content, t)
    },

    async printReport(request): Promise<SaveOutcome> {
      const valid = validated('printReport', request)
      if (isInvalid(valid)) return { status: 'failed', message: valid.invalid }
      if (!printing) return { status: 'failed', message: t('mainError.cannotPrint') }
      const path = await dialogs.chooseReportPath(saveName(valid.suggestedName, 'pdf'), 'pdf')
      if (path === null) return { status: 'cancelled' }
      let pdf: Uint8Array
      try {
        pdf = await printing.printer.print(valid.html, { title: valid.title, paper: paperForLocale(printing.locale()) })
      } catch (error) {
        const reason = error instanceof PdfUnavailableError ? error.message : `Could not print the PDF: ${describeError(error)}`
        return { status: 'failed', message: reason }
      }
      return saveAt(path, pdf, t)
    },

    async openCodebook(request) {
      const valid = validated('openCodebook', request)
      if (isInvalid(valid)) return { status: 'failed', message: valid.invalid }
      const path = await dialogs.chooseCodebookPath()
      return path === null ? { status: 'cancelled' } : readCodebookFile(path, t)
    },

    async saveCodebook(request): Promise<SaveOutcome> {
      const valid = validated('saveCodebook', request)
      if (isInvalid(valid)) return { status: 'failed', message: valid.invalid }
      return saveAt(await dialogs.chooseCodebookSavePath(safeSaveName(valid.suggestedName, CODEBOOK_FORMATS[valid.format].extension), valid.format), valid.text, t)
    },

    async saveAnnotations(request): Promise<SaveOutcome> {
      const valid = validated('saveAnnotations', request)
      if (isInvalid(valid)) return { status: 'failed', message: valid.invalid }
      return saveAt(await dialogs.chooseAnnotationsSavePath(safeSaveName(valid.suggestedName, '.jsonld')), valid.json, t)
    },

    async openAnnotations(request) {
      const valid = validated('openAnnotations', request)
      if (isInvalid(valid)) return { status: 'failed', message: valid.invalid }
      const path = await dialogs.chooseAnnotationsOpenPath()
      if (path === null) return { status: 'cancelled' }
      try {
        return { status: 'opened', ...(await readTextFile(path)) }
      } catch (error) {
        return { status: 'failed', message: failureMessage(basename(path), error, t) }
      }
    },

    async openProjectFile(request) {
      const valid = validated('openProjectFile', request)
      if (isInvalid(valid)) return { status: 'failed', message: valid.invalid }
      const path = await dialogs.chooseProjectPath(valid.purpose)
      return path === null ? { status: 'cancelled' } : readChosenFile(path, MAX_PROJECT_FILE_BYTES, t)
    },

    async saveProjectFile(request): Promise<SaveOutcome> {
      const valid = validated('saveProjectFile', request)
      if (isInvalid(valid)) return { status: 'failed', message: valid.invalid }
      return saveAt(await dialogs.chooseProjectSavePath(safeSaveName(valid.suggestedName, `.${valid.format}`), valid.format), valid.bytes, t)
    },

    async saveAutoBackup(request) {
      const valid = validated('saveAutoBackup', request)
      if (isInvalid(valid)) return { status: 'failed', message: valid.invalid }
      return paths ? saveAutoBackup(paths.autoBackups, valid.fileName, valid.bytes) : noFolder
    },

    async listAutoBackups(request) {
      const valid = validated('listAutoBackups', request)
      if (isInvalid(valid)) return { status: 'failed', message: valid.invalid }
      return paths ? listAutoBackups(paths.autoBackups) : noFolder
    },

    async readAutoBackup(request) {
      const valid = validated('readAutoBackup', request)
      if (isInvalid(valid)) return { status: 'failed', message: valid.invalid }
      return paths ? readAutoBackup(paths.autoBackups, valid.fileName) : noFolder
    },

    async setLanguage(request) {
      const valid = validated('setLanguage', request)
      if (isInvalid(valid)) return { status: 'failed', message: valid.invalid }
      t = translator(valid.locale)
      events?.languageChanged?.(valid.locale)
      return { status: 'set' }
    }
  }
}
