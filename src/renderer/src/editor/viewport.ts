/** Which blocks the reader can see, so only those (plus a margin) get painted. */
import type { ArticleLayout } from './offsets'

/** Index of the first of `n` boxes (in document order) whose bottom is below `y`. */
function firstBelow(n: number, rect: (i: number) => DOMRect, y: number): number {
  let lo = 0
  let hi = n - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (rect(mid).bottom <= y) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Index of the last of `n` boxes (in document order) whose top is above `y`. */
function lastAbove(n: number, rect: (i: number) => DOMRect, y: number): number {
  let lo = 0
  let hi = n - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (rect(mid).top < y) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** The block at height `y`: the section first, then the block in it (a few dozen rectangle reads in all). */
function blockAt(editor: HTMLElement, layout: ArticleLayout, y: number, edge: 'top' | 'bottom'): number | null {
  const sections = editor.children
  if (sections.length === 0) return null
  const find = edge === 'top' ? firstBelow : lastAbove
  const k = find(sections.length, (i) => (sections[i] as Element).getBoundingClientRect(), y)
  const blocks = (sections[k] as Element).children
  if (blocks.length === 0) return null
  const j = find(blocks.length, (i) => (blocks[i] as Element).getBoundingClientRect(), y)
  return (layout.sectionStarts[k] ?? 0) + j
}

/**
 * First and last block index within the scroller's visible box, or null before layout. Binary
 * searches over the sections' and blocks' boxes, not hit testing: at every scroll frame,
 * `posAtCoords` cost more than everything else the app does then.
 */
export function visibleBlocks(editor: HTMLElement, layout: ArticleLayout, scroller: HTMLElement): [number, number] | null {
  const box = scroller.getBoundingClientRect()
  if (box.height <= 0) return null
  const first = blockAt(editor, layout, box.top, 'top')
  const last = blockAt(editor, layout, box.bottom, 'bottom')
  if (first === null || last === null) return null
  return [first, Math.max(first, last)]
}
