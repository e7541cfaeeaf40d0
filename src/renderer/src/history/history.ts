/**
 * Undo and redo over whole user actions, for the whole project: a passage tagged, a theme merged,
 * an article removed. Each action is a change set; what is in memory changes at once, storage
 * follows in the order the user acted, and undo applies the inverse the same way.
 */
import { changeCount, invert, type ChangeSet } from '../db/changeSet'

export interface HistoryEntry {
  /** What the action was, for people: "Merge “Sanctions” into “Economic pressure”". */
  label: string
  changes: ChangeSet
}

export interface HistoryOptions {
  /** Writes a change set to storage (one transaction). */
  persist(changes: ChangeSet): Promise<void>
  /** Brings what is in memory (the open article, the codebook, the library) in line with a change set. */
  applyInMemory(changes: ChangeSet): void
  /**
   * Storage refused a change; what is in memory is kept, the user is told, and the change is tried
   * again (first, so storage keeps the user's order) with the next one.
   */
  onPersistError(error: unknown): void
  /** Called whenever canUndo or canRedo may have changed. */
  onStateChange?(): void
  /** Called after every action, undo and redo, with the action's entry (to tell the user what happened). */
  onAction?(kind: 'do' | 'undo' | 'redo', entry: HistoryEntry): void
}

export class History {
  private readonly undoStack: HistoryEntry[] = []
  private readonly redoStack: HistoryEntry[] = []
  private pending: Promise<void> = Promise.resolve()
  /** Change sets not in storage yet, oldest first: the one being written, and any storage refused. */
  private readonly backlog: ChangeSet[] = []

  constructor(private readonly options: HistoryOptions) {}

  get canUndo(): boolean {
    return this.undoStack.length > 0
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0
  }

  /** The label of the action undo would take back, if any. */
  get undoLabel(): string | null {
    return this.undoStack.at(-1)?.label ?? null
  }

  get redoLabel(): string | null {
    return this.redoStack.at(-1)?.label ?? null
  }

  /**
   * Records an action. `alreadyApplied`: the caller changed what is in memory itself (the open
   * article does, to paint within the frame); otherwise the history applies it in memory.
   * Returns once it is in memory; `flushed()` tells when it is stored.
   */
  commit(label: string, changes: ChangeSet, alreadyApplied = false): void {
    if (changeCount(changes) === 0) return
    if (!alreadyApplied) this.options.applyInMemory(changes)
    const entry = { label, changes }
    this.undoStack.push(entry)
    this.redoStack.length = 0
    this.persist(changes)
    this.options.onStateChange?.()
    this.options.onAction?.('do', entry)
  }

  /** Takes back the last action; returns it, or null when there is none. */
  undo(): HistoryEntry | null {
    const entry = this.undoStack.pop()
    if (!entry) return null
    this.redoStack.push(entry)
    const inverse = invert(entry.changes)
    this.options.applyInMemory(inverse)
    this.persist(inverse)
    this.options.onStateChange?.()
    this.options.onAction?.('undo', entry)
    return entry
  }

  redo(): HistoryEntry | null {
    const entry = this.redoStack.pop()
    if (!entry) return null
    this.undoStack.push(entry)
    this.options.applyInMemory(entry.changes)
    this.persist(entry.changes)
    this.options.onStateChange?.()
    this.options.onAction?.('redo', entry)
    return entry
  }

  /** Resolves when every change so far has reached storage (read storage only after this). */
  flushed(): Promise<void> {
    return this.pending
  }

  /** Whether some change is not in storage yet (closing the page now would lose it). */
  get saving(): boolean {
    return this.backlog.length > 0
  }

  /** Forgets every action, and any change storage refused (another project was opened). */
  clear(): void {
    this.undoStack.length = 0
    this.redoStack.length = 0
    this.backlog.length = 0
    this.options.onStateChange?.()
  }

  private persist(changes: ChangeSet): void {
    this.backlog.push(changes)
    // Chained, so storage sees changes in the order the user made them.
    this.pending = this.pending.then(() => this.drain())
  }

  /** Writes the backlog oldest first; stops at the first refusal, so nothing after it is written before it. */
  private async drain(): Promise<void> {
    try {
      for (let next = this.backlog[0]; next !== undefined; next = this.backlog[0]) {
        await this.options.persist(next)
        this.backlog.shift()
      }
    } catch (error) {
      this.options.onPersistError(error)
    }
  }
}
