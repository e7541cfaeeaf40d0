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
      openedAt: now
    }
    await db.documents.add(record)
    await db.contents.add({ documentId: record.id, blocks: imported.blocks, text: imported.text })
    return record
  })
}

/** Every stored document, most recently opened first. */
export async function listDocuments(db: ThemataDb): Promise<DocumentRecord[]> {
  return db.documents.orderBy('openedAt').reverse().toArray()
}

export async function loadContent(db: ThemataDb, documentId: string): Promise<ContentRecord | undefined> {
  return db.contents.get(documentId)
}

export async function markOpened(db: ThemataDb, documentId: string, now = Date.now()): Promise<void> {
  await db.documents.update(documentId, { openedAt: now })
}

/** Number of passages per document, read from the index alone (no annotation is loaded). */
export async function passageCounts(db: ThemataDb): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  await db.annotations.orderBy('documentId').eachKey((key) => {
    const id = key as string
    counts.set(id, (counts.get(id) ?? 0) + 1)
  })
  return counts
}
