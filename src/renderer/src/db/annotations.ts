import type { Annotation } from '@shared/annotation'
import type { ThemataDb } from './db'

export async function annotationsOf(db: ThemataDb, documentId: string): Promise<Annotation[]> {
  return db.annotations.where('documentId').equals(documentId).toArray()
}

/**
 * Finds the stored passages starting exactly at given places ([documentId, start]) through the
 * compound index: one request per place, each sent as soon as it is added, all in one read
 * transaction — so the lookups run while the caller goes on working (autocode extends the next
 * hits meanwhile). Raw IndexedDB on purpose: measured on 5,000 places over 100,000 passages,
 * Dexie's `anyOf` (a cursor jumping from key to key) took about 50 s and 5,000 parallel Dexie
 * queries 1.3 s; plain parallel requests take about 0.2 s. The database must be open.
 */
export class StartLookup {
  private readonly tx: IDBTransaction
  private readonly index: IDBIndex
  private readonly asked = new Set<string>()
  private readonly found: Annotation[] = []
  private readonly finished: Promise<Annotation[]>

  constructor(db: ThemataDb) {
    this.tx = db.backendDB().transaction('annotations', 'readonly')
    this.index = this.tx.objectStore('annotations').index('[documentId+start]')
    this.finished = new Promise((resolve, reject) => {
      this.tx.oncomplete = () => resolve(this.found)
      this.tx.onerror = () => reject(this.tx.error ?? new Error('The passages could not be read.'))
      this.tx.onabort = () => reject(this.tx.error ?? new Error('The passages could not be read.'))
    })
  }

  /** Looks up the passages starting at `start` in `documentId` (once per place). */
  add(documentId: string, start: number): void {
    const key = `${documentId}\u0000${start}`
    if (this.asked.has(key)) return
    this.asked.add(key)
    const request = this.index.getAll([documentId, start])
    request.onsuccess = () => {
      for (const a of request.result as Annotation[]) this.found.push(a)
    }
  }

  /** Every passage found; call once every place is added, in the same task that added the last. */
  done(): Promise<Annotation[]> {
    // A transaction with no request would stay open until the task ends: commit it now.
    this.tx.commit()
    return this.finished
  }
}
