/**
 * The open project's article sets ("Aug 2025", "Russian-language press"): named groups of articles,
 * used as filters in the library and across the corpus. Every change is one undoable action.
 */
import type { ChangeSet } from '../db/changeSet'
import { describeError } from '@shared/i18n/words'
import type { ArticleSet } from '../db/db'
import { createSetChange, deleteSetChange, membershipChange, orderedSets, renameSetChange, SetNameError } from '../library/articleSets'
import { db } from './database'
import { history, onChangeSet } from './history.svelte'
import { library } from './library.svelte'
import { notifyError } from './messages.svelte'
import { t } from '../i18n/i18n.svelte'
import type { MessageKey } from '@shared/i18n/format'

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
function attempt<T>(build: () => T, failed: MessageKey): T | null {
  try {
    return build()
  } catch (error) {
    notifyError(error instanceof SetNameError ? error.message : t(failed, { reason: describeError(error, t) }))
    return null
  }
}

/** Makes a new, empty set; returns it, or null after telling the user why not. */
export function createSet(name: string): ArticleSet | null {
  const made = attempt(() => createSetChange(articleSets.list, name), 'sets.failedCreate')
  if (!made) return null
  history.commit(t('undo.createSet', { name: made.set.name }), made.changes)
  return made.set
}

export function renameSet(id: string, name: string): boolean {
  const changes = attempt(() => renameSetChange(articleSets.list, id, name), 'sets.failedRename')
  if (!changes) return false
  history.commit(t('undo.renameSet'), changes)
  return true
}

/** Deletes a set; its articles stay in the library. */
export function deleteSet(id: string): void {
  const set = setById(id)
  if (!set) return
  history.commit(t('undo.deleteSet', { name: set.name }), deleteSetChange(articleSets.list, library.documents, id))
}

/** Puts articles in a set, or takes them out of it. */
export function setMembership(documentIds: readonly string[], setId: string, member: boolean): void {
  const set = setById(setId)
  if (!set) return
  const changes: ChangeSet = membershipChange(library.documents, documentIds, setId, member)
  history.commit(t(member ? 'undo.addToSet' : 'undo.removeFromSet', { name: set.name }), changes)
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
