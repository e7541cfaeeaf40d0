/**
 * Where an article's passages are: every passage's [start, end) as a pair in one Int32Array
 * ([s0, e0, s1, e1, …], sorted by start then end; a multiset, since two passages may share a range).
 * Kept on each document record beside its counts and changed by the same change sets, so autocode
 * tells which of 5,000 ranges already have a passage by reading 500 records, where asking the
 * passage index once per range costs 5,000 requests (see docs/PERFORMANCE.md).
 */

export interface Ranged {
  start: number
  end: number
}

/** A passage as the bookkeeping sees it. */
export interface PlacedPassage extends Ranged {
  id: string
  documentId: string
}

/** Pairs leaving and entering one article's multiset, flat ([start, end, start, end, …]). */
export interface RangeDelta {
  removed: number[]
  added: number[]
}

const compare = (s1: number, e1: number, s2: number, e2: number): number => s1 - s2 || e1 - e2

function sortedPairs(flat: readonly number[]): number[] {
  const pairs: [number, number][] = []
  for (let i = 0; i < flat.length; i += 2) pairs.push([flat[i] as number, flat[i + 1] as number])
  pairs.sort((a, b) => compare(a[0], a[1], b[0], b[1]))
  return pairs.flat()
}

/** The ranges of `passages`, sorted. */
export function rangesOf(passages: Iterable<Ranged>): Int32Array {
  const flat: number[] = []
  for (const p of passages) flat.push(p.start, p.end)
  return Int32Array.from(sortedPairs(flat))
}

/** Whether some passage has exactly [start, end) (binary search). */
export function hasRange(ranges: Int32Array, start: number, end: number): boolean {
  let lo = 0
  let hi = ranges.length / 2
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (compare(ranges[2 * mid] as number, ranges[2 * mid + 1] as number, start, end) < 0) lo = mid + 1
    else hi = mid
  }
  return lo < ranges.length / 2 && ranges[2 * lo] === start && ranges[2 * lo + 1] === end
}

/**
 * The ranges after a delta: one instance of each removed pair taken out (a pair not there is
 * ignored), the added ones merged in. One linear merge of three sorted lists: an autocode changes
 * 500 articles of 200 passages each at once.
 */
export function applyRangeDelta(ranges: Int32Array, delta: RangeDelta): Int32Array {
  const removed = sortedPairs(delta.removed)
  const added = sortedPairs(delta.added)
  const out = new Int32Array(ranges.length + added.length)
  let n = 0
  let r = 0
  let a = 0
  for (let i = 0; i < ranges.length; i += 2) {
    const s = ranges[i] as number
    const e = ranges[i + 1] as number
    while (r < removed.length && compare(removed[r] as number, removed[r + 1] as number, s, e) < 0) r += 2
    if (r < removed.length && removed[r] === s && removed[r + 1] === e) {
      r += 2
      continue
    }
    while (a < added.length && compare(added[a] as number, added[a + 1] as number, s, e) <= 0) {
      out[n++] = added[a++] as number
      out[n++] = added[a++] as number
    }
    out[n++] = s
    out[n++] = e
  }
  while (a < added.length) out[n++] = added[a++] as number
  return n === out.length ? out : out.slice(0, n)
}

/** Whether a delta changes nothing. */
export function isEmptyRangeDelta(delta: RangeDelta): boolean {
  return delta.removed.length === 0 && delta.added.length === 0
}

/**
 * The net change of each article's ranges when `changes` are applied in order. `storedOf` says what
 * a passage was before the first change to it (undefined: it did not exist). A retag, which keeps
 * the range, changes nothing.
 */
export function rangeDeltas<P extends PlacedPassage>(changes: readonly { before: P | null; after: P | null }[], storedOf: (id: string) => PlacedPassage | undefined): Map<string, RangeDelta> {
  const state = new Map<string, PlacedPassage | null>()
  // Per article, per pair: how many enter (positive) or leave (negative).
  const net = new Map<string, Map<string, number>>()
  const count = (p: PlacedPassage, sign: 1 | -1): void => {
    let pairs = net.get(p.documentId)
    if (!pairs) net.set(p.documentId, (pairs = new Map()))
    const key = `${p.start},${p.end}`
    pairs.set(key, (pairs.get(key) ?? 0) + sign)
  }
  for (const { before, after } of changes) {
    const id = (after ?? before)?.id
    if (id === undefined) continue
    const previous = state.has(id) ? state.get(id) : storedOf(id)
    if (previous) count(previous, -1)
    if (after) count(after, 1)
    state.set(id, after ? { id, documentId: after.documentId, start: after.start, end: after.end } : null)
  }
  const deltas = new Map<string, RangeDelta>()
  for (const [documentId, pairs] of net) {
    const delta: RangeDelta = { removed: [], added: [] }
    for (const [key, n] of pairs) {
      const [start, end] = key.split(',').map(Number) as [number, number]
      for (let i = 0; i < Math.abs(n); i++) (n > 0 ? delta.added : delta.removed).push(start, end)
    }
    deltas.set(documentId, delta)
  }
  return deltas
}
