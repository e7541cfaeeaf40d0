/**
 * Every passage of the project as a small integer (a slot), which articles and themes they belong
 * to and their reading order — read from the database's indexes alone (the compound
 * `[documentId+start]` and the multi-entry `tagIds`), never from the passages themselves. Filtering
 * 100,000 passages is then arithmetic on slots; only the rows on screen are read whole.
 * Kept current by the change sets of every action, undo and redo.
 */
import Dexie from 'dexie'
import type { Annotation } from '@shared/annotation'
import type { Change } from '../db/changeSet'
import type { ThemataDb } from '../db/db'

const EMPTY = new Int32Array(0)

export class PassageCatalog {
  /** Slot → passage id; '' once the passage is gone (slots are never reused). */
  private readonly ids: string[] = []
  private readonly slotOf = new Map<string, number>()
  private readonly documentOf: string[] = []
  private readonly byTag = new Map<string, Set<number>>()
  /** Each article's slots in reading order. */
  private readonly order = new Map<string, Int32Array>()
  /** Articles with passages added since their order was read: read again before the next query. */
  private readonly stale = new Set<string>()

  private constructor(readonly db: ThemataDb) {}

  /** Reads the indexes of `db` (one read transaction: a consistent picture). */
  static async load(db: ThemataDb): Promise<PassageCatalog> {
    const catalog = new PassageCatalog(db)
    await db.transaction('r', db.documents, db.tags, db.annotations, async () => {
      const [documentIds, tagIds] = await Promise.all([db.documents.toCollection().primaryKeys(), db.tags.toCollection().primaryKeys()])
      const [orders, members] = await Promise.all([
        Promise.all(documentIds.map((id) => readingOrder(db, id))),
        Promise.all(tagIds.map((id) => db.annotations.where('tagIds').equals(id).primaryKeys()))
      ])
      documentIds.forEach((documentId, i) => catalog.setOrder(documentId, orders[i] as string[]))
      tagIds.forEach((tagId, i) => {
        const slots = new Set<number>()
        for (const id of members[i] as string[]) {
          const slot = catalog.slotOf.get(id)
          if (slot !== undefined) slots.add(slot)
        }
        catalog.byTag.set(tagId, slots)
      })
    })
    return catalog
  }

  /** Slots handed out so far (dead ones included): the size of per-slot arrays. */
  get slotCount(): number {
    return this.ids.length
  }

  /** Passages there are now. */
  get size(): number {
    return this.slotOf.size
  }

  id(slot: number): string {
    return this.ids[slot] ?? ''
  }

  slot(id: string): number | undefined {
    return this.slotOf.get(id)
  }

  alive(slot: number): boolean {
    return (this.ids[slot] ?? '') !== ''
  }

  documentId(slot: number): string {
    return this.documentOf[slot] ?? ''
  }

  /** Slots of the passages carrying `tagId` (alive ones only). */
  members(tagId: string): Iterable<number> {
    return this.byTag.get(tagId) ?? []
  }

  /** An article's slots in reading order (may include dead slots: check alive()). */
  slotsOf(documentId: string): Int32Array {
    return this.order.get(documentId) ?? EMPTY
  }

  get needsRefresh(): boolean {
    return this.stale.size > 0
  }

  /** Reads again the order of articles that gained passages. Call once storage has them (history.flushed()). */
  async refresh(): Promise<void> {
    if (this.stale.size === 0) return
    const documents = [...this.stale]
    this.stale.clear()
    const orders = await this.db.transaction('r', this.db.annotations, () => Promise.all(documents.map((id) => readingOrder(this.db, id))))
    documents.forEach((documentId, i) => this.setOrder(documentId, orders[i] as string[]))
  }

  /** Brings the catalog in line with a change set's passages (in memory; storage may follow later). */
  apply(changes: readonly Change<Annotation>[]): void {
    for (const { before, after } of changes) {
      if (after) {
        let slot = this.slotOf.get(after.id)
        if (slot === undefined) {
          slot = this.newSlot(after.id, after.documentId)
          this.stale.add(after.documentId)
        }
        if (before) for (const t of before.tagIds) this.byTag.get(t)?.delete(slot)
        for (const t of after.tagIds) this.tagSet(t).add(slot)
      } else if (before) {
        const slot = this.slotOf.get(before.id)
        if (slot === undefined) continue
        for (const t of before.tagIds) this.byTag.get(t)?.delete(slot)
        this.slotOf.delete(before.id)
        this.ids[slot] = ''
      }
    }
  }

  private tagSet(tagId: string): Set<number> {
    let set = this.byTag.get(tagId)
    if (!set) this.byTag.set(tagId, (set = new Set()))
    return set
  }

  private newSlot(id: string, documentId: string): number {
    const slot = this.ids.length
    this.ids.push(id)
    this.documentOf.push(documentId)
    this.slotOf.set(id, slot)
    return slot
  }

  private setOrder(documentId: string, ids: readonly string[]): void {
    const slots = new Int32Array(ids.length)
    ids.forEach((id, i) => {
      slots[i] = this.slotOf.get(id) ?? this.newSlot(id, documentId)
    })
    this.order.set(documentId, slots)
  }
}

/** An article's passage ids in reading order (start, then id), from the compound index. */
function readingOrder(db: ThemataDb, documentId: string): Promise<string[]> {
  return db.annotations.where('[documentId+start]').between([documentId, Dexie.minKey], [documentId, Dexie.maxKey]).primaryKeys()
}
