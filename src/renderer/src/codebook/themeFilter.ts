/**
 * The themes the tag toolbar shows: the whole codebook grouped under its top-level themes, or, while
 * the analyst types, the themes whose path matches, ignoring case and accents ("econ", "dezinf").
 */
import type { Tag } from '@shared/annotation'

export interface ShownTheme {
  tag: Tag
  depth: number
  /** Its ancestors' names from the top ([] for a top-level theme). */
  ancestors: string[]
}

/** A top-level theme with its sub-themes at every depth, in codebook order. */
export interface ThemeGroup {
  top: ShownTheme
  members: ShownTheme[]
}

/** Lower case without accents, for matching as people type; Azerbaijani ə and dotless ı match e and i. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ə/g, 'e').replace(/ı/g, 'i')
}

/** `tags` in codebook order with their depth and ancestors. */
export function withPaths(tags: readonly Tag[]): ShownTheme[] {
  const byId = new Map(tags.map((t) => [t.id, t]))
  return tags.map((tag) => {
    const ancestors: string[] = []
    const seen = new Set([tag.id])
    for (let p = tag.parentId === null ? undefined : byId.get(tag.parentId); p && !seen.has(p.id); p = p.parentId === null ? undefined : byId.get(p.parentId)) {
      seen.add(p.id)
      ancestors.unshift(p.name)
    }
    return { tag, depth: ancestors.length, ancestors }
  })
}

/** Every theme, grouped under its top-level theme. `tags` must be in codebook order. */
export function groupThemes(tags: readonly Tag[]): ThemeGroup[] {
  const groups: ThemeGroup[] = []
  for (const shown of withPaths(tags)) {
    const last = groups.at(-1)
    if (shown.depth === 0 || !last) groups.push({ top: shown, members: [] })
    else last.members.push(shown)
  }
  return groups
}

/** The themes whose name, or an ancestor's, contains every word of `query` (all of them for a blank query). */
export function filterThemes(tags: readonly Tag[], query: string): ShownTheme[] {
  const words = fold(query).split(/\s+/).filter(Boolean)
  const all = withPaths(tags)
  if (words.length === 0) return all
  return all.filter((s) => {
    const path = fold([...s.ancestors, s.tag.name].join(' '))
    return words.every((w) => path.includes(w))
  })
}
