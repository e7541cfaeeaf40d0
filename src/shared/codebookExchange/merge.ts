/**
 * Merges an imported codebook into the project's by name path: a theme whose path (its name and its
 * ancestors' names, compared as sibling names are) already exists is reused, every other one is added
 * under its parent, after the siblings already there. Pure: returns the new records and a report.
 */
import type { Tag } from '../annotation'
import { nextThemeColor } from '../codebook'
import { normalizeThemeName, sameThemeName } from '../themeTree'
import type { CodebookNode } from './tree'

export interface CodebookMergeReport {
  /** Themes created. */
  added: number
  /** Imported themes whose path the codebook already had. */
  alreadyThere: number
  /** Imported themes that repeated another of the same file at the same path, merged into it. */
  repeated: number
}

export interface CodebookMerge {
  /** The new themes, parents before their children; keys (shortcuts) left unassigned. */
  tags: Tag[]
  report: CodebookMergeReport
  /** The theme each imported GUID (lower case) landed on, new or already there. */
  idByGuid: Map<string, string>
}

export function mergeCodebook(existing: readonly Tag[], incoming: readonly CodebookNode[], newId: () => string): CodebookMerge {
  const all: Tag[] = [...existing]
  const preExisting = new Set(existing.map((t) => t.id))
  const added: Tag[] = []
  const report: CodebookMergeReport = { added: 0, alreadyThere: 0, repeated: 0 }
  const idByGuid = new Map<string, string>()
  const childrenOf = new Map<string | null, Tag[]>()
  for (const t of existing) {
    const parent = t.parentId !== null && preExisting.has(t.parentId) ? t.parentId : null
    const list = childrenOf.get(parent)
    if (list) list.push(t)
    else childrenOf.set(parent, [t])
  }

  // Depth-first in file order with an explicit stack, parents before their children.
  const stack: { node: CodebookNode; parentId: string | null }[] = [...incoming].reverse().map((node) => ({ node, parentId: null }))
  while (stack.length > 0) {
    const { node, parentId } = stack.pop() as { node: CodebookNode; parentId: string | null }
    const name = normalizeThemeName(node.name)
    const siblings = childrenOf.get(parentId) ?? []
    let tag = siblings.find((t) => sameThemeName(t.name, name))
    if (tag) {
      if (preExisting.has(tag.id)) report.alreadyThere++
      else report.repeated++
    } else {
      tag = {
        id: newId(),
        name,
        color: node.color ?? nextThemeColor(all),
        description: node.description.trim(),
        memo: '',
        parentId,
        order: siblings.reduce((max, t) => Math.max(max, t.order + 1), 0),
        shortcut: null
      }
      all.push(tag)
      added.push(tag)
      childrenOf.set(parentId, [...siblings, tag])
      report.added++
    }
    if (node.guid !== null) idByGuid.set(node.guid.toLowerCase(), tag.id)
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] as CodebookNode, parentId: tag.id })
  }
  return { tags: added, report, idByGuid }
}
