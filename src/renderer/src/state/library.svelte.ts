/** Articles opened before, with their passage counts. */
import type { DocumentRecord } from '../db/db'
import { listDocuments, passageCounts } from '../db/documents'
import { db } from './database'

export const library = $state<{ documents: DocumentRecord[]; counts: Record<string, number> }>({
  documents: [],
  counts: {}
})

export async function refreshLibrary(): Promise<void> {
  const [documents, counts] = await Promise.all([listDocuments(db), passageCounts(db)])
  library.documents = documents
  library.counts = Object.fromEntries(counts)
}

/** Keeps one article's count current as its passages change, without rereading the database. */
export function setPassageCount(documentId: string, count: number): void {
  if (library.counts[documentId] !== count) library.counts[documentId] = count
}
