/**
 * The codebook tree as the rows it shows (sub-themes of a collapsed theme hidden), and where the WAI-ARIA
 * tree keys lead from a row: ↑/↓ the row before/after, → opens or goes to the first sub-theme, ← closes
 * or goes to the parent, Home/End the first/last row.
 */
import type { Tag } from '@shared/annotation'
import { childrenByParent } from '@shared/themeTree'

export interface TreeRow {
  tag: Tag
  /** 1 at the top, as aria-level counts. */
  level: number
  parentId: string | null
  hasChildren: boolean
  expanded: boolean
  /** Position among its siblings (1-based) and how many there are, for aria-posinset/aria-setsize. */
  position: number
  siblings: number
}

export function treeRows(tags: readonly Tag[], collapsed: ReadonlySet<string>): TreeRow[] {
  const children = childrenByParent(tags)
  const rows: TreeRow[] = []
  const seen = new Set<string>()
  const walk = (parentId: string | null, level: number): void => {
    const list = children.get(parentId) ?? []
    list.forEach((tag, i) => {
      if (seen.has(tag.id)) return
      seen.add(tag.id)
      const hasChildren = (children.get(tag.id)?.length ?? 0) > 0
      const expanded = hasChildren && !collapsed.has(tag.id)
      rows.push({ tag, level, parentId, hasChildren, expanded, position: i + 1, siblings: list.length })
      if (expanded) walk(tag.id, level + 1)
    })
  }
  walk(null, 1)
  return rows
}

/** What a key does from the focused row: focus another row, open or close one; null for a key the tree does not use. */
export type TreeKeyAction = { focus: string } | { expand: string } | { collapse: string }

export function treeKey(rows: readonly TreeRow[], focusedId: string, key: string): TreeKeyAction | null {
  const at = rows.findIndex((r) => r.tag.id === focusedId)
  const row = rows[at]
  if (!row) return rows[0] ? { focus: rows[0].tag.id } : null
  const focus = (r: TreeRow | undefined): TreeKeyAction | null => (r ? { focus: r.tag.id } : null)
  switch (key) {
    case 'ArrowDown':
      return focus(rows[at + 1])
    case 'ArrowUp':
      return focus(rows[at - 1])
    case 'Home':
      return focus(rows[0])
    case 'End':
      return focus(rows.at(-1))
    case 'ArrowRight':
      if (!row.hasChildren) return null
      return row.expanded ? focus(rows[at + 1]) : { expand: row.tag.id }
    case 'ArrowLeft':
      if (row.expanded) return { collapse: row.tag.id }
      return focus(rows.find((r) => r.tag.id === row.parentId))
    default:
      return null
  }
}

/** The next row after `fromId` whose name starts with `prefix` (type-ahead), wrapping round. */
export function typeAhead(rows: readonly TreeRow[], fromId: string | null, prefix: string): string | null {
  const want = prefix.toLocaleLowerCase()
  const at = rows.findIndex((r) => r.tag.id === fromId)
  // A single letter moves on from the current row; a longer prefix may stay on it.
  const start = want.length === 1 ? at + 1 : Math.max(0, at)
  for (let i = 0; i < rows.length; i++) {
    const row = rows[(start + i) % rows.length] as TreeRow
    if (row.tag.name.toLocaleLowerCase().startsWith(want)) return row.tag.id
  }
  return null
}
