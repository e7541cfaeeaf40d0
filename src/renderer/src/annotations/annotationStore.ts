/**
 * The open document's annotations: in memory for instant painting. Each user action (create,
 * retag, note, delete) is handed to `record` — the project's history, which stores it and can undo it.
 */
import { quoteAt, trimRange, type Annotation } from '@shared/annotation'
import type { Change } from '../db/changeSet'
import type { HighlightIndex } from '../editor/highlightIndex'
import { t } from '../i18n/i18n.svelte'

/** One annotation before and after an action; null where it did not exist. */
export type AnnotationChange = Change<Annotation>

export interface AnnotationStoreOptions {
  documentId: string
  text: string
  index: HighlightIndex
  /** Receives every user action once it is in memory, with a label for people ("Tag passage"). */
  record: (label: string, changes: AnnotationChange[]) => void
  /** Called after every change is applied in memory, with what changed (so views repaint only that). */
  onChange?: (changes: readonly AnnotationChange[]) => void
  now?: () => number
  newId?: () => string
}

export class AnnotationStore {
  private readonly now: () => number
  private readonly newId: () => string

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
      return this.replace(twin, { tagIds: tagIdsMerged, note: noteMerged }, t('undo.tagPassage'))
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
    this.commit(t('undo.tagPassage'), [{ before: null, after: created }])
    return created
  }

  addTag(id: string, tagId: string): void {
    const current = this.get(id)
    if (current && !current.tagIds.includes(tagId)) this.replace(current, { tagIds: [...current.tagIds, tagId] }, t('undo.addTheme'))
  }

  /** Removes a theme; a passage left with neither a theme nor a note is deleted. */
  removeTag(id: string, tagId: string): void {
    const current = this.get(id)
    if (!current || !current.tagIds.includes(tagId)) return
    const tagIds = current.tagIds.filter((t) => t !== tagId)
    if (tagIds.length === 0 && !current.note.trim()) this.delete(id)
    else this.replace(current, { tagIds }, t('undo.removeTheme'))
  }

  setNote(id: string, note: string): void {
    const current = this.get(id)
    if (current && current.note !== note) this.replace(current, { note }, t('undo.editNote'))
  }

  delete(id: string): void {
    const current = this.get(id)
    if (current) this.commit(t('undo.deletePassage'), [{ before: current, after: null }])
  }

  /**
   * Brings the passages in memory in line with changes made elsewhere (undo, redo, an action across
   * the project); changes to other documents are ignored.
   */
  apply(changes: readonly AnnotationChange[]): void {
    const mine = changes.filter((c) => (c.after ?? c.before)?.documentId === this.options.documentId)
    if (mine.length === 0) return
    const index = this.options.index
    for (const { before, after } of mine) {
      if (after) index.put(after)
      else if (before) index.remove(before.id)
    }
    this.options.onChange?.(mine)
  }

  private replace(current: Annotation, patch: Partial<Pick<Annotation, 'tagIds' | 'note'>>, label: string): Annotation {
    const after: Annotation = { ...current, ...patch, updatedAt: this.now() }
    this.commit(label, [{ before: current, after }])
    return after
  }

  private commit(label: string, changes: AnnotationChange[]): void {
    this.apply(changes)
    this.options.record(label, changes)
  }
}
