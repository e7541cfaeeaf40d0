/**
 * Passages grouped under each theme of the codebook, in reading order, for the side panel: read from
 * the index's per-theme lists (its test checks them against the plain definition from a list).
 */
import type { Annotation, Tag } from '@shared/annotation'
import { readingOrder } from '../editor/highlightIndex'

export interface ThemeGroup {
  key: string
  /** The theme, or null for passages that have a note but no (known) theme. */
  tag: Tag | null
  passages: readonly Annotation[]
}

/** What themeGroupsOf needs from the index: passages per tag id, kept in reading order. */
export interface PassagesByTag {
  withTag(tagId: string): readonly Annotation[]
  tagIds(): string[]
}

/**
 * The groups, from lists the index keeps per theme in reading order: O(themes)
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
