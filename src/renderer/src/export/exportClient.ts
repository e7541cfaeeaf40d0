/** Runs an export or a preview in its own worker; cancelling ends the worker at once. */
import type { ExportJob, ExportReply, ExportResult } from './reportWorker'
import { t } from '../i18n/i18n.svelte'

export interface RunningExport {
  result: Promise<ExportResult | null>
  cancel(): void
}

/** Starts `job`; `result` resolves with the file, or null when cancelled, and rejects with one sentence on failure. */
export function startExport(job: ExportJob, onProgress: (fraction: number, label: string) => void = () => undefined): RunningExport {
  const worker = new Worker(new URL('./reportWorker.ts', import.meta.url), { type: 'module' })
  let settle!: (value: ExportResult | null) => void
  let fail!: (error: Error) => void
  const result = new Promise<ExportResult | null>((resolve, reject) => {
    settle = resolve
    fail = reject
  })
  const finish = (): void => worker.terminate()
  worker.onmessage = (event: MessageEvent<ExportReply>) => {
    const reply = event.data
    if ('progress' in reply) onProgress(reply.progress.fraction, reply.progress.label)
    else if ('result' in reply) {
      finish()
      settle(reply.result)
    } else {
      finish()
      fail(new Error(reply.failed))
    }
  }
  worker.onerror = (event) => {
    event.preventDefault()
    finish()
    fail(new Error(event.message ? t('reportDialog.crashedWhy', { reason: event.message }) : t('reportDialog.crashed')))
  }
  worker.postMessage(job)
  return {
    result,
    cancel() {
      finish()
      settle(null)
    }
  }
}
