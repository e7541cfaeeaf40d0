/**
 * Passages grouped under each theme of the codebook, in reading order. The side panel uses
 * themeGroupsOf, which reads the same groups from the index's per-theme lists; groupByTheme is the
 * plain definition (from any list of passages) it is tested against.
 */
import type { Annotation, Tag } from '@shared/annotation'
import { readingOrder } from '../editor/highlightIndex'

export interface ThemeGroup {
  key: string
  /** The theme, or null for passages that have a note but no (known) theme. */
  tag: Tag | null
  passages: readonly Annotation[]
}

export function groupByTheme(annotations: readonly Annotation[], tags: readonly Tag[]): ThemeGroup[] {
  const sorted = [...annotations].sort((a, b) => a.start - b.start || a.end - b.end)
  const byTag = new Map<string, Annotation[]>(tags.map((t) => [t.id, []]))
  const untagged: Annotation[] = []
  for (const a of sorted) {
    let placed = false
    for (const id of a.tagIds) {
      const list = byTag.get(id)
      if (list) {
        list.push(a)
        placed = true
      }
    }
    if (!placed) untagged.push(a)
  }
  const groups: ThemeGroup[] = tags.map((tag) => ({ key: tag.id, tag, passages: byTag.get(tag.id) as Annotation[] }))
  if (untagged.length > 0) groups.push({ key: 'untagged', tag: null, passages: untagged })
  return groups
}

/** What themeGroupsOf needs from the index: passages per tag id, kept in reading order. */
export interface PassagesByTag {
  withTag(tagId: string): readonly Annotation[]
  tagIds(): string[]
}

/**
 * The same groups as groupByTheme, from lists the index keeps per theme in reading order: O(themes)
 * per change instead of O(passages). Only passages whose every theme has left the codebook are
 * gathered by a scan, and only while there are such passages.
 */
export function themeGroupsOf(index: PassagesByTag, tags: readonly Tag[]): ThemeGroup[] {
  const known = new Set(tags.map((t) => t.id))
  const groups: ThemeGroup[] = tags.map((tag) => ({ key: tag.id, tag, passages: index.withTag(tag.id) }))
  let untagged = index.withTag('')
  const orphaned = new Set<Annotation>()
  for (const id of index.tagIds()) {
    if (known.has(id)) continue
    for (const a of index.withTag(id)) if (!a.tagIds.some((t) => known.has(t))) orphaned.add(a)
  }
  if (orphaned.size > 0) untagged = [...untagged, ...orphaned].sort(readingOrder)
  if (untagged.length > 0) groups.push({ key: 'untagged', tag: null, passages: untagged })
  return groups
}
