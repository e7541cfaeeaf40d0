/**
 * The open project's undo history. Every domain (the open article, the codebook, the library)
 * registers how it brings what it holds in memory in line with a change set; the history calls
 * them all on every action, undo and redo, and writes the change set to storage.
 */
import { applyChangeSet, type ChangeSet } from '../db/changeSet'
import { describeSaveError } from '../db/storageErrors'
import { History } from '../history/history'
import { db } from './database'
import { notify, notifyErrorOnce } from './messages.svelte'

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

export const history = new History({
  persist: (changes) => applyChangeSet(db(), changes),
  applyInMemory: (changes) => {
    for (const apply of appliers) apply(changes)
  },
  // Each later change tries again; the user hears about it once, until they dismiss it.
  onPersistError: (error) => notifyErrorOnce(describeSaveError(error)),
  onStateChange: () => {
    undoState.canUndo = history.canUndo
    undoState.canRedo = history.canRedo
    undoState.undoLabel = history.undoLabel
    undoState.redoLabel = history.redoLabel
  }
})

export function undo(): void {
  if (!history.undo()) notify('Nothing to undo.')
}

export function redo(): void {
  if (!history.redo()) notify('Nothing to redo.')
}
