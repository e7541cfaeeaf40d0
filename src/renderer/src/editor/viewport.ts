/** Which blocks the reader can see, so only those (plus a margin) get painted. */
import type { EditorView } from '@tiptap/pm/view'
import { blockIndexAt } from '@shared/document'
import { posToOffset } from './offsets'

function blockAtY(view: EditorView, left: number, y: number, starts: readonly number[], textLength: number): number | null {
  const hit = view.posAtCoords({ left, top: y })
  return hit ? blockIndexAt(starts, posToOffset(hit.pos, textLength)) : null
}

/** First and last block index within the scroller's visible box, or null before layout. */
export function visibleBlocks(
  view: EditorView,
  scroller: HTMLElement,
  starts: readonly number[],
  textLength: number
): [number, number] | null {
  const box = scroller.getBoundingClientRect()
  const content = view.dom.getBoundingClientRect()
  const left = content.left + Math.min(40, content.width / 2)
  const top = Math.max(box.top, content.top) + 2
  const bottom = Math.min(box.bottom, content.bottom) - 2
  if (bottom <= top) return null
  const first = blockAtY(view, left, top, starts, textLength)
  const last = blockAtY(view, left, bottom, starts, textLength)
  if (first === null || last === null) return null
  return [first, Math.max(first, last)]
}
