/**
 * The codebook as the exchange formats see it: a tree of named themes, independent of the app's
 * records. Readers (REFI-QDA, CSV) produce it, writers consume it, and mergeCodebook turns it into
 * the app's themes.
 */
import type { Tag } from '../annotation'
import { childrenByParent } from '../themeTree'

export interface CodebookNode {
  /** The code's GUID in the file it came from (REFI-QDA), or null (CSV). */
  guid: string | null
  name: string
  /** `#rrggbb`, or null when the file gave none (a palette colour is chosen on import). */
  color: string | null
  description: string
  children: CodebookNode[]
}

/** The app's themes as a tree in codebook order, each node's guid the theme's id. */
export function codebookTree(tags: readonly Tag[]): CodebookNode[] {
  const children = childrenByParent(tags)
  const seen = new Set<string>()
  const build = (parent: string | null): CodebookNode[] =>
    (children.get(parent) ?? []).flatMap((t) => {
      // A parent cycle (never written by the app) is cut rather than followed forever.
      if (seen.has(t.id)) return []
      seen.add(t.id)
      return [{ guid: t.id, name: t.name, color: t.color, description: t.description, children: build(t.id) }]
    })
  return build(null)
}

/** How many themes a tree holds, at every depth. */
export function countNodes(nodes: readonly CodebookNode[]): number {
  return nodes.reduce((n, node) => n + 1 + countNodes(node.children), 0)
}

/** `#rrggbb` in lower case for a `#rgb` or `#rrggbb` colour; null for anything else. */
export function normalizeColor(value: string | null | undefined): string | null {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value?.trim() ?? '')?.[1]
  if (hex === undefined) return null
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex
  return `#${full.toLowerCase()}`
}
