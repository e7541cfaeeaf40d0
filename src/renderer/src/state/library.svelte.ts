/** Articles opened before, with their passage counts. */
import { SvelteMap } from 'svelte/reactivity'
import type { DocumentRecord } from '../db/db'
import { listDocuments, passageCounts } from '../db/documents'
import { db } from './database'
import { onChangeSet } from './history.svelte'

class Library {
  /** Most recently opened first. Raw: replaced as a whole, never deeply proxied (500 records). */
  documents = $state.raw<readonly DocumentRecord[]>([])
  /** Passages per document; a change re-renders only the row that shows it. */
  readonly counts = new SvelteMap<string, number>()
  /** The open article, whose count the session keeps from the passages it holds. */
  countedBySession: string | null = null
}

export const library = new Library()

export async function refreshLibrary(): Promise<void> {
  const documents = await listDocuments(db())
  const counts = await passageCounts(db(), documents)
  library.documents = documents
  for (const [id, count] of counts) setPassageCount(id, count)
}

/** Keeps one article's count current as its passages change, without rereading the database. */
export function setPassageCount(documentId: string, count: number): void {
  if (library.counts.get(documentId) !== count) library.counts.set(documentId, count)
}

/** Moves an article to the top of the list as it is opened (adding it when it was just imported). */
export function documentOpened(record: DocumentRecord, openedAt: number): void {
  const rest = library.documents.filter((d) => d.id !== record.id)
  library.documents = [{ ...record, openedAt }, ...rest]
}

/** Keeps the list and the counts in step with every action, undo and redo (no rereading). */
onChangeSet((changes) => {
  if (changes.documents) {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- local to this call, not state
    const byId = new Map(library.documents.map((d) => [d.id, d]))
    for (const { before, after } of changes.documents) {
      if (after) byId.set(after.id, after)
      else if (before) byId.delete(before.id)
    }
    library.documents = [...byId.values()].sort((a, b) => b.openedAt - a.openedAt)
    for (const { after } of changes.documents) if (after?.passageCount !== undefined) setPassageCount(after.id, after.passageCount)
  }
  const carried = new Set((changes.documents ?? []).map((c) => (c.after ?? c.before)?.id))
  for (const { before, after } of changes.annotations ?? []) {
    const documentId = (after ?? before)?.documentId
    if (documentId === undefined || documentId === library.countedBySession || carried.has(documentId) || (before && after)) continue
    setPassageCount(documentId, Math.max(0, (library.counts.get(documentId) ?? 0) + (after ? 1 : -1)))
  }
})
