/**
 * The theme × article matrix (MAXQDA's code matrix browser): passages of each row in each article,
 * or in each article set. And the passages behind a cell.
 */
import type { CodedCorpus } from './corpus'
import type { StatsPassage } from './types'

export interface ArticleSetRef {
  id: string
  name: string
}

/** rows × documents (in the corpus's document order): passages of the row in the article. */
export function themeByArticle(coded: CodedCorpus): number[][] {
  const { corpus, rows, rowsOf } = coded
  const counts = rows.map(() => new Array<number>(corpus.documents.length).fill(0))
  rowsOf.forEach((codes, d) => {
    for (const rs of codes) for (const r of rs) (counts[r] as number[])[d] = ((counts[r] as number[])[d] as number) + 1
  })
  return counts
}

/** rows × sets: passages of the row in the set's articles (an article in two sets counts in both). */
export function themeBySet(coded: CodedCorpus, sets: readonly ArticleSetRef[]): number[][] {
  const byArticle = themeByArticle(coded)
  const column = new Map(sets.map((s, k) => [s.id, k]))
  return byArticle.map((perArticle) => {
    const out = new Array<number>(sets.length).fill(0)
    perArticle.forEach((n, d) => {
      for (const id of coded.corpus.documents[d]?.setIds ?? []) {
        const k = column.get(id)
        if (k !== undefined) out[k] = (out[k] as number) + n
      }
    })
    return out
  })
}

/** The passages of row `r` in the given documents (all of them when `documentIds` is null), in reading order. */
export function passagesOfRow(coded: CodedCorpus, r: number, documentIds: ReadonlySet<string> | null): StatsPassage[] {
  const out: StatsPassage[] = []
  coded.corpus.passages.forEach((list, d) => {
    if (documentIds && !documentIds.has(coded.corpus.documents[d]?.id ?? '')) return
    const codes = coded.rowsOf[d] ?? []
    list.forEach((p, i) => {
      if (codes[i]?.includes(r)) out.push(p)
    })
  })
  return out
}
