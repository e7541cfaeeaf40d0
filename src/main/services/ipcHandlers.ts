/**
 * Main-process side of the IPC contract, free of Electron so tests (and the e2e bridge)
 * run exactly the code the desktop app runs. Every request is validated here.
 */
import { basename } from 'node:path'
import {
  describeInvalid,
  invokeContract,
  type ImportProgress,
  type InvokeName,
  type RequestOf,
  type ResponseOf,
  type SaveOutcome
} from '@shared/ipc/contract'
import { importDocument } from '@shared/import'
import { CODEBOOK_FORMATS } from '@shared/codebookExchange/formats'
import { safeSaveName } from '@shared/report/fileName'
import { failedOutcome } from '@shared/import/outcome'
import { importFile } from './importFile'
import { readCodebookFile } from './readCodebookFile'
import { nodeImportEnv } from './nodeImportEnv'
import { describeWriteError, writeFileAtomic } from './atomicWrite'

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

export function createHandlers(dialogs: HostDialogs, events?: HostEvents): Handlers {
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
      // The renderer only suggests a name; main keeps it a plain file name (a folder it named is dropped).
      const path = await dialogs.chooseReportPath(safeSaveName(valid.suggestedName, '.html'))
      if (path === null) return { status: 'cancelled' }
      try {
        await writeFileAtomic(path, valid.html)
        return { status: 'saved', path }
      } catch (error) {
        return { status: 'failed', message: describeWriteError(path, error) }
      }
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
      const path = await dialogs.chooseCodebookSavePath(safeSaveName(valid.suggestedName, CODEBOOK_FORMATS[valid.format].extension), valid.format)
      if (path === null) return { status: 'cancelled' }
      try {
        await writeFileAtomic(path, valid.text)
        return { status: 'saved', path }
      } catch (error) {
        return { status: 'failed', message: describeWriteError(path, error) }
      }
    }
  }
}
