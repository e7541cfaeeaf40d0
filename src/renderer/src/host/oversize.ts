import { MAX_FILE_BYTES, type ImportOutcome } from '@shared/ipc/contract'
import { tooLargeError } from '@shared/import/errors'
import { describeError } from '@shared/i18n/words'
import { t } from '../i18n/i18n.svelte'

/** A failed outcome for a file over the size limit, decided from its size without reading it. */
export function oversizeOutcome(file: File): ImportOutcome | null {
  return file.size > MAX_FILE_BYTES ? { status: 'failed', message: describeError(tooLargeError(file.name, file.size, MAX_FILE_BYTES), t) } : null
}
