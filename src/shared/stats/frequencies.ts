/**
 * Per theme: how many passages, in how many articles, how many characters of text they cover and
 * what share of the scope's text that is. Overlapping passages of one row count their shared
 * characters once, so a parent rolled up over its sub-themes covers the union of theirs.
 */
import type { CodedCorpus } from './corpus'

export interface Frequency {
  passages: number
  articles: number
  /** Characters covered by the union of the passages. */
  characters: number
  /** characters / the scope's text length, 0–1 (0 when there is no text). */
  share: number
}

export interface FrequencyTable {
  /** One per row, in row order. */
  rows: Frequency[]
  /** Passages in any row, and the union of every row's coverage. */
  total: Frequency
  /** Characters of text in the scope. */
  textLength: number
  /** Articles in the scope. */
  articles: number
}

/** A running count for one row; passages arrive in reading order, document by document. */
interface Tally {
  passages: number
  articles: number
  characters: number
  /** The document last counted, and the merged stretch of text being extended in it. */
  document: number
  from: number
  reach: number
}

function count(t: Tally, d: number, start: number, end: number): void {
  t.passages++
  if (t.document !== d) {
    if (t.document >= 0) t.characters += t.reach - t.from
    t.document = d
    t.articles++
    t.from = start
    t.reach = end
  } else if (start >= t.reach) {
    t.characters += t.reach - t.from
    t.from = start
    t.reach = end
  } else if (end > t.reach) t.reach = end
}

export function frequencies(coded: CodedCorpus): FrequencyTable {
  const { corpus, rows, rowsOf } = coded
  const tally = (): Tally => ({ passages: 0, articles: 0, characters: 0, document: -1, from: 0, reach: 0 })
  const tallies = rows.map(tally)
  const total = tally()
  let textLength = 0
  corpus.passages.forEach((list, d) => {
    textLength += corpus.documents[d]?.textLength ?? 0
    const codes = rowsOf[d] ?? []
    list.forEach((p, i) => {
      const rs = codes[i] ?? []
      if (rs.length === 0) return
      for (const r of rs) count(tallies[r] as Tally, d, p.start, p.end)
      count(total, d, p.start, p.end)
    })
  })
  const finish = (t: Tally): Frequency => {
    const characters = t.characters + (t.document >= 0 ? t.reach - t.from : 0)
    return { passages: t.passages, articles: t.articles, characters, share: textLength > 0 ? characters / textLength : 0 }
  }
  return { rows: tallies.map(finish), total: finish(total), textLength, articles: corpus.documents.length }
}
