/**
 * Where a theme goes when it is moved by keyboard (Alt+arrows) or dropped on another theme, as the
 * parent and position `moveTheme` takes. Null where the move goes nowhere (the first theme moved up).
 */
import type { Tag } from '@shared/annotation'
import { childrenByParent } from '@shared/themeTree'

export interface Placement {
  parentId: string | null
  /** Position among the new siblings, counted without the theme itself. */
  index: number
}

/** up/down: past the sibling before or after; in: last under the sibling before; out: just after its parent. */
export type KeyboardMove = 'up' | 'down' | 'in' | 'out'

/** Where the drop lands relative to the theme under the pointer. */
export type DropPosition = 'before' | 'after' | 'inside'

type TreeTag = Pick<Tag, 'id' | 'name' | 'parentId' | 'order'>

function locate(tags: readonly TreeTag[], id: string): { parentId: string | null; siblings: TreeTag[]; at: number; children: Map<string | null, TreeTag[]> } | null {
  const children = childrenByParent(tags)
  for (const [parentId, siblings] of children) {
    const at = siblings.findIndex((t) => t.id === id)
    if (at >= 0) return { parentId, siblings, at, children }
  }
  return null
}

export function keyboardMove(tags: readonly TreeTag[], id: string, move: KeyboardMove): Placement | null {
  const found = locate(tags, id)
  if (!found) return null
  const { parentId, siblings, at, children } = found
  if (move === 'up') return at > 0 ? { parentId, index: at - 1 } : null
  if (move === 'down') return at < siblings.length - 1 ? { parentId, index: at + 1 } : null
  if (move === 'in') {
    const previous = siblings[at - 1]
    return previous ? { parentId: previous.id, index: children.get(previous.id)?.length ?? 0 } : null
  }
  if (parentId === null) return null
  const parent = locate(tags, parentId)
  return parent ? { parentId: parent.parentId, index: parent.at + 1 } : null
}

/** Where dropping theme `id` before, after or inside theme `targetId` puts it. */
export function dropPlacement(tags: readonly TreeTag[], id: string, targetId: string, position: DropPosition): Placement | null {
  const target = locate(tags, targetId)
  if (!target || id === targetId) return null
  if (position === 'inside') return { parentId: targetId, index: (target.children.get(targetId) ?? []).filter((t) => t.id !== id).length }
  const at = target.siblings.filter((t) => t.id !== id).findIndex((t) => t.id === targetId)
  return { parentId: target.parentId, index: position === 'before' ? at : at + 1 }
}

/** Which part of a row the pointer is over: its top quarter drops before, its bottom quarter after, the middle inside. */
export function dropPosition(offsetY: number, height: number): DropPosition {
  if (offsetY < height / 4) return 'before'
  if (offsetY > (height * 3) / 4) return 'after'
  return 'inside'
}
