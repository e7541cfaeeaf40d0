/** Articles opened before, with their passage counts. */
import { SvelteMap } from 'svelte/reactivity'
import type { DocumentRecord } from '../db/db'
import { listDocuments, passageCounts } from '../db/documents'
import { db } from './database'

class Library {
  /** Most recently opened first. Raw: replaced as a whole, never deeply proxied (500 records). */
  documents = $state.raw<readonly DocumentRecord[]>([])
  /** Passages per document; a change re-renders only the row that shows it. */
  readonly counts = new SvelteMap<string, number>()
}

export const library = new Library()

export async function refreshLibrary(): Promise<void> {
  const documents = await listDocuments(db)
  const counts = await passageCounts(db, documents)
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
