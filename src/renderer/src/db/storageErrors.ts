/** What a failed write to the project's storage means for the user, in one sentence. */
import { english, type Translate } from '@shared/i18n/format'

/** Whether an error (Dexie's, or the DOMException inside it) says storage is full. */
export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Object && depth < 5; depth++) {
    if ((e as { name?: unknown }).name === 'QuotaExceededError') return true
    e = (e as { inner?: unknown; cause?: unknown }).inner ?? (e as { cause?: unknown }).cause
  }
  return false
}

/** The message for a change storage refused, in the language of `t`: what happened, that the work is kept, what to do. */
export function describeSaveError(error: unknown, t: Translate = english): string {
  if (isQuotaError(error)) return t('storage.full')
  return error instanceof Error && error.message ? t('storage.saveFailedWhy', { reason: error.message }) : t('storage.saveFailed')
}
