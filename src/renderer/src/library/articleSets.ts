/**
 * Article sets ("Aug 2025", "Russian-language press") as change sets: each operation returns the
 * records it changes, before and after, for the project history to apply and undo. Pure: it reads
 * what is in memory (every set, every article of the project) and never the database.
 */
import { normalizeThemeName } from '@shared/themeTree'
import type { ChangeSet } from '../db/changeSet'
import type { ArticleSet, DocumentRecord } from '../db/db'
import { t } from '../i18n/i18n.svelte'

export class SetNameError extends Error {}

const MAX_NAME = 80

/** The name cleaned up, or a SetNameError saying why it cannot be used. */
export function checkedSetName(sets: readonly ArticleSet[], rawName: string, exceptId?: string): string {
  const name = normalizeThemeName(rawName)
  if (!name) throw new SetNameError(t('sets.needsName'))
  if (name.length > MAX_NAME) throw new SetNameError(t('sets.nameTooLong', { max: MAX_NAME }))
  const clash = sets.find((s) => s.id !== exceptId && s.name.toLocaleLowerCase() === name.toLocaleLowerCase())
  if (clash) throw new SetNameError(t('sets.nameTaken', { name: clash.name }))
  return name
}

export function createSetChange(sets: readonly ArticleSet[], rawName: string, id: string = crypto.randomUUID()): { set: ArticleSet; changes: ChangeSet } {
  const set: ArticleSet = { id, name: checkedSetName(sets, rawName), order: sets.reduce((max, s) => Math.max(max, s.order + 1), 0) }
  return { set, changes: { sets: [{ before: null, after: set }] } }
}

export function renameSetChange(sets: readonly ArticleSet[], id: string, rawName: string): ChangeSet {
  const set = sets.find((s) => s.id === id)
  if (!set) return {}
  const name = checkedSetName(sets, rawName, id)
  return name === set.name ? {} : { sets: [{ before: set, after: { ...set, name } }] }
}

/** Deletes a set and takes it off every article in it (the articles stay). */
export function deleteSetChange(sets: readonly ArticleSet[], documents: readonly DocumentRecord[], id: string): ChangeSet {
  const set = sets.find((s) => s.id === id)
  if (!set) return {}
  return {
    sets: [{ before: set, after: null }],
    documents: documents.filter((d) => d.setIds.includes(id)).map((d) => ({ before: d, after: { ...d, setIds: d.setIds.filter((s) => s !== id) } }))
  }
}

/** Puts articles in a set (`member`) or takes them out; articles already so are left alone. */
export function membershipChange(documents: readonly DocumentRecord[], documentIds: readonly string[], setId: string, member: boolean): ChangeSet {
  const wanted = new Set(documentIds)
  const changed = documents
    .filter((d) => wanted.has(d.id) && d.setIds.includes(setId) !== member)
    .map((d) => ({ before: d, after: { ...d, setIds: member ? [...d.setIds, setId] : d.setIds.filter((s) => s !== setId) } }))
  return changed.length > 0 ? { documents: changed } : {}
}

/** Sets in the order the user made them. */
export function orderedSets(sets: Iterable<ArticleSet>): ArticleSet[] {
  return [...sets].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name))
}
