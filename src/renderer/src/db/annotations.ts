import type { Annotation } from '@shared/annotation'
import type { ThemataDb } from './db'

export async function annotationsOf(db: ThemataDb, documentId: string): Promise<Annotation[]> {
  return db.annotations.where('documentId').equals(documentId).toArray()
}
