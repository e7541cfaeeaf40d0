/** The article open in the editor, its passages, and the actions on them. */
import type { Annotation } from '@shared/annotation'
import { describeError } from '@shared/i18n/words'
import { blockStarts, type Block } from '@shared/document'
import type { ImportProgress } from '@shared/ipc/contract'
import { AnnotationStore, type AnnotationChange } from '../annotations/annotationStore'
import { annotationsOf } from '../db/annotations'
import type { DocumentRecord } from '../db/db'
import type { DocumentCounts } from '../db/documentCounts'
import { loadContent, markOpened } from '../db/documents'
import { lastOpened, rememberLastOpened } from '../db/settings'
import { HighlightIndex } from '../editor/highlightIndex'
import { articleLayout, type ArticleLayout } from '../editor/offsets'
import { afterNextPaint, mark, markPainted } from '../perf/marks'
import { db } from './database'
import { history, onChangeSet } from './history.svelte'
import { documentOpened, library, refreshLibrary, setCounts } from './library.svelte'
import { notifyError } from './messages.svelte'
import { t } from '../i18n/i18n.svelte'

export interface OpenDocument {
  record: DocumentRecord
  blocks: Block[]
  text: string
  starts: number[]
  /** Sections and positions of the article in the editor. */
  layout: ArticleLayout
  index: HighlightIndex
  store: AnnotationStore
  /** Resolves once the stored passages are in the index (they arrive just after the text). */
  passagesLoaded: Promise<void>
}

/**
 * How far opening the current article has got. The text is painted first, its highlights in the
 * next frame, the passages panel in the frame after: the reader sees the article as soon as
 * possible and no frame carries all the work.
 */
export type OpenPhase = 'text' | 'highlights' | 'ready'

/** What changed among the passages: the blocks to repaint and the changes themselves, or everything. */
export type PassagesChange = { blocks: number[]; changes: readonly AnnotationChange[] } | { all: true }

class Session {
  /** Raw: a 1 MB article's blocks must not become deep reactive proxies. */
  current = $state.raw<OpenDocument | null>(null)
  phase = $state<OpenPhase>('text')
  /** Bumped on every change to the passages; views derive from it. */
  version = $state(0)
  /** A passage the article should scroll to and flash; the nonce repeats a request for the same one. */
  reveal = $state.raw<{ id: string; nonce: number } | null>(null)
  busy = $state(false)
  /** How far the running import has got, when it says. */
  progress = $state.raw<ImportProgress | null>(null)
  private revealNonce = 0
  private opening = 0
  private readonly listeners = new Set<(change: PassagesChange) => void>()

  /** Reopens the article that was on screen when the app was last closed, if there was one. */
  async restoreLast(): Promise<void> {
    const last = await lastOpened(db())
    if (last && !this.current) await this.load(last)
  }

  /** Opens a stored document: the text first, then its highlights, then the passages panel. */
  async load(documentId: string): Promise<void> {
    const attempt = ++this.opening
    await history.flushed()
    const store = db()
    const passagesRead = annotationsOf(store, documentId)
    passagesRead.catch(() => undefined)
    const [record, content] = await Promise.all([store.documents.get(documentId), loadContent(store, documentId)])
    if (attempt !== this.opening) return
    if (!record || !content) {
      notifyError(t('article.gone'))
      await refreshLibrary()
      return
    }
    const starts = blockStarts(content.blocks)
    const index = new HighlightIndex(starts)
    let passagesLoaded!: () => void
    const opened: OpenDocument = {
      record,
      blocks: content.blocks,
      text: content.text,
      starts,
      layout: articleLayout(content.blocks, starts),
      index,
      store: new AnnotationStore({
        documentId,
        text: content.text,
        index,
        record: (label, changes) => history.commit(label, { annotations: changes }, true),
        onChange: (changes) => this.changed(changes)
      }),
      passagesLoaded: new Promise((resolve) => (passagesLoaded = resolve))
    }
    this.phase = 'text'
    this.current = opened
    markPainted('themata:article-painted')
    const openedAt = Date.now()
    documentOpened(record, openedAt)
    void markOpened(store, documentId, openedAt).catch(() => undefined)
    void rememberLastOpened(store, documentId).catch(() => undefined)

    let annotations: Annotation[]
    try {
      annotations = await passagesRead
    } catch (error) {
      notifyError(t('article.passagesUnreadable', { reason: describeError(error, t) }))
      annotations = []
    }
    await nextPaint()
    if (this.current !== opened) return
    mark('themata:highlights-start')
    index.load(annotations)
    this.phase = 'highlights'
    passagesLoaded()
    this.changed(null)
    markPainted('themata:highlights-painted')

    await nextPaint()
    if (this.current !== opened) return
    mark('themata:passages-start')
    this.phase = 'ready'
    markPainted('themata:passages-painted')
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

  /** Closes the article (its project is closing, or it was removed). */
  close(): void {
    this.opening++
    this.current = null
    this.changed(null)
  }

  revealPassage(id: string): void {
    this.reveal = { id, nonce: ++this.revealNonce }
  }

  /** Calls `listener` synchronously after every change to the passages; returns the unsubscribe. */
  onPassagesChange(listener: (change: PassagesChange) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** After a change to the passages (null: all of them arrived). */
  private changed(changes: readonly AnnotationChange[] | null): void {
    const current = this.current
    this.version++
    library.countedBySession = current?.record.id ?? null
    if (current) setCounts(current.record.id, countsIn(current.index))
    if (!current || this.listeners.size === 0) return
    let change: PassagesChange = { all: true }
    if (changes) {
      // eslint-disable-next-line svelte/prefer-svelte-reactivity -- local to this call, not state
      const blocks = new Set<number>()
      for (const { before, after } of changes) {
        for (const a of [before, after]) {
          if (!a) continue
          const [first, last] = current.index.blockRange(a)
          for (let b = first; b <= last; b++) blocks.add(b)
        }
      }
      change = { blocks: [...blocks], changes }
    }
    for (const listener of this.listeners) listener(change)
  }
}

/** The open article's counts, from its index: one lookup per theme, whatever the number of passages. */
function countsIn(index: HighlightIndex): DocumentCounts {
  const themes: Record<string, number> = {}
  for (const tagId of index.tagIds()) themes[tagId] = index.withTag(tagId).length
  return { passages: index.size, themes }
}

/** Resolves after the frame showing the DOM as it is now has been painted. */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => afterNextPaint(resolve))
}

export const session = new Session()

onChangeSet((changes) => {
  // An article removed (or its import undone) while on screen closes.
  const open = session.current?.record.id
  if (open !== undefined && changes.documents?.some((c) => c.before?.id === open && !c.after)) session.close()
  else if (changes.annotations) session.store?.apply(changes.annotations)
})
