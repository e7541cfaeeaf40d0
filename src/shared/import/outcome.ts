/** How a failed import is told: one sentence, never a stack trace, in the language of the `t` given. */
import { english, type Translate } from '../i18n/format'
import type { ImportOutcome } from '../ipc/contract'
import { describeError } from '../i18n/words'
import { isImportError } from './errors'

/** The sentence for a failed import of `fileName` (a name or a path, as the user gave it). */
export function failureMessage(fileName: string, error: unknown, t: Translate = english): string {
  if (isImportError(error)) return describeError(error, t)
  return t('importError.couldNotOpen', { name: fileName, reason: describeError(error, t) })
}

/** A failed import as the IPC contract reports it. */
export function failedOutcome(fileName: string, error: unknown, t: Translate = english): ImportOutcome {
  return { status: 'failed', message: failureMessage(fileName, error, t) }
}
