/**
 * Files main opened from outside the window (the command line, "Open with Themata", File → Open
 * Recent): an article is stored and opened like a file chosen in the Open dialog, a project file
 * imported or restored like one chosen in the project files menu. They wait for the project to be
 * open and for a batch being imported to finish, and go in the order they came.
 */
import type { ArticleOpened, ProjectFileOpened } from '@shared/ipc/contract'
import { describeError } from '@shared/i18n/words'
import { t } from '../i18n/i18n.svelte'
import { importArticles, importBatch } from './importBatch.svelte'
import { notifyError } from './messages.svelte'
import { openProjectBytes } from './projectExchange'

let queue: Promise<void> = Promise.resolve()

/** Until the project is open, nothing can be stored: App starts the queue with its opening. */
export function openFilesAfter(projectOpened: Promise<unknown>): void {
  queue = queue.then(() => projectOpened).then(
    () => undefined,
    () => undefined
  )
}

/** Resolves once no batch of files is being imported (a user's own Open may be running). */
function batchDone(): Promise<void> {
  if (!importBatch.running) return Promise.resolve()
  return new Promise((resolve) => {
    const stop = $effect.root(() => {
      $effect(() => {
        if (!importBatch.running) {
          // After this effect has run, not inside it.
          queueMicrotask(() => stop())
          resolve()
        }
      })
    })
  })
}

function enqueue(task: () => Promise<void>): void {
  queue = queue
    .then(batchDone)
    .then(task)
    .catch((error: unknown) => notifyError(t('openedFiles.failed', { reason: describeError(error, t) })))
}

export function articleOpened(opened: ArticleOpened): void {
  enqueue(() => importArticles([{ fileName: opened.fileName, run: async () => opened.outcome }]))
}

/** A project file opened from outside: a REFI-QDA project is imported, a backup restored, as from the project files menu. */
export function projectFileOpened(opened: ProjectFileOpened): void {
  enqueue(async () => {
    if (opened.status === 'failed') notifyError(opened.message)
    else await openProjectBytes(opened.fileName, opened.bytes, 'import')
  })
}
