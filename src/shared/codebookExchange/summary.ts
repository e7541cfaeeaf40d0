/** What an import did, for people: "Added 12 themes from “x.qdc” (3 were already in the codebook)." */
import type { CodebookMergeReport } from './merge'
import { english, type Translate } from '../i18n/format'

export function importSummary(fileName: string, report: CodebookMergeReport, t: Translate = english): string {
  const { added, alreadyThere, repeated } = report
  const merged = repeated > 0 ? t('codebookExchange.repeated', { count: repeated }) : ''
  if (added === 0) return t('codebookExchange.nothingAdded', { fileName, already: alreadyThere, merged: merged ? `; ${merged}` : '' })
  const notes = [alreadyThere > 0 ? t('codebookExchange.alreadyThere', { count: alreadyThere }) : '', merged].filter(Boolean).join('; ')
  return t('codebookExchange.added', { added, fileName, notes: notes ? ` (${notes})` : '' })
}
