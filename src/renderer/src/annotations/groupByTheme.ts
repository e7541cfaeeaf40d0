/** Passages grouped under each theme of the codebook, in reading order, for the side panel. */
import type { Annotation, Tag } from '@shared/annotation'

export interface ThemeGroup {
  key: string
  /** The theme, or null for passages that have a note but no (known) theme. */
  tag: Tag | null
  passages: Annotation[]
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
