/** How a failed import is told: one sentence, never a stack trace. */
import type { ImportOutcome } from '../ipc/contract'
import { isImportError, quoteName } from './errors'

/** The sentence for a failed import of `fileName` (a name or a path, as the user gave it). */
export function failureMessage(fileName: string, error: unknown): string {
  if (isImportError(error)) return error.message
  const reason = error instanceof Error ? error.message : String(error)
  return `Could not open ${quoteName(fileName)}: ${reason}`
}

/** A failed import as the IPC contract reports it. */
export function failedOutcome(fileName: string, error: unknown): ImportOutcome {
  return { status: 'failed', message: failureMessage(fileName, error) }
}
