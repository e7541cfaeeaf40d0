import { MAX_FILE_BYTES, type ImportOutcome } from '@shared/ipc/contract'
import { tooLargeError } from '@shared/import/errors'

/** A failed outcome for a file over the size limit, decided from its size without reading it. */
export function oversizeOutcome(file: File): ImportOutcome | null {
  return file.size > MAX_FILE_BYTES ? { status: 'failed', message: tooLargeError(file.name, file.size, MAX_FILE_BYTES).message } : null
}
