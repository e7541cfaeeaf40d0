/**
 * Passages across the corpus: the filter (themes any of / all of / none of, with sub-themes on
 * request; articles and sets; the articles' dates; text), and the sorts. Pure: it works on passage
 * *slots* (small integers the app gives each passage) and on callbacks that say which slots carry a
 * theme, so the app can answer them from database indexes without reading the passages.
 */
import type { Tag } from '../annotation'
import { foldDiacritics } from '../search/fold'
import { codebookOrder, descendantIds } from '../themeTree'

export type ThemeMode = 'any' | 'all' | 'none'
export type CorpusSort = 'article' | 'position' | 'theme' | 'date'

export interface CorpusFilter {
  /** Chosen themes; none chosen: every passage. */
  themeIds: string[]
  mode: ThemeMode
  /** A chosen theme also stands for its sub-themes at every depth. */
  includeSubThemes: boolean
  /** Chosen articles and sets: a passage's article must be one of those articles or in one of those sets. */
  documentIds: string[]
  setIds: string[]
  /** The article's date (YYYY-MM-DD), inclusive; an article without a date is left out once either is set. */
  dateFrom: string
  dateTo: string
  /** Words the quote or the note must contain (case- and accent-insensitive). */
  text: string
}

export const EMPTY_FILTER: CorpusFilter = { themeIds: [], mode: 'any', includeSubThemes: true, documentIds: [], setIds: [], dateFrom: '', dateTo: '', text: '' }

/** What the filter and the sorts need of an article. */
export interface CorpusDocument {
  id: string
  title: string
  importedAt: number
  setIds: readonly string[]
  metadata: { date?: string }
}

type TreeTag = Pick<Tag, 'id' | 'name' | 'parentId' | 'order'>

/** Each chosen theme with the themes it stands for (itself, and its sub-themes when asked). */
export function themeGroups(tags: readonly TreeTag[], filter: Pick<CorpusFilter, 'themeIds' | 'includeSubThemes'>): string[][] {
  return filter.themeIds.map((id) => (filter.includeSubThemes ? [id, ...descendantIds(tags, id)] : [id]))
}

/**
 * Which slots pass the theme filter (1) and which do not (0), or null when no theme is chosen.
 * `members(tagId)` lists the slots of the passages carrying that theme (from the tag index).
 */
export function matchThemes(slotCount: number, groups: readonly (readonly string[])[], mode: ThemeMode, members: (tagId: string) => Iterable<number>): Uint8Array | null {
  if (groups.length === 0) return null
  // How many chosen groups each slot is in; `seen` keeps a slot from counting twice for one group.
  const hits = new Uint16Array(slotCount)
  const seen = new Uint32Array(slotCount)
  groups.forEach((group, g) => {
    const stamp = g + 1
    for (const tagId of group) {
      for (const slot of members(tagId)) {
        if (slot >= slotCount || seen[slot] === stamp) continue
        seen[slot] = stamp
        hits[slot] = (hits[slot] as number) + 1
      }
    }
  })
  const pass = new Uint8Array(slotCount)
  const needed = groups.length
  for (let s = 0; s < slotCount; s++) {
    const n = hits[s] as number
    pass[s] = mode === 'any' ? (n > 0 ? 1 : 0) : mode === 'all' ? (n === needed ? 1 : 0) : n === 0 ? 1 : 0
  }
  return pass
}

/** Whether an article passes the article, set and date parts of the filter. */
export function documentPasses(doc: CorpusDocument, filter: CorpusFilter): boolean {
  if (filter.documentIds.length > 0 || filter.setIds.length > 0) {
    // Records written by other tools (or before sets existed) may carry no set list.
    const chosen = filter.documentIds.includes(doc.id) || (doc.setIds ?? []).some((s) => filter.setIds.includes(s))
    if (!chosen) return false
  }
  if (filter.dateFrom || filter.dateTo) {
    const date = doc.metadata.date
    if (!date) return false
    if (filter.dateFrom && date < filter.dateFrom) return false
    if (filter.dateTo && date > filter.dateTo) return false
  }
  return true
}

const byTitle = (a: CorpusDocument, b: CorpusDocument): number => a.title.localeCompare(b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/**
 * The order articles are listed in; inside an article passages are always in reading order.
 * article: by title · position: the project read from its first article added to its last ·
 * date: the newest article first, undated last · theme: by title within each theme.
 */
export function orderDocuments(docs: readonly CorpusDocument[], sort: CorpusSort): CorpusDocument[] {
  const sorted = [...docs]
  if (sort === 'position') return sorted.sort((a, b) => a.importedAt - b.importedAt || byTitle(a, b))
  if (sort === 'date') {
    return sorted.sort((a, b) => {
      const x = a.metadata.date ?? ''
      const y = b.metadata.date ?? ''
      if (x !== y) return !x ? 1 : !y ? -1 : x < y ? 1 : -1
      return byTitle(a, b)
    })
  }
  return sorted.sort(byTitle)
}

/** The passing slots, article by article in `docs` order, each article's in reading order. */
export function collectRows(docs: readonly CorpusDocument[], slotsOf: (documentId: string) => ArrayLike<number>, keep: (slot: number) => boolean): Int32Array {
  let total = 0
  for (const d of docs) total += slotsOf(d.id).length
  const rows = new Int32Array(total)
  let n = 0
  for (const d of docs) {
    const slots = slotsOf(d.id)
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i] as number
      if (keep(slot)) rows[n++] = slot
    }
  }
  return rows.slice(0, n)
}

/**
 * Each slot's first theme in codebook order, as a rank (the codebook's length for a passage with
 * no known theme): what the theme sort groups by.
 */
export function firstThemeRanks(slotCount: number, tags: readonly TreeTag[], members: (tagId: string) => Iterable<number>): Int32Array {
  const ordered = codebookOrder(tags)
  const ranks = new Int32Array(slotCount).fill(ordered.length)
  // Last to first, so the earliest theme is written last and wins.
  for (let r = ordered.length - 1; r >= 0; r--) {
    for (const slot of members((ordered[r] as TreeTag).id)) if (slot < slotCount) ranks[slot] = r
  }
  return ranks
}

/** `rows` grouped by rank, keeping their order within a rank (a counting sort: linear). */
export function groupByRank(rows: Int32Array, ranks: Int32Array, rankCount: number): Int32Array {
  const counts = new Int32Array(rankCount + 2)
  for (const slot of rows) {
    const r = (ranks[slot] as number) + 1
    counts[r] = (counts[r] as number) + 1
  }
  for (let r = 1; r < counts.length; r++) counts[r] = (counts[r] as number) + (counts[r - 1] as number)
  const out = new Int32Array(rows.length)
  for (const slot of rows) {
    const r = ranks[slot] as number
    const at = counts[r] as number
    out[at] = slot
    counts[r] = at + 1
  }
  return out
}

/** A passage's text as the text filter compares it: folded and lower-cased. */
export function foldForFilter(text: string): string {
  return foldDiacritics(text).toLowerCase()
}

/** Whether a passage's quote or note contains every word of `query` (null: no text filter). */
export function textMatcher(query: string): ((folded: string) => boolean) | null {
  const words = foldForFilter(query).split(/\s+/).filter(Boolean)
  if (words.length === 0) return null
  return (folded) => words.every((w) => folded.includes(w))
}
