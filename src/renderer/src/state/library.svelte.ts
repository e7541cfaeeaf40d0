/** The project's articles with their passage counts (in all and per theme), and what the library shows of them. */
import { SvelteMap } from 'svelte/reactivity'
import { withBookkeeping, type ChangeSet } from '../db/changeSet'
import type { DocumentRecord } from '../db/db'
import { applyDelta, countDeltas, storedCounts, type Counted, type DocumentCounts } from '../db/documentCounts'
import { documentCounts, listDocuments } from '../db/documents'
import type { LibraryQuery } from '../library/listing'
import { db } from './database'
import { onChangeSet } from './history.svelte'

const NO_PASSAGES: DocumentCounts = { passages: 0, themes: {} }

class Library {
  /** Every article of the project, most recently opened first. Raw: replaced as a whole, never deeply proxied (500 records). */
  documents = $state.raw<readonly DocumentRecord[]>([])
  /** Passages per article, in all and per theme; a change re-renders only the row that shows it. */
  readonly counts = new SvelteMap<string, DocumentCounts>()
  /** The open article, whose counts the session keeps from the passages it holds. */
  countedBySession: string | null = null
  /** What the library panel lists: filter text, set, order. */
  query = $state<LibraryQuery>({ text: '', setId: null, sort: 'opened' })
}

export const library = new Library()

export function countsOf(documentId: string): DocumentCounts {
  return library.counts.get(documentId) ?? NO_PASSAGES
}

export function documentById(documentId: string): DocumentRecord | undefined {
  return library.documents.find((d) => d.id === documentId)
}

/** Reads the open project's articles and counts (counting, once, those stored without counts). */
export async function refreshLibrary(): Promise<void> {
  const documents = await listDocuments(db())
  const counts = await documentCounts(db(), documents)
  library.documents = documents
  library.counts.clear()
  for (const [id, c] of counts) library.counts.set(id, c)
}

/** Keeps one article's counts current as its passages change, without rereading the database. */
export function setCounts(documentId: string, counts: DocumentCounts): void {
  const known = library.counts.get(documentId)
  if (known && known.passages === counts.passages && sameThemes(known.themes, counts.themes)) return
  library.counts.set(documentId, counts)
}

function sameThemes(a: DocumentCounts['themes'], b: DocumentCounts['themes']): boolean {
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k])
}

/** Moves an article to the top of the list as it is opened (adding it when it was just imported). */
export function documentOpened(record: DocumentRecord, openedAt: number): void {
  const rest = library.documents.filter((d) => d.id !== record.id)
  library.documents = [{ ...record, openedAt }, ...rest]
  if (!library.counts.has(record.id)) library.counts.set(record.id, storedCounts(record) ?? NO_PASSAGES)
}

/** Adds freshly imported articles (or brings ones imported before to the top). */
export function documentsAdded(records: readonly DocumentRecord[]): void {
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- local to this call, not state
  const added = new Set(records.map((r) => r.id))
  library.documents = [...records, ...library.documents.filter((d) => !added.has(d.id))].sort((a, b) => b.openedAt - a.openedAt)
  for (const r of records) if (!library.counts.has(r.id)) library.counts.set(r.id, storedCounts(r) ?? NO_PASSAGES)
}

/** Keeps the list and the counts in step with every action, undo and redo (no rereading). */
export function applyToLibrary(changes: ChangeSet): void {
  // Articles that enter or leave carry their counts with them; their passages do not count again.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- local to this call, not state
  const carried = new Set<string>()
  if (changes.documents) {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- local to this call, not state
    const byId = new Map(library.documents.map((d) => [d.id, d]))
    for (const { before, after } of changes.documents) {
      const held = byId.get((after ?? before)?.id ?? '')
      if (after && before && held) byId.set(after.id, withBookkeeping(after, held))
      else if (after) {
        byId.set(after.id, after)
        carried.add(after.id)
        library.counts.set(after.id, storedCounts(after) ?? NO_PASSAGES)
      } else if (before) {
        byId.delete(before.id)
        carried.add(before.id)
        library.counts.delete(before.id)
      }
    }
    library.documents = [...byId.values()].sort((a, b) => b.openedAt - a.openedAt)
  }
  if (changes.annotations) {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- local to this call, not state
    const first = new Map<string, Counted | undefined>()
    for (const { before, after } of changes.annotations) {
      const id = (after ?? before)?.id
      if (id !== undefined && !first.has(id)) first.set(id, before ?? undefined)
    }
    for (const [documentId, delta] of countDeltas(changes.annotations, (id) => first.get(id))) {
      if (documentId === library.countedBySession || carried.has(documentId) || !library.counts.has(documentId)) continue
      setCounts(documentId, applyDelta(countsOf(documentId), delta))
    }
  }
}

onChangeSet(applyToLibrary)
