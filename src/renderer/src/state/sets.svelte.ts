/**
 * The open project's article sets ("Aug 2025", "Russian-language press"): named groups of articles,
 * used as filters in the library and across the corpus. Every change is one undoable action.
 */
import type { ChangeSet } from '../db/changeSet'
import type { ArticleSet } from '../db/db'
import { createSetChange, deleteSetChange, membershipChange, orderedSets, renameSetChange, SetNameError } from '../library/articleSets'
import { db } from './database'
import { history, onChangeSet } from './history.svelte'
import { library } from './library.svelte'
import { notifyError } from './messages.svelte'

class ArticleSets {
  /** In the order they were made. */
  list = $state.raw<readonly ArticleSet[]>([])
}

export const articleSets = new ArticleSets()

export function setById(id: string): ArticleSet | undefined {
  return articleSets.list.find((s) => s.id === id)
}

export async function loadSets(): Promise<void> {
  articleSets.list = orderedSets(await db().sets.toArray())
}

/** Runs `build`; a SetNameError (or anything else) is told to the user instead. */
function attempt<T>(build: () => T, doing: string): T | null {
  try {
    return build()
  } catch (error) {
    notifyError(error instanceof SetNameError ? error.message : `Could not ${doing}: ${error instanceof Error ? error.message : String(error)}`)
    return null
  }
}

/** Makes a new, empty set; returns it, or null after telling the user why not. */
export function createSet(name: string): ArticleSet | null {
  const made = attempt(() => createSetChange(articleSets.list, name), 'create the set')
  if (!made) return null
  history.commit(`Create set “${made.set.name}”`, made.changes)
  return made.set
}

export function renameSet(id: string, name: string): boolean {
  const changes = attempt(() => renameSetChange(articleSets.list, id, name), 'rename the set')
  if (!changes) return false
  history.commit('Rename set', changes)
  return true
}

/** Deletes a set; its articles stay in the library. */
export function deleteSet(id: string): void {
  const set = setById(id)
  if (!set) return
  history.commit(`Delete set “${set.name}”`, deleteSetChange(articleSets.list, library.documents, id))
}

/** Puts articles in a set, or takes them out of it. */
export function setMembership(documentIds: readonly string[], setId: string, member: boolean): void {
  const set = setById(setId)
  if (!set) return
  const changes: ChangeSet = membershipChange(library.documents, documentIds, setId, member)
  history.commit(member ? `Add to set “${set.name}”` : `Remove from set “${set.name}”`, changes)
}

onChangeSet((changes) => {
  if (!changes.sets) return
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- local to this call, not state
  const byId = new Map(articleSets.list.map((s) => [s.id, s]))
  for (const { before, after } of changes.sets) {
    if (after) byId.set(after.id, after)
    else if (before) byId.delete(before.id)
  }
  articleSets.list = orderedSets(byId.values())
  // A set deleted (or undone away) while it filters the library stops filtering it.
  if (library.query.setId !== null && !byId.has(library.query.setId)) library.query.setId = null
})
