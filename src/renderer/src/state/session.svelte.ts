/** The article open in the editor, its passages, and the actions on them. */
import type { Annotation } from '@shared/annotation'
import { blockStarts, type Block } from '@shared/document'
import type { ImportOutcome } from '@shared/ipc/contract'
import { AnnotationStore } from '../annotations/annotationStore'
import { annotationsOf, applyAnnotationChanges } from '../db/annotations'
import type { DocumentRecord } from '../db/db'
import { loadContent, markOpened, saveImportedDocument } from '../db/documents'
import { HighlightIndex } from '../editor/highlightIndex'
import { db } from './database'
import { refreshLibrary, setPassageCount } from './library.svelte'
import { notify, notifyError } from './messages.svelte'

export interface OpenDocument {
  record: DocumentRecord
  blocks: Block[]
  text: string
  starts: number[]
  blockLengths: number[]
  index: HighlightIndex
  store: AnnotationStore
}

class Session {
  /** Raw: a 1 MB article's blocks must not become deep reactive proxies. */
  current = $state.raw<OpenDocument | null>(null)
  /** Bumped on every change to the passages; views derive from it. */
  version = $state(0)
  canUndo = $state(false)
  canRedo = $state(false)
  /** A passage the article should scroll to and flash; the nonce repeats a request for the same one. */
  reveal = $state.raw<{ id: string; nonce: number } | null>(null)
  busy = $state(false)
  private revealNonce = 0

  /** Stores and opens what a host's import returned, or tells the user why it failed. */
  async openOutcome(outcome: ImportOutcome): Promise<void> {
    if (outcome.status === 'cancelled') return
    if (outcome.status === 'failed') {
      notifyError(outcome.message)
      return
    }
    try {
      const record = await saveImportedDocument(db, outcome.document)
      await this.load(record.id)
    } catch (error) {
      notifyError(`Could not store “${outcome.document.fileName}”: ${error instanceof Error ? error.message : String(error)}`)
    }
  }

  async load(documentId: string): Promise<void> {
    await this.current?.store.flushed()
    const [record, content, annotations] = await Promise.all([
      db.documents.get(documentId),
      loadContent(db, documentId),
      annotationsOf(db, documentId)
    ])
    if (!record || !content) {
      notifyError('That article is no longer in the library.')
      await refreshLibrary()
      return
    }
    const starts = blockStarts(content.blocks)
    const index = new HighlightIndex(starts, annotations)
    const store = new AnnotationStore({
      documentId,
      text: content.text,
      index,
      persistence: { apply: (changes) => applyAnnotationChanges(db, changes) },
      onChange: () => this.changed(),
      onPersistError: (error) =>
        notifyError(`Your last change could not be saved (${error instanceof Error ? error.message : String(error)}). It is still shown; export a report to keep it.`)
    })
    this.current = {
      record,
      blocks: content.blocks,
      text: content.text,
      starts,
      blockLengths: content.blocks.map((b) => b.text.length),
      index,
      store
    }
    this.changed()
    await markOpened(db, documentId)
    await refreshLibrary()
  }

  get store(): AnnotationStore | null {
    return this.current?.store ?? null
  }

  annotation(id: string): Annotation | undefined {
    return this.current?.store.get(id)
  }

  tagRange(start: number, end: number, tagIds: string[], note = ''): Annotation | null {
    return this.store?.tagRange(start, end, tagIds, note) ?? null
  }

  undo(): void {
    if (this.store?.undo() === false) notify('Nothing to undo.')
  }

  redo(): void {
    if (this.store?.redo() === false) notify('Nothing to redo.')
  }

  revealPassage(id: string): void {
    this.reveal = { id, nonce: ++this.revealNonce }
  }

  private changed(): void {
    this.version++
    if (this.current) setPassageCount(this.current.record.id, this.current.store.size)
    this.canUndo = this.store?.canUndo ?? false
    this.canRedo = this.store?.canRedo ?? false
  }
}

export const session = new Session()
