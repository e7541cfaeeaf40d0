/**
 * What an action did, in a few words a screen reader can say after it ("Tagged as CIS"), read from
 * its change set: whichever view the action came from (toolbar, key, popover, All passages,
 * autocode, undo), the words follow what changed, not which button was pressed.
 */
import type { Annotation } from '@shared/annotation'
import { english, type Translate } from '@shared/i18n/format'
import type { Change, ChangeSet } from '../db/changeSet'

type ThemeName = (id: string) => string | undefined

function describePassages(changes: readonly Change<Annotation>[], themeName: ThemeName, t: Translate): string | null {
  const names = (ids: Iterable<string>): string => {
    const known = [...new Set(ids)].map(themeName).filter((name): name is string => name !== undefined)
    return known.length > 0 ? known.join(', ') : t('announce.aTheme')
  }
  const created = changes.filter((c) => !c.before && c.after).map((c) => c.after as Annotation)
  const deleted = changes.filter((c) => c.before && !c.after)
  const updated = changes.filter((c) => c.before && c.after) as { before: Annotation; after: Annotation }[]
  const parts: string[] = []
  const tagged = created.filter((a) => a.tagIds.length > 0)
  if (tagged.length > 0) parts.push(t('announce.tagged', { count: tagged.length, themes: names(tagged.flatMap((a) => a.tagIds)) }))
  const noted = created.length - tagged.length
  if (noted > 0) parts.push(t('announce.noted', { count: noted }))
  const added = updated.flatMap(({ before, after }) => after.tagIds.filter((t) => !before.tagIds.includes(t)))
  const removed = updated.flatMap(({ before, after }) => before.tagIds.filter((t) => !after.tagIds.includes(t)))
  const retagged = (kind: 'added' | 'removed'): number =>
    updated.filter(({ before, after }) => (kind === 'added' ? after.tagIds.some((t) => !before.tagIds.includes(t)) : before.tagIds.some((t) => !after.tagIds.includes(t)))).length
  if (added.length > 0) parts.push(t('announce.tagged', { count: retagged('added'), themes: names(added) }))
  if (removed.length > 0) parts.push(t('announce.removed', { count: retagged('removed'), themes: names(removed) }))
  const notes = updated.filter(({ before, after }) => before.note !== after.note)
  if (notes.length === 1) parts.push(t((notes[0] as { after: Annotation }).after.note ? 'announce.noteSaved' : 'announce.noteRemoved'))
  else if (notes.length > 1) parts.push(t('announce.notesChanged', { count: notes.length }))
  if (deleted.length > 0) parts.push(t('announce.deleted', { count: deleted.length }))
  return parts.length > 0 ? parts.join('; ') : null
}

/**
 * The words for an action, in the language of `t`: what happened to passages when it touched only
 * passages, else its label ("Merge “Sanctions” into “Economic pressure”"), which already says it for people.
 */
export function describeChange(label: string, changes: ChangeSet, themeName: ThemeName, t: Translate = english): string {
  const onlyPassages = Object.entries(changes).every(([table, list]) => table === 'annotations' || !list || list.length === 0)
  return (onlyPassages && changes.annotations && describePassages(changes.annotations, themeName, t)) || label
}
