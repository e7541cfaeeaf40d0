/** The bytes of a codebook file the user chose to import; the renderer parses them, as in browser mode. */
import { english, type Translate } from '@shared/i18n/format'
import { MAX_FILE_BYTES, type CodebookFileOutcome } from '@shared/ipc/contract'
import { readChosenFile } from './readChosenFile'

export function readCodebookFile(path: string, t: Translate = english): Promise<CodebookFileOutcome> {
  return readChosenFile(path, MAX_FILE_BYTES, t)
}
