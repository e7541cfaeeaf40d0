/**
 * Files Themata is asked to open from outside the window: on its command line, by a second start
 * ("Open with Themata", a double-click on a project file), by macOS's `open-file`, or from File →
 * Open Recent. Main opens them itself, with the same checks as a file chosen in the Open dialog,
 * and tells the renderer the outcome; the renderer never names a path.
 */
import { readFile, stat } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import { english, type Translate } from '@shared/i18n/format'
import { ImportError, tooLargeError } from '@shared/import/errors'
import { describeError } from '@shared/i18n/words'
import { failedOutcome } from '@shared/import/outcome'
import { MAX_PROJECT_FILE_BYTES, type ArticleOpened, type ImportProgress, type ProjectFileOpened } from '@shared/ipc/contract'
import { importFile, unreadable } from './importFile'

/** Project files: a REFI-QDA project (.qdpx, or its bare .qde) or a Themata backup. */
export const PROJECT_FILE_EXTENSIONS: readonly string[] = ['.qdpx', '.qde', '.themata']

export type OpenedExternally = { kind: 'article'; opened: ArticleOpened } | { kind: 'project'; opened: ProjectFileOpened }

export function isProjectFile(path: string): boolean {
  return PROJECT_FILE_EXTENSIONS.includes(extname(path).toLowerCase())
}

async function readProjectFile(path: string, t: Translate): Promise<ProjectFileOpened> {
  const fileName = basename(path)
  try {
    const info = await stat(path).catch((error: unknown) => {
      throw unreadable(fileName, error)
    })
    if (!info.isFile()) throw new ImportError('unreadable', fileName, { key: 'importError.notAFile' })
    if (info.size > MAX_PROJECT_FILE_BYTES) throw tooLargeError(fileName, info.size, MAX_PROJECT_FILE_BYTES)
    const buffer = await readFile(path).catch((error: unknown) => {
      throw unreadable(fileName, error)
    })
    return { status: 'opened', fileName, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) }
  } catch (error) {
    return { status: 'failed', message: describeError(error instanceof ImportError ? error : new ImportError('unreadable', fileName), t) }
  }
}

/**
 * Opens the file at `path`: a project file is read for the renderer to import, anything else
 * imported as an article; a failure is told in the language of `t`.
 */
export async function openExternally(path: string, onProgress?: (progress: ImportProgress) => void, t: Translate = english): Promise<OpenedExternally> {
  const fileName = basename(path)
  if (isProjectFile(path)) return { kind: 'project', opened: await readProjectFile(path, t) }
  try {
    return { kind: 'article', opened: { fileName, outcome: { status: 'imported', document: await importFile(path, onProgress) } } }
  } catch (error) {
    return { kind: 'article', opened: { fileName, outcome: failedOutcome(fileName, error, t) } }
  }
}

/** Whether it opened, so it belongs in the recent files. */
export function openedWell(result: OpenedExternally): boolean {
  return result.kind === 'article' ? result.opened.outcome.status === 'imported' : result.opened.status === 'opened'
}

/**
 * Opens files one after another, and holds those asked for before the window can take them (a
 * file on the command line, macOS's `open-file` before the app is ready) until `ready()`.
 */
export class OpenQueue {
  private readonly open: (path: string) => Promise<void>
  private held: string[] | null = []
  private chain: Promise<void> = Promise.resolve()

  constructor(open: (path: string) => Promise<void>) {
    this.open = open
  }

  add(paths: readonly string[]): void {
    if (this.held) this.held.push(...paths)
    else for (const path of paths) this.enqueue(path)
  }

  /** The window can take files now: opens what was held, in order. */
  ready(): void {
    const held = this.held ?? []
    this.held = null
    for (const path of held) this.enqueue(path)
  }

  /** The window is gone or reloading: holds what comes until it is `ready()` again. */
  hold(): void {
    this.held ??= []
  }

  /** Settles once every file asked for so far is open (or failed). */
  settled(): Promise<void> {
    return this.chain
  }

  private enqueue(path: string): void {
    // One at a time: each outcome reaches the renderer in the order the files were asked for.
    this.chain = this.chain.then(() => this.open(path)).catch(() => undefined)
  }
}
