import type { Annotation } from '@shared/annotation'
import type { AnnotationChange } from '../annotations/annotationStore'
import type { ThemataDb } from './db'

export async function annotationsOf(db: ThemataDb, documentId: string): Promise<Annotation[]> {
  return db.annotations.where('documentId').equals(documentId).toArray()
}

/**
 * Writes one user action in one transaction, so storage never holds half of it, and keeps each
 * document's passage count in step: +1 for a passage that was not stored, −1 for one deleted.
 */
export async function applyAnnotationChanges(db: ThemataDb, changes: readonly AnnotationChange[]): Promise<void> {
  const puts: Annotation[] = []
  const deletes: string[] = []
  for (const { before, after } of changes) {
    if (after) puts.push(after)
    else if (before) deletes.push(before.id)
  }
  await db.transaction('rw', db.annotations, db.documents, async () => {
    const ids = [...new Set([...deletes, ...puts.map((a) => a.id)])]
    const stored = new Map<string, string>()
    for (const a of await db.annotations.bulkGet(ids)) if (a) stored.set(a.id, a.documentId)
    const delta = new Map<string, number>()
    const add = (documentId: string, n: number): void => void delta.set(documentId, (delta.get(documentId) ?? 0) + n)
    for (const id of deletes) {
      const documentId = stored.get(id)
      if (documentId !== undefined) add(documentId, -1)
      stored.delete(id)
    }
    for (const a of puts) if (!stored.has(a.id)) add(a.documentId, 1)
    if (deletes.length > 0) await db.annotations.bulkDelete(deletes)
    if (puts.length > 0) await db.annotations.bulkPut(puts)
    for (const [documentId, n] of delta) {
      if (n === 0) continue
      const record = await db.documents.get(documentId)
      if (!record) continue
      const passageCount = record.passageCount === undefined ? await db.annotations.where('documentId').equals(documentId).count() : record.passageCount + n
      await db.documents.update(documentId, { passageCount })
    }
  })
}
