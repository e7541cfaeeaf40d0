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

/**
 * rows × rows, symmetric; the diagonal is each row's passage count. The same sweep as
 * forEachPair, written out flat (one reused active list, no closures, a fast path for passages in
 * one row each): at 100,000 passages this runs in every co-occurrence answer.
 */
export function cooccurrence(coded: CodedCorpus, by: CooccurrenceBy): number[][] {
  const n = coded.rows.length
  const counts = new Float64Array(n * n)
  const keys: number[] = []
  const add = (i: number, j: number): void => {
    counts[i * n + j] = (counts[i * n + j] as number) + 1
    counts[j * n + i] = (counts[j * n + i] as number) + 1
  }
  coded.corpus.passages.forEach((list, d) => {
    const codes = coded.rowsOf[d] ?? []
    let first: ArrayLike<number>
    let last: ArrayLike<number>
    let order: ArrayLike<number>
    if (by === 'paragraph') {
      const blocks = passageBlocks(coded.corpus, d)
      const firsts = new Int32Array(list.length)
      const lasts = new Int32Array(list.length)
      for (let i = 0; i < list.length; i++) {
        firsts[i] = blocks[2 * i] as number
        lasts[i] = (blocks[2 * i + 1] as number) + 1
      }
      first = firsts
      last = lasts
      order = list.map((_, i) => i).sort((x, y) => (firsts[x] as number) - (firsts[y] as number) || x - y)
    } else {
      first = list.map((p) => p.start)
      last = list.map((p) => p.end)
      order = list.map((_, i) => i)
    }
    const active = new Int32Array(list.length)
    let live = 0
    for (let o = 0; o < order.length; o++) {
      const b = order[o] as number
      const rb = codes[b] ?? []
      if (rb.length === 0) continue
      const start = first[b] as number
      let kept = 0
      for (let k = 0; k < live; k++) {
        const a = active[k] as number
        if ((last[a] as number) > start) active[kept++] = a
      }
      live = kept
      for (let k = 0; k < live; k++) {
        const ra = codes[active[k] as number] ?? []
        if (ra.length === 1 && rb.length === 1) {
          if (ra[0] !== rb[0]) add(ra[0] as number, rb[0] as number)
          continue
        }
        rowPairs(ra, rb, keys, n)
        for (const key of keys) add(Math.floor(key / n), key % n)
      }
      for (const r of rb) counts[r * n + r] = (counts[r * n + r] as number) + 1
      if (rb.length > 1) {
        rowPairs(rb, rb, keys, n)
        for (const key of keys) add(Math.floor(key / n), key % n)
      }
      active[live++] = b
    }
  })
  return Array.from({ length: n }, (_, i) => Array.from(counts.subarray(i * n, (i + 1) * n)))
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
