/**
 * Main-process side of the IPC contract, free of Electron so tests (and the e2e bridge)
 * run exactly the code the desktop app runs. Every request is validated here.
 */
import { basename } from 'node:path'
import {
  describeInvalid,
  invokeContract,
  MAX_PROJECT_FILE_BYTES,
  type ImportProgress,
  type InvokeName,
  type RequestOf,
  type ResponseOf,
  type SaveOutcome
} from '@shared/ipc/contract'
import { importDocument } from '@shared/import'
import { failedOutcome, failureMessage } from '@shared/import/outcome'
import { importFile } from './importFile'
import { readCodebookFile } from './readCodebookFile'
import { readChosenFile } from './readChosenFile'
import { listAutoBackups, readAutoBackup, saveAutoBackup } from './autoBackups'
import { nodeImportEnv } from './nodeImportEnv'
import { describeWriteError, writeFileAtomic } from './atomicWrite'
import { readTextFile } from './readTextFile'

/** The native dialogs main needs; the desktop shell passes Electron's, tests pass their own. */
export interface HostDialogs {
  /** Path of the article the user chose, or null when they cancelled. */
  chooseArticlePath(): Promise<string | null>
  /** Path to save the report at, or null when they cancelled. Consent to overwrite is the dialog's job. */
  chooseReportPath(suggestedName: string): Promise<string | null>
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

/** What main tells the renderer while it works. */
export interface HostEvents {
  importProgress(progress: ImportProgress): void
}

export type Handlers = { [N in InvokeName]: (request: unknown) => Promise<ResponseOf<N>> }

function validated<N extends InvokeName>(name: N, request: unknown): RequestOf<N> | { invalid: string } {
  const parsed = invokeContract[name].request.safeParse(request)
  return parsed.success ? (parsed.data as RequestOf<N>) : { invalid: describeInvalid(name, parsed.error) }
}

function isInvalid(value: unknown): value is { invalid: string } {
  return typeof value === 'object' && value !== null && 'invalid' in value
}

/** Writes `content` atomically at the path the Save dialog answered (null: the user cancelled). */
async function saveAt(path: string | null, content: string | Uint8Array): Promise<SaveOutcome> {
  if (path === null) return { status: 'cancelled' }
  try {
    await writeFileAtomic(path, content)
    return { status: 'saved', path }
  } catch (error) {
    return { status: 'failed', message: describeWriteError(path, error) }
  }
}

export function createHandlers(dialogs: HostDialogs, events?: HostEvents, paths?: HostPaths): Handlers {
  const noFolder = { status: 'failed', message: 'Automatic backups have no folder in this window.' } as const
  const onProgress = events && ((progress: ImportProgress) => events.importProgress(progress))
  return {
    async openArticle(request) {
      const valid = validated('openArticle', request)
      if (isInvalid(valid)) return { status: 'failed', message: valid.invalid }
      const path = await dialogs.chooseArticlePath()
      if (path === null) return { status: 'cancelled' }
      try {
        return { status: 'imported', document: await importFile(path, onProgress) }
      } catch (error) {
        return failedOutcome(basename(path), error)
      }
    },

    async importArticle(request) {
      const valid = validated('importArticle', request)
      if (isInvalid(valid)) return { status: 'failed', message: valid.invalid }
      try {
        return { status: 'imported', document: await importDocument(valid.bytes, valid.fileName, { ...nodeImportEnv(), onProgress }) }
      } catch (error) {
        return failedOutcome(valid.fileName, error)
      }
    },

    async saveReport(request): Promise<SaveOutcome> {
      const valid = validated('saveReport', request)
      if (isInvalid(valid)) return { status: 'failed', message: valid.invalid }
      return saveAt(await dialogs.chooseReportPath(valid.suggestedName), valid.html)
    },

    async openCodebook(request) {
      const valid = validated('openCodebook', request)
      if (isInvalid(valid)) return { status: 'failed', message: valid.invalid }
      const path = await dialogs.chooseCodebookPath()
      return path === null ? { status: 'cancelled' } : readCodebookFile(path)
    },

    async saveCodebook(request): Promise<SaveOutcome> {
      const valid = validated('saveCodebook', request)
      if (isInvalid(valid)) return { status: 'failed', message: valid.invalid }
      return saveAt(await dialogs.chooseCodebookSavePath(valid.suggestedName, valid.format), valid.text)
    },

    async saveAnnotations(request): Promise<SaveOutcome> {
      const valid = validated('saveAnnotations', request)
      if (isInvalid(valid)) return { status: 'failed', message: valid.invalid }
      return saveAt(await dialogs.chooseAnnotationsSavePath(valid.suggestedName), valid.json)
    },

    async openAnnotations(request) {
      const valid = validated('openAnnotations', request)
      if (isInvalid(valid)) return { status: 'failed', message: valid.invalid }
      const path = await dialogs.chooseAnnotationsOpenPath()
      if (path === null) return { status: 'cancelled' }
      try {
        return { status: 'opened', ...(await readTextFile(path)) }
      } catch (error) {
        return { status: 'failed', message: failureMessage(basename(path), error) }
      }
    },

    async openProjectFile(request) {
      const valid = validated('openProjectFile', request)
      if (isInvalid(valid)) return { status: 'failed', message: valid.invalid }
      const path = await dialogs.chooseProjectPath(valid.purpose)
      return path === null ? { status: 'cancelled' } : readChosenFile(path, MAX_PROJECT_FILE_BYTES)
    },

    async saveProjectFile(request): Promise<SaveOutcome> {
      const valid = validated('saveProjectFile', request)
      if (isInvalid(valid)) return { status: 'failed', message: valid.invalid }
      return saveAt(await dialogs.chooseProjectSavePath(valid.suggestedName, valid.format), valid.bytes)
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
    }
  }
}
