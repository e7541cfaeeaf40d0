/**
 * Which themes travel together. Two passages co-occur when they overlap (or, by option, share a
 * paragraph); a passage carrying two themes co-occurs with itself. A cell (i, j) counts the pairs
 * of passages, one in row i and the other in row j, each pair once; the diagonal holds each row's
 * passage count. The sweep visits only pairs that do co-occur: O(n log n + pairs) per document.
 */
import { passageBlocks, type CodedCorpus } from './corpus'
import type { CooccurrenceBy, StatsPassage } from './types'

export interface PassagePair {
  documentId: string
  /** The passage in the first row, and the one in the second (the same passage when it carries both). */
  first: StatsPassage
  second: StatsPassage
}

/**
 * Calls `visit(d, a, b)` for every co-occurring pair of passages of every document (indexes into
 * corpus.passages[d], a ≤ b in reading order), and `visit(d, a, a)` for each passage itself.
 */
function forEachPair(coded: CodedCorpus, by: CooccurrenceBy, visit: (d: number, a: number, b: number) => void): void {
  const { corpus } = coded
  corpus.passages.forEach((list, d) => {
    if (list.length === 0) return
    // Overlap compares offsets, paragraph compares block ranges (inclusive); both sweep by the start.
    let first: ArrayLike<number>
    let last: ArrayLike<number>
    let order: number[]
    if (by === 'paragraph') {
      const blocks = passageBlocks(corpus, d)
      first = blocks.filter((_, k) => k % 2 === 0)
      last = blocks.filter((_, k) => k % 2 === 1).map((b) => b + 1)
      order = list.map((_, i) => i).sort((x, y) => (first[x] as number) - (first[y] as number) || x - y)
    } else {
      first = list.map((p) => p.start)
      last = list.map((p) => p.end)
      order = list.map((_, i) => i)
    }
    let active: number[] = []
    for (const b of order) {
      const start = first[b] as number
      active = active.filter((a) => (last[a] as number) > start)
      for (const a of active) visit(d, Math.min(a, b), Math.max(a, b))
      visit(d, b, b)
      active.push(b)
    }
  })
}

/** The row pairs {i, j} (i < j) a pair of passages stands for, each once. */
function rowPairs(ra: readonly number[], rb: readonly number[], out: number[], n: number): void {
  out.length = 0
  for (const i of ra) {
    for (const j of rb) {
      if (i === j) continue
      const key = i < j ? i * n + j : j * n + i
      if (!out.includes(key)) out.push(key)
    }
  }
}

/** rows × rows, symmetric; the diagonal is each row's passage count. */
export function cooccurrence(coded: CodedCorpus, by: CooccurrenceBy): number[][] {
  const n = coded.rows.length
  const counts = Array.from({ length: n }, () => new Array<number>(n).fill(0))
  const keys: number[] = []
  forEachPair(coded, by, (d, a, b) => {
    const codes = coded.rowsOf[d] ?? []
    const ra = codes[a] ?? []
    if (a === b) {
      for (const i of ra) (counts[i] as number[])[i] = ((counts[i] as number[])[i] as number) + 1
    }
    rowPairs(ra, codes[b] ?? [], keys, n)
    for (const key of keys) {
      const i = Math.floor(key / n)
      const j = key % n
      const ri = counts[i] as number[]
      const rj = counts[j] as number[]
      ri[j] = (ri[j] as number) + 1
      rj[i] = (rj[i] as number) + 1
    }
  })
  return counts
}

/** The pairs counted in cell (i, j), i ≠ j, in reading order; for i = j, each passage of the row paired with itself. */
export function cooccurringPairs(coded: CodedCorpus, by: CooccurrenceBy, i: number, j: number): PassagePair[] {
  const n = coded.rows.length
  const pairs: PassagePair[] = []
  const keys: number[] = []
  const wanted = i < j ? i * n + j : j * n + i
  forEachPair(coded, by, (d, a, b) => {
    const codes = coded.rowsOf[d] ?? []
    const list = coded.corpus.passages[d] ?? []
    const documentId = coded.corpus.documents[d]?.id ?? ''
    const pa = list[a] as StatsPassage
    const pb = list[b] as StatsPassage
    const ra = codes[a] ?? []
    const rb = codes[b] ?? []
    if (i === j) {
      if (a === b && ra.includes(i)) pairs.push({ documentId, first: pa, second: pa })
      return
    }
    rowPairs(ra, rb, keys, n)
    if (!keys.includes(wanted)) return
    // The passage in row i first (when each is in both rows, reading order decides).
    const inOrder = ra.includes(i) && rb.includes(j)
    pairs.push(inOrder ? { documentId, first: pa, second: pb } : { documentId, first: pb, second: pa })
  })
  return pairs
}
