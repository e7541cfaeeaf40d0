/**
 * What an action did, in a few words a screen reader can say after it ("Tagged as CIS"), read from
 * its change set: whichever view the action came from (toolbar, key, popover, All passages,
 * autocode, undo), the words follow what changed, not which button was pressed.
 */
import type { Annotation } from '@shared/annotation'
import type { Change, ChangeSet } from '../db/changeSet'

type ThemeName = (id: string) => string | undefined

function names(ids: Iterable<string>, themeName: ThemeName): string {
  const known = [...new Set(ids)].map(themeName).filter((name): name is string => name !== undefined)
  return known.length > 0 ? known.join(', ') : 'a theme'
}

function passages(n: number): string {
  return n === 1 ? 'passage' : `${n.toLocaleString('en-US')} passages`
}

function describePassages(changes: readonly Change<Annotation>[], themeName: ThemeName): string | null {
  const created = changes.filter((c) => !c.before && c.after).map((c) => c.after as Annotation)
  const deleted = changes.filter((c) => c.before && !c.after)
  const updated = changes.filter((c) => c.before && c.after) as { before: Annotation; after: Annotation }[]
  const parts: string[] = []
  const tagged = created.filter((a) => a.tagIds.length > 0)
  if (tagged.length > 0) {
    const themes = names(
      tagged.flatMap((a) => a.tagIds),
      themeName
    )
    parts.push(tagged.length === 1 ? `Tagged as ${themes}` : `${passages(tagged.length)} tagged as ${themes}`)
  }
  const noted = created.length - tagged.length
  if (noted > 0) parts.push(noted === 1 ? 'Note added' : `${passages(noted)} added with a note`)
  const added = updated.flatMap(({ before, after }) => after.tagIds.filter((t) => !before.tagIds.includes(t)))
  const removed = updated.flatMap(({ before, after }) => before.tagIds.filter((t) => !after.tagIds.includes(t)))
  const retagged = (kind: 'added' | 'removed'): number =>
    updated.filter(({ before, after }) => (kind === 'added' ? after.tagIds.some((t) => !before.tagIds.includes(t)) : before.tagIds.some((t) => !after.tagIds.includes(t)))).length
  if (added.length > 0) {
    const n = retagged('added')
    parts.push(n === 1 ? `Tagged as ${names(added, themeName)}` : `${passages(n)} tagged as ${names(added, themeName)}`)
  }
  if (removed.length > 0) {
    const n = retagged('removed')
    parts.push(`${names(removed, themeName)} removed${n === 1 ? '' : ` from ${passages(n)}`}`)
  }
  const notes = updated.filter(({ before, after }) => before.note !== after.note)
  if (notes.length === 1) parts.push((notes[0] as { after: Annotation }).after.note ? 'Note saved' : 'Note removed')
  else if (notes.length > 1) parts.push(`Notes of ${passages(notes.length)} changed`)
  if (deleted.length > 0) parts.push(deleted.length === 1 ? 'Passage deleted' : `${passages(deleted.length)} deleted`)
  return parts.length > 0 ? parts.join('; ') : null
}

/**
 * The words for an action: what happened to passages when it touched only passages, else its
 * label ("Merge “Sanctions” into “Economic pressure”"), which already says it for people.
 */
export function describeChange(label: string, changes: ChangeSet, themeName: ThemeName): string {
  const onlyPassages = Object.entries(changes).every(([table, list]) => table === 'annotations' || !list || list.length === 0)
  return (onlyPassages && changes.annotations && describePassages(changes.annotations, themeName)) || label
}
