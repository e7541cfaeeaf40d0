/**
 * The open project's undo history. Every domain (the open article, the codebook, the library)
 * registers how it brings what it holds in memory in line with a change set; the history calls
 * them all on every action, undo and redo, and writes the change set to storage.
 */
import { applyChangeSet, changeCount, type ChangeSet } from '../db/changeSet'
import { describeSaveError } from '../db/storageErrors'
import { History, type HistoryEntry } from '../history/history'
import { afterNextPaint } from '../perf/marks'
import { db } from './database'
import { notify, notifyErrorOnce } from './messages.svelte'
import { t } from '../i18n/i18n.svelte'

type Applier = (changes: ChangeSet) => void
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a list of callbacks, not state
const appliers = new Set<Applier>()

/** Registers what a domain does with each change set in memory; returns the unsubscribe. */
export function onChangeSet(applier: Applier): () => void {
  appliers.add(applier)
  return () => appliers.delete(applier)
}

class UndoState {
  canUndo = $state(false)
  canRedo = $state(false)
  undoLabel = $state<string | null>(null)
  redoLabel = $state<string | null>(null)
}

export const undoState = new UndoState()

/** Change sets this big are written after the frame that shows them (see afterPaintOrSoon). */
const DEFER_WRITE_ABOVE = 500

/**
 * Resolves once the frame showing an action has been painted (or after 100 ms where no frame comes,
 * as in a hidden window): a write that touches thousands of passages (a merge) starts with thousands
 * of requests on the main thread, which must not hold back the frame that shows the action. Smaller
 * writes start at once, so closing the window right after an action keeps it.
 */
function afterPaintOrSoon(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100)
    afterNextPaint(() => {
      clearTimeout(timer)
      resolve()
    })
  })
}

type ActionObserver = (kind: 'do' | 'undo' | 'redo', entry: HistoryEntry) => void
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a list of callbacks, not state
const actionObservers = new Set<ActionObserver>()

/** Registers what follows every action, undo and redo once it is in memory (telling the user); returns the unsubscribe. */
export function onAction(observer: ActionObserver): () => void {
  actionObservers.add(observer)
  return () => actionObservers.delete(observer)
}

// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a list of callbacks, not state
const storedObservers = new Set<Applier>()

/** Registers what follows each change set once it is stored (counts kept in step with storage); returns the unsubscribe. */
export function onStored(observer: Applier): () => void {
  storedObservers.add(observer)
  return () => storedObservers.delete(observer)
}

export const history = new History({
  persist: async (changes) => {
    if (changeCount(changes) > DEFER_WRITE_ABOVE) await afterPaintOrSoon()
    await applyChangeSet(db(), changes)
    for (const observe of storedObservers) observe(changes)
  },
  applyInMemory: (changes) => {
    for (const apply of appliers) apply(changes)
  },
  // Each later change tries again; the user hears about it once, until they dismiss it.
  onPersistError: (error) => notifyErrorOnce(describeSaveError(error, t)),
  onStateChange: () => {
    undoState.canUndo = history.canUndo
    undoState.canRedo = history.canRedo
    undoState.undoLabel = history.undoLabel
    undoState.redoLabel = history.redoLabel
  },
  onAction: (kind, entry) => {
    for (const observe of actionObservers) observe(kind, entry)
  }
})

export function undo(): void {
  if (!history.undo()) notify(t('history.nothingToUndo'))
}

export function redo(): void {
  if (!history.redo()) notify(t('history.nothingToRedo'))
}
