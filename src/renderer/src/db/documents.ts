import type { ImportedDocument } from '@shared/document'
import { recount, type ChangeSet } from './changeSet'
import type { ContentRecord, DocumentRecord, ThemataDb } from './db'
import { countFields, countPassages, storedCounts, type DocumentCounts } from './documentCounts'

/**
 * Stores a freshly imported document, or, when a file with the same content was opened before,
 * returns that document (with its passages) and marks it as opened now.
 */
export async function saveImportedDocument(db: ThemataDb, imported: ImportedDocument, now = Date.now()): Promise<DocumentRecord> {
  return db.transaction('rw', db.documents, db.contents, async () => {
    const existing = await db.documents.where('contentHash').equals(imported.contentHash).first()
    if (existing) {
      await db.documents.update(existing.id, { openedAt: now })
      return { ...existing, openedAt: now }
    }
    const record: DocumentRecord = {
      id: crypto.randomUUID(),
      contentHash: imported.contentHash,
      title: imported.title,
      fileName: imported.fileName,
      format: imported.format,
      metadata: imported.metadata,
      byteLength: imported.byteLength,
      charCount: imported.text.length,
      importedAt: now,
      openedAt: now,
      passageCount: 0,
      themeCounts: {},
      memo: '',
      setIds: []
    }
    await db.documents.add(record)
    await db.contents.add({ documentId: record.id, blocks: imported.blocks, text: imported.text })
    return record
  })
}

/**
 * Every stored document, most recently opened first. Read in one request and sorted here: a
 * reversed index walk is a cursor, one round trip per document, several times slower at 500.
 */
export async function listDocuments(db: ThemataDb): Promise<DocumentRecord[]> {
  const documents = await db.documents.toArray()
  return documents.sort((a, b) => b.openedAt - a.openedAt)
}

export async function loadContent(db: ThemataDb, documentId: string): Promise<ContentRecord | undefined> {
  return db.contents.get(documentId)
}

export async function markOpened(db: ThemataDb, documentId: string, now = Date.now()): Promise<void> {
  await db.documents.update(documentId, { openedAt: now })
}

/**
 * Passages per document, in all and per theme: the counts each record keeps (see applyChangeSet),
 * so listing 500 articles reads 500 small records, not 100,000 passages. Records without counts
 * (stored before they were kept, or written by other tools) are counted from their passages once
 * and the counts are stored with them.
 */
export async function documentCounts(db: ThemataDb, documents: readonly DocumentRecord[]): Promise<Map<string, DocumentCounts>> {
  const counts = new Map<string, DocumentCounts>()
  const missing: string[] = []
  for (const d of documents) {
    const kept = storedCounts(d)
    if (kept) counts.set(d.id, kept)
    else missing.push(d.id)
  }
  if (missing.length > 0) {
    await db.transaction('rw', db.annotations, db.documents, async () => {
      for (const id of missing) {
        const fresh = await recount(db, id)
        counts.set(id, fresh)
        await db.documents.update(id, countFields(fresh))
      }
    })
  }
  return counts
}

/**
 * The change set that removes an article: its record, its text and every passage, as stored now
 * (read it after the history has flushed), so undoing it puts back exactly what was there.
 */
export async function removalChange(db: ThemataDb, documentId: string): Promise<ChangeSet | null> {
  return db.transaction('r', db.documents, db.contents, db.annotations, async () => {
    const record = await db.documents.get(documentId)
    if (!record) return null
    const [content, annotations] = await Promise.all([db.contents.get(documentId), db.annotations.where('documentId').equals(documentId).toArray()])
    // The record leaves with the counts of the passages leaving with it.
    const counted = { ...record, ...countFields(countPassages(annotations)) }
    return {
      documents: [{ before: counted, after: null }],
      contents: content ? [{ before: content, after: null }] : [],
      annotations: annotations.map((a) => ({ before: a, after: null }))
    }
  })
}
