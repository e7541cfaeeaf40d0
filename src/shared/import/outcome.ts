/** A failed import as the IPC contract reports it: one sentence, never a stack trace. */
import type { ImportOutcome } from '../ipc/contract'
import { isImportError, quoteName } from './errors'

export function failedOutcome(fileName: string, error: unknown): ImportOutcome {
  if (isImportError(error)) return { status: 'failed', message: error.message }
  const reason = error instanceof Error ? error.message : String(error)
  return { status: 'failed', message: `Could not open ${quoteName(fileName)}: ${reason}` }
}
