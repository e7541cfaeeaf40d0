/**
 * A batch of files imported one after another. Each file that imports is stored at once, on its
 * own (see docs/ARCHITECTURE.md, "Opening many files"), so stopping keeps everything imported so
 * far and a failure loses nothing but its own file.
 */
import type { ImportedDocument } from '@shared/document'
import { describeError } from '@shared/i18n/words'
import { english, type Translate } from '@shared/i18n/format'
import type { ImportItem } from '../host/host'

export interface ImportFailure {
  fileName: string
  /** One sentence for the user, naming the file. */
  message: string
}

export interface BatchSteps<R> {
  /** Stores an imported document; what it returns is collected. */
  save(document: ImportedDocument): Promise<R>
  /** Called before each file is imported. */
  starting(item: ImportItem, index: number): void
  /** Called after each file, with what `save` returned, or null when it failed. */
  done(saved: R | null, index: number): void
  /** Asked before each file: true stops the batch there. */
  stopRequested(): boolean
  /** The language failures are told in (English when not given). */
  t?: Translate
}

export interface BatchResult<R> {
  saved: R[]
  failures: ImportFailure[]
  /** Whether it stopped before the last file. */
  cancelled: boolean
}

export async function runBatch<R>(items: readonly ImportItem[], steps: BatchSteps<R>): Promise<BatchResult<R>> {
  const t = steps.t ?? english
  const saved: R[] = []
  const failures: ImportFailure[] = []
  for (const [index, item] of items.entries()) {
    if (steps.stopRequested()) return { saved, failures, cancelled: true }
    steps.starting(item, index)
    let result: R | null = null
    try {
      const outcome = await item.run()
      if (outcome.status === 'failed') failures.push({ fileName: item.fileName, message: outcome.message })
      else if (outcome.status === 'imported') {
        try {
          result = await steps.save(outcome.document)
          saved.push(result)
        } catch (error) {
          failures.push({ fileName: item.fileName, message: t('importError.couldNotStore', { name: item.fileName, reason: describeError(error, t) }) })
        }
      }
    } catch (error) {
      failures.push({ fileName: item.fileName, message: t('importError.couldNotOpen', { name: item.fileName, reason: describeError(error, t) }) })
    }
    steps.done(result, index)
  }
  return { saved, failures, cancelled: false }
}
