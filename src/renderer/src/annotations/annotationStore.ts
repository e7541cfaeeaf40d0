/**
 * The open document's annotations: in memory for instant painting, written through to storage,
 * with undo/redo over whole user actions (create, retag, note, delete).
 */
import { quoteAt, trimRange, type Annotation } from '@shared/annotation'
import type { HighlightIndex } from '../editor/highlightIndex'

/** One annotation before and after an action; null where it did not exist. */
export interface AnnotationChange {
  before: Annotation | null
  after: Annotation | null
}

export interface AnnotationPersistence {
  apply(changes: readonly AnnotationChange[]): Promise<void>
}

export interface AnnotationStoreOptions {
  documentId: string
  text: string
  index: HighlightIndex
  persistence: AnnotationPersistence
  /** Called after every change is applied in memory, with what changed (so views repaint only that). */
  onChange?: (changes: readonly AnnotationChange[]) => void
  /** Called when storage refused a change (the in-memory state is kept; the user is told). */
  onPersistError?: (error: unknown) => void
  now?: () => number
  newId?: () => string
}

export class AnnotationStore {
  private readonly undoStack: AnnotationChange[][] = []
  private readonly redoStack: AnnotationChange[][] = []
  private readonly now: () => number
  private readonly newId: () => string
  private pending: Promise<void> = Promise.resolve()

  constructor(private readonly options: AnnotationStoreOptions) {
    this.now = options.now ?? Date.now
    this.newId = options.newId ?? (() => crypto.randomUUID())
  }

  get documentId(): string {
    return this.options.documentId
  }

  get size(): number {
    return this.options.index.size
  }

  get(id: string): Annotation | undefined {
    return this.options.index.get(id)
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0
  }

  /** Resolves when every change so far has reached storage. */
  flushed(): Promise<void> {
    return this.pending
  }

  /**
   * Tags [start, end) of the text. Whitespace at the edges is trimmed; a selection that matches an
   * existing passage exactly adds the themes to it rather than creating a duplicate.
   * Returns the passage, or null when the range holds only whitespace.
   */
  tagRange(start: number, end: number, tagIds: readonly string[], note = ''): Annotation | null {
    const range = trimRange(this.options.text, start, end)
    if (!range) return null
    const twin = this.options.index
      .inBlocks(...this.options.index.blockRange(range))
      .find((a) => a.start === range.start && a.end === range.end)
    if (twin) {
      const tagIdsMerged = [...new Set([...twin.tagIds, ...tagIds])]
      const noteMerged = note && !twin.note ? note : twin.note
      if (tagIdsMerged.length === twin.tagIds.length && noteMerged === twin.note) return twin
      return this.replace(twin, { tagIds: tagIdsMerged, note: noteMerged })
    }
    const time = this.now()
    const created: Annotation = {
      id: this.newId(),
      documentId: this.options.documentId,
      ...range,
      ...quoteAt(this.options.text, range.start, range.end),
      tagIds: [...new Set(tagIds)],
      note,
      createdAt: time,
      updatedAt: time
    }
    this.commit([{ before: null, after: created }])
    return created
  }

  addTag(id: string, tagId: string): void {
    const current = this.get(id)
    if (current && !current.tagIds.includes(tagId)) this.replace(current, { tagIds: [...current.tagIds, tagId] })
  }

  /** Removes a theme; a passage left with neither a theme nor a note is deleted. */
  removeTag(id: string, tagId: string): void {
    const current = this.get(id)
    if (!current || !current.tagIds.includes(tagId)) return
    const tagIds = current.tagIds.filter((t) => t !== tagId)
    if (tagIds.length === 0 && !current.note.trim()) this.delete(id)
    else this.replace(current, { tagIds })
  }

  setNote(id: string, note: string): void {
    const current = this.get(id)
    if (current && current.note !== note) this.replace(current, { note })
  }

  delete(id: string): void {
    const current = this.get(id)
    if (current) this.commit([{ before: current, after: null }])
  }

  undo(): boolean {
    const changes = this.undoStack.pop()
    if (!changes) return false
    this.redoStack.push(changes)
    this.applyChanges(changes.map((c) => ({ before: c.after, after: c.before })))
    return true
  }

  redo(): boolean {
    const changes = this.redoStack.pop()
    if (!changes) return false
    this.undoStack.push(changes)
    this.applyChanges(changes)
    return true
  }

  private replace(current: Annotation, patch: Partial<Pick<Annotation, 'tagIds' | 'note'>>): Annotation {
    const after: Annotation = { ...current, ...patch, updatedAt: this.now() }
    this.commit([{ before: current, after }])
    return after
  }

  private commit(changes: AnnotationChange[]): void {
    this.undoStack.push(changes)
    this.redoStack.length = 0
    this.applyChanges(changes)
  }

  private applyChanges(changes: readonly AnnotationChange[]): void {
    const index = this.options.index
    for (const { before, after } of changes) {
      if (after) index.put(after)
      else if (before) index.remove(before.id)
    }
    // Writes are chained so storage sees changes in the order the user made them.
    this.pending = this.pending
      .then(() => this.options.persistence.apply(changes))
      .catch((error: unknown) => this.options.onPersistError?.(error))
    this.options.onChange?.(changes)
  }
}
