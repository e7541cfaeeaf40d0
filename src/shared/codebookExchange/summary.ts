/** What an import did, for people: "Added 12 themes from “x.qdc” (3 were already in the codebook)." */
import { quoteName } from '../import/errors'
import type { CodebookMergeReport } from './merge'

const themes = (n: number): string => `${n} ${n === 1 ? 'theme' : 'themes'}`

export function importSummary(fileName: string, report: CodebookMergeReport): string {
  const { added, alreadyThere, repeated } = report
  const were = alreadyThere === 1 ? '1 was' : `${alreadyThere} were`
  const merged = repeated > 0 ? `${repeated} repeated ${repeated === 1 ? 'name was' : 'names were'} merged` : ''
  if (added === 0) {
    const all = alreadyThere === 1 ? 'its one theme was' : `all ${alreadyThere} of its themes were`
    return `Nothing was added from ${quoteName(fileName)}: ${all} already in the codebook${merged ? `; ${merged}` : ''}.`
  }
  const notes = [alreadyThere > 0 ? `${were} already in the codebook` : '', merged].filter(Boolean).join('; ')
  return `Added ${themes(added)} from ${quoteName(fileName)}${notes ? ` (${notes})` : ''}.`
}
