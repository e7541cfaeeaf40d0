/** What a failed write to the project's storage means for the user, in one sentence. */

const KEPT = 'It is still on screen and will be saved with your next change'

/** Whether an error (Dexie's, or the DOMException inside it) says storage is full. */
export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Object && depth < 5; depth++) {
    if ((e as { name?: unknown }).name === 'QuotaExceededError') return true
    e = (e as { inner?: unknown; cause?: unknown }).inner ?? (e as { cause?: unknown }).cause
  }
  return false
}

/** The message for a change storage refused: what happened, that the work is kept, what to do. */
export function describeSaveError(error: unknown): string {
  if (isQuotaError(error)) {
    return `Themata could not save your last change: the storage for your projects is full. ${KEPT} once there is room; free some disk space, or export a report to keep a copy.`
  }
  const reason = error instanceof Error && error.message ? ` (${error.message})` : ''
  return `Themata could not save your last change${reason}. ${KEPT}; export a report to keep a copy.`
}
