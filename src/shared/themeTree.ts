/**
 * The codebook as a tree: themes nest under a parent (`parentId`), siblings ordered by `order`.
 * Pure functions over a list of themes, shared by the app, the reports and the exchange formats.
 */
import type { Tag } from './annotation'

type TreeTag = Pick<Tag, 'id' | 'name' | 'parentId' | 'order'>

/** Children of each theme (key null: the top level), each list in sibling order. */
export function childrenByParent<T extends TreeTag>(tags: readonly T[]): Map<string | null, T[]> {
  const ids = new Set(tags.map((t) => t.id))
  const children = new Map<string | null, T[]>()
  for (const t of tags) {
    // A parent that is missing (a damaged or foreign record) puts its children at the top, not out of sight.
    const parent = t.parentId !== null && ids.has(t.parentId) && t.parentId !== t.id ? t.parentId : null
    const list = children.get(parent)
    if (list) list.push(t)
    else children.set(parent, [t])
  }
  for (const list of children.values()) list.sort((a, b) => a.order - b.order || a.name.localeCompare(b.name))
  return children
}

/**
 * Every theme once, depth-first in sibling order: the order of the codebook panel, the toolbar and
 * the reports. Themes caught in a parent cycle (never written by the app) come last rather than vanish.
 */
export function codebookOrder<T extends TreeTag>(tags: readonly T[]): T[] {
  const children = childrenByParent(tags)
  const ordered: T[] = []
  const seen = new Set<string>()
  const walk = (parent: string | null): void => {
    for (const t of children.get(parent) ?? []) {
      if (seen.has(t.id)) continue
      seen.add(t.id)
      ordered.push(t)
      walk(t.id)
    }
  }
  walk(null)
  for (const t of tags) if (!seen.has(t.id)) ordered.push(t)
  return ordered
}

/** The theme and its ancestors' names from the top, e.g. ["Hybrid tactics", "Disinformation"]. */
export function themePath(tags: readonly TreeTag[], id: string): string[] {
  const byId = new Map(tags.map((t) => [t.id, t]))
  const path: string[] = []
  const seen = new Set<string>()
  for (let t = byId.get(id); t && !seen.has(t.id); t = t.parentId === null ? undefined : byId.get(t.parentId)) {
    seen.add(t.id)
    path.unshift(t.name)
  }
  return path
}

/** Depth of a theme: 0 at the top. */
export function depthOf(tags: readonly TreeTag[], id: string): number {
  return Math.max(0, themePath(tags, id).length - 1)
}

/** The ids of a theme's sub-themes at every depth (not the theme itself). */
export function descendantIds(tags: readonly TreeTag[], id: string): string[] {
  const children = childrenByParent(tags)
  const found: string[] = []
  const seen = new Set<string>([id])
  const walk = (parent: string): void => {
    for (const t of children.get(parent) ?? []) {
      if (seen.has(t.id)) continue
      seen.add(t.id)
      found.push(t.id)
      walk(t.id)
    }
  }
  walk(id)
  return found
}

/** Whether making `parentId` the parent of `id` would put a theme inside itself. */
export function wouldCycle(tags: readonly TreeTag[], id: string, parentId: string | null): boolean {
  return parentId !== null && (parentId === id || descendantIds(tags, id).includes(parentId))
}

/** Names are unique among siblings, compared without case and with runs of spaces folded. */
export function sameThemeName(a: string, b: string): boolean {
  return normalizeThemeName(a).toLocaleLowerCase() === normalizeThemeName(b).toLocaleLowerCase()
}

export function normalizeThemeName(name: string): string {
  return name.replace(/\s+/g, ' ').trim()
}
