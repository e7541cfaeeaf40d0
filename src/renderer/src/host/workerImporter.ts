/**
 * Browser mode's imports in a Web Worker, one worker per batch of files: starting a worker loads
 * every parser, which costs more than parsing a typical article, so the files of one batch share
 * it. It ends after the batch's last file, or once no file has come for a while (a batch stopped
 * early), freeing what its parsers hold.
 */
import { failedOutcome } from '@shared/import/outcome'
import type { ImportOutcome, ImportProgress } from '@shared/ipc/contract'
import { locale, t } from '../i18n/i18n.svelte'
import type { ImportReply, ImportRequest } from './importWorker'

const IDLE_MS = 5000

export class WorkerImporter {
  private worker: Worker | null = null
  private idle: ReturnType<typeof setTimeout> | undefined
  private nextId = 0
  private readonly pending = new Map<number, { fileName: string; settle: (outcome: ImportOutcome) => void }>()

  /** `files`: how many the batch has, so the worker ends with the last. */
  constructor(
    private files: number,
    private readonly onProgress: (progress: ImportProgress) => void
  ) {}

  /** Imports one file's bytes in the worker; they move to it rather than being copied. */
  import(fileName: string, bytes: Uint8Array<ArrayBuffer>): Promise<ImportOutcome> {
    clearTimeout(this.idle)
    const worker = this.started()
    const id = ++this.nextId
    return new Promise((resolve) => {
      this.pending.set(id, {
        fileName,
        settle: (outcome) => {
          this.pending.delete(id)
          this.fileDone()
          resolve(outcome)
        }
      })
      worker.postMessage({ id, fileName, bytes, locale: locale() } satisfies ImportRequest, [bytes.buffer])
    })
  }

  /** A file of the batch that was dealt with without the worker (refused, or imported in the page). */
  skipped(): void {
    this.fileDone()
  }

  private fileDone(): void {
    this.files--
    if (this.pending.size > 0) return
    if (this.files <= 0) this.end()
    else this.idle = setTimeout(() => this.end(), IDLE_MS)
  }

  private end(): void {
    clearTimeout(this.idle)
    this.worker?.terminate()
    this.worker = null
  }

  private started(): Worker {
    if (this.worker) return this.worker
    const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = (event: MessageEvent<ImportReply>) => {
      const reply = event.data
      if ('progress' in reply) this.onProgress(reply.progress)
      else this.pending.get(reply.id)?.settle(reply.outcome)
    }
    worker.onerror = (event) => {
      event.preventDefault()
      // A worker that crashed is not trusted with the next file: the files it held fail, the next starts another.
      worker.terminate()
      if (this.worker === worker) this.worker = null
      for (const { fileName, settle } of [...this.pending.values()]) settle(failedOutcome(fileName, new Error(event.message || t('import.stoppedUnexpectedly')), t))
    }
    this.worker = worker
    return worker
  }
}
