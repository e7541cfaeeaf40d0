/**
 * The project's codebook: its themes in codebook order, how many passages carry each across the
 * project, and every action on it — each one `history.commit`, so each is one undoable step written
 * in one transaction. The rules live in `codebook/operations.ts`; this module reads and commits.
 */
import { SvelteMap } from 'svelte/reactivity'
import { describeError } from '@shared/i18n/words'
import type { Annotation, Tag } from '@shared/annotation'
import { codebookOrder } from '@shared/themeTree'
import { dropPlacement, keyboardMove, type DropPosition, type KeyboardMove } from '../codebook/moves'
import * as operations from '../codebook/operations'
import { isRefusal, type NewTheme, type Operation, type Outcome, type ThemePatch } from '../codebook/operations'
import { deleteImpactInProject, deleteInProject, mergeInProject } from '../codebook/projectOperations'
import type { ChangeSet } from '../db/changeSet'
import { ensureDefaultCodebook, listTags, passageCountsByTheme, passagesWithThemes } from '../db/tags'
import { db } from './database'
import { history, onChangeSet, onStored } from './history.svelte'
import { notify } from './messages.svelte'
import { locale, t } from '../i18n/i18n.svelte'

class Codebook {
  /** Every theme, in codebook order (depth-first, siblings by order). Replaced whole on each change. */
  tags = $state.raw<Tag[]>([])
  /** Passages carrying each theme across the project: counted once when the project opens, then kept from what is stored. */
  readonly projectCounts = new SvelteMap<string, number>()
  /** Whether the project counts have been read (a theme missing from them then has none). */
  countsKnown = $state(false)
  /** A merge or delete reading its passages. */
  busy = $state(false)
}

export const codebook = new Codebook()

let lookup: { tags: Tag[]; byId: Map<string, Tag>; rank: Map<string, number> } | null = null

function lookups(): NonNullable<typeof lookup> {
  const tags = codebook.tags
  if (lookup?.tags !== tags) {
    lookup = { tags, byId: new Map(tags.map((t) => [t.id, t])), rank: new Map(tags.map((t, i) => [t.id, i])) }
  }
  return lookup
}

export function tagById(): ReadonlyMap<string, Tag> {
  return lookups().byId
}

/** Each theme's place in codebook order, to sort themes the way the panel lists them. */
export function themeRank(): ReadonlyMap<string, number> {
  return lookups().rank
}

function setTags(tags: readonly Tag[]): void {
  codebook.tags = codebookOrder(tags)
}

export async function loadCodebook(): Promise<void> {
  await ensureDefaultCodebook(db(), locale())
  setTags(await listTags(db()))
  countProjectPassages()
}

onChangeSet((changes) => {
  if (!changes.tags) return
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- local to this call, not state
  const byId = new Map(codebook.tags.map((t) => [t.id, t]))
  for (const { before, after } of changes.tags) {
    if (after) byId.set(after.id, after)
    else if (before) byId.delete(before.id)
  }
  setTags([...byId.values()])
})

// Project counts: read from the index once per project, when the browser is idle (so they never
// delay the library), then kept by adding what each stored change set adds and removes.
let counting = 0
/** Change sets stored while the counts are being read; null when no count is running. */
let storedWhileCounting: ChangeSet[] | null = null

function countProjectPassages(): void {
  const run = ++counting
  codebook.countsKnown = false
  storedWhileCounting = null
  codebook.projectCounts.clear()
  const start = async (): Promise<void> => {
    await history.flushed()
    if (run !== counting) return
    const stored: ChangeSet[] = []
    storedWhileCounting = stored
    const counts = await passageCountsByTheme(db(), codebook.tags.map((t) => t.id))
    if (run !== counting) return
    storedWhileCounting = null
    for (const [id, n] of counts) codebook.projectCounts.set(id, n)
    codebook.countsKnown = true
    for (const changes of stored) countStored(changes)
  }
  requestIdleCallback(() => void start().catch((error: unknown) => console.warn('Could not count the passages of each theme:', error)), { timeout: 1500 })
}

function countStored(changes: ChangeSet): void {
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- local to this call, not state
  const delta = new Map<string, number>()
  for (const { before, after } of changes.annotations ?? []) {
    for (const id of before?.tagIds ?? []) delta.set(id, (delta.get(id) ?? 0) - 1)
    for (const id of after?.tagIds ?? []) delta.set(id, (delta.get(id) ?? 0) + 1)
  }
  for (const [id, n] of delta) if (n !== 0) codebook.projectCounts.set(id, Math.max(0, (codebook.projectCounts.get(id) ?? 0) + n))
}

onStored((changes) => {
  if (storedWhileCounting) storedWhileCounting.push(changes)
  else if (codebook.countsKnown) countStored(changes)
})

/** Commits an operation; returns null when done, else the sentence saying why it cannot be (for the caller to show). */
function commit(outcome: Outcome): string | null {
  if (isRefusal(outcome)) return outcome.error
  history.commit(outcome.label, outcome.changes)
  return null
}

/** Adds a theme; returns it, or the sentence saying why not. */
export function createTheme(input: NewTheme): Tag | string {
  const outcome = operations.createTheme(codebook.tags, input, crypto.randomUUID())
  return commit(outcome) ?? (outcome as Operation & { tag: Tag }).tag
}

/** Renames, recolours, describes or rekeys a theme in one step. */
export function editTheme(id: string, patch: ThemePatch): string | null {
  return commit(operations.editTheme(codebook.tags, id, patch))
}

export function moveTheme(id: string, parentId: string | null, index: number): string | null {
  return commit(operations.moveTheme(codebook.tags, id, parentId, index))
}

/** Alt+arrows in the tree; a move that goes nowhere (the first theme up) does nothing. */
export function moveByKeyboard(id: string, move: KeyboardMove): string | null {
  const placement = keyboardMove(codebook.tags, id, move)
  return placement && moveTheme(id, placement.parentId, placement.index)
}

export function dropTheme(id: string, targetId: string, position: DropPosition): string | null {
  const placement = dropPlacement(codebook.tags, id, targetId, position)
  return placement && moveTheme(id, placement.parentId, placement.index)
}

/**
 * Passages read for a merge or a delete, kept while nothing else happens: the dialog starts reading
 * the theme's passages as it opens (`readAhead`), while the analyst chooses, and the action uses them.
 */
let reads: { settled: Promise<void>; byTheme: Map<string, Promise<Annotation[]>> } | null = null

/** Every passage carrying any of `ids`, each once, as stored once every earlier action is. */
async function passagesOf(ids: readonly string[]): Promise<Annotation[]> {
  const settled = history.flushed()
  await settled
  if (reads?.settled !== settled) reads = { settled, byTheme: new Map() }
  const cache = reads.byTheme
  const lists = await Promise.all(
    ids.map((id) => {
      let read = cache.get(id)
      if (!read) {
        read = passagesWithThemes(db(), [id])
        read.catch(() => cache.delete(id))
        cache.set(id, read)
      }
      return read
    })
  )
  if (lists.length === 1) return lists[0] as Annotation[]
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- local to this call, not state
  const byId = new Map<string, Annotation>()
  for (const list of lists) for (const a of list) byId.set(a.id, a)
  return [...byId.values()]
}

/** Starts reading a theme's passages (a merge or delete dialog opened on it). */
export function readAhead(id: string): void {
  passagesOf([id]).catch(() => undefined)
}

/**
 * Runs an operation that reads passages: after every earlier action is stored, and again if the user
 * acted while it read (their action would otherwise be written over with what was read before it).
 */
async function withPassages(build: () => Promise<Outcome>): Promise<string | null> {
  codebook.busy = true
  try {
    for (;;) {
      const settled = history.flushed()
      await settled
      const outcome = await build()
      if (history.flushed() === settled) {
        reads = null
        return commit(outcome)
      }
    }
  } catch (error) {
    return t('codebook.changeFailed', { reason: describeError(error, t) })
  } finally {
    codebook.busy = false
  }
}

/** Merges a theme into another across the project; `label` names the step when a delete merges. */
export async function mergeTheme(sourceId: string, targetId: string, label?: string): Promise<string | null> {
  const [source, target] = [tagById().get(sourceId), tagById().get(targetId)]
  const refused = await withPassages(() => mergeInProject(passagesOf, codebook.tags, sourceId, targetId, Date.now(), label))
  if (!refused && source && target) notify(t('codebook.mergedInto', { name: source.name, into: target.name }))
  return refused
}

/** Deletes a theme and takes it off its passages (a passage left with no theme and no note goes too). */
export async function deleteTheme(id: string): Promise<string | null> {
  return withPassages(() => deleteInProject(passagesOf, codebook.tags, id, Date.now()))
}

/** How many passages carry a theme, and how many deleting it would delete (for the dialog that asks). */
export function deleteImpact(id: string): Promise<{ carrying: number; deleted: number }> {
  return deleteImpactInProject(passagesOf, id)
}
