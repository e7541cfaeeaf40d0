/**
 * What the library shows: the project's articles narrowed by a text and a set, in the order the
 * user chose. Pure functions over the records in memory: 500 articles sort and filter in well
 * under a frame, so nothing here touches the database.
 */
import type { DocumentRecord } from '../db/db'
import type { MessageKey } from '@shared/i18n/format'

export type LibrarySort = 'opened' | 'title' | 'date' | 'added' | 'passages'

/** Each sort with the message that names it. */
export const LIBRARY_SORTS: readonly { id: LibrarySort; label: MessageKey }[] = [
  { id: 'opened', label: 'library.sortOpened' },
  { id: 'title', label: 'library.sortTitle' },
  { id: 'date', label: 'library.sortDate' },
  { id: 'added', label: 'library.sortAdded' },
  { id: 'passages', label: 'library.sortPassages' }
]

export interface LibraryQuery {
  text: string
  /** Only the articles of this set; null for all. */
  setId: string | null
  sort: LibrarySort
}

type Listed = Pick<DocumentRecord, 'id' | 'title' | 'fileName' | 'metadata' | 'memo' | 'setIds' | 'importedAt' | 'openedAt'>

/** Lower case without accents, so "Əliyev" matches "aliyev" and "Bakı" matches "baki". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .replace(/ə/gi, 'a')
    .toLocaleLowerCase('en')
}

// Records are replaced, never changed in place, so a record's folded text can be kept with it.
const folded = new WeakMap<object, string>()

function searchText(d: Listed): string {
  let text = folded.get(d)
  if (text === undefined) {
    const m = d.metadata
    text = foldForSearch([d.title, m.author, m.source, m.date, d.fileName, d.memo].filter(Boolean).join('\n'))
    folded.set(d, text)
  }
  return text
}

/** Whether an article matches every word of the filter text (title, author, source, date, file name, memo). */
export function matchesText(d: Listed, text: string): boolean {
  const words = foldForSearch(text).split(/\s+/).filter(Boolean)
  if (words.length === 0) return true
  const haystack = searchText(d)
  return words.every((w) => haystack.includes(w))
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })

/** The articles the query shows, in its order. `passages` gives each article's passage count. */
export function listLibrary<T extends Listed>(documents: readonly T[], query: LibraryQuery, passages: (id: string) => number): T[] {
  const words = query.text.trim()
  const shown = documents.filter((d) => (query.setId === null || (d.setIds ?? []).includes(query.setId)) && (!words || matchesText(d, words)))
  const byTitle = (a: T, b: T): number => collator.compare(a.title, b.title)
  const order: Record<LibrarySort, (a: T, b: T) => number> = {
    opened: (a, b) => b.openedAt - a.openedAt,
    title: byTitle,
    // Articles without a date go last, whichever way.
    date: (a, b) => (b.metadata.date ?? '').localeCompare(a.metadata.date ?? '') || byTitle(a, b),
    added: (a, b) => b.importedAt - a.importedAt || byTitle(a, b),
    passages: (a, b) => passages(b.id) - passages(a.id) || byTitle(a, b)
  }
  return shown.sort(order[query.sort])
}
