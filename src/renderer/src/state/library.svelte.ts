/** Articles opened before, with their passage counts. */
import type { DocumentRecord } from '../db/db'
import { listDocuments, passageCounts } from '../db/documents'
import { db } from './database'

export const library = $state<{ documents: DocumentRecord[]; counts: Map<string, number> }>({
  documents: [],
  counts: new Map()
})

export async function refreshLibrary(): Promise<void> {
  const [documents, counts] = await Promise.all([listDocuments(db), passageCounts(db)])
  library.documents = documents
  library.counts = counts
}

/** Keeps one article's count current as its passages change, without rereading the database. */
export function setPassageCount(documentId: string, count: number): void {
  if (library.counts.get(documentId) === count) return
  library.counts = new Map(library.counts).set(documentId, count)
}
