import type { Annotation } from '@shared/annotation'
import type { AnnotationChange } from '../annotations/annotationStore'
import type { ThemataDb } from './db'

export async function annotationsOf(db: ThemataDb, documentId: string): Promise<Annotation[]> {
  return db.annotations.where('documentId').equals(documentId).toArray()
}

/** Writes one user action in one transaction, so storage never holds half of it. */
export async function applyAnnotationChanges(db: ThemataDb, changes: readonly AnnotationChange[]): Promise<void> {
  const puts: Annotation[] = []
  const deletes: string[] = []
  for (const { before, after } of changes) {
    if (after) puts.push(after)
    else if (before) deletes.push(before.id)
  }
  await db.transaction('rw', db.annotations, async () => {
    if (deletes.length > 0) await db.annotations.bulkDelete(deletes)
    if (puts.length > 0) await db.annotations.bulkPut(puts)
  })
}
