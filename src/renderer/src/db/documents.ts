import type { ImportedDocument } from '@shared/document'
import type { ContentRecord, DocumentRecord, ThemataDb } from './db'

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
 * Number of passages per document: the count each record keeps (see applyChangeSet), so
 * listing 500 articles reads 500 small records, not 100,000 index keys. Records without a count
 * (stored before counts were kept, or written by other tools) are counted from the index once
 * and the count is stored with them.
 */
export async function passageCounts(db: ThemataDb, documents: readonly DocumentRecord[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  const missing: string[] = []
  for (const d of documents) {
    if (d.passageCount === undefined) missing.push(d.id)
    else counts.set(d.id, d.passageCount)
  }
  if (missing.length > 0) {
    await db.transaction('rw', db.annotations, db.documents, async () => {
      for (const id of missing) {
        const passageCount = await db.annotations.where('documentId').equals(id).count()
        counts.set(id, passageCount)
        await db.documents.update(id, { passageCount })
      }
    })
  }
  return counts
}
