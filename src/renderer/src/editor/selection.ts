/** The reader's text selection and caret inside the article, as canonical-text offsets. */
import { TextSelection } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'
import { trimRange } from '@shared/annotation'
import { offsetToPos, posToOffset, type ArticleLayout } from './offsets'

export interface ArticleSelection {
  start: number
  end: number
  /** Where the selection sits on screen, to place the toolbar by it. */
  rect: DOMRect
}

/** The selection if it lies in the article and holds more than whitespace, else null. */
export function articleSelection(view: EditorView, text: string, layout: ArticleLayout): ArticleSelection | null {
  const selection = view.dom.ownerDocument.getSelection()
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null
  const range = selection.getRangeAt(0)
  if (!view.dom.contains(range.startContainer) || !view.dom.contains(range.endContainer)) return null
  let from: number
  let to: number
  try {
    from = view.posAtDOM(range.startContainer, range.startOffset)
    to = view.posAtDOM(range.endContainer, range.endOffset)
  } catch {
    return null
  }
  const trimmed = trimRange(text, posToOffset(layout, Math.min(from, to)), posToOffset(layout, Math.max(from, to)))
  if (!trimmed) return null
  const rects = range.getClientRects()
  const rect = rects.length > 0 ? (rects[rects.length - 1] as DOMRect) : range.getBoundingClientRect()
  return { ...trimmed, rect }
}

/** The caret (the selection's moving end) as a text offset, when the selection is in the article; else null. */
export function caretOffset(view: EditorView, layout: ArticleLayout): number | null {
  const selection = view.dom.ownerDocument.getSelection()
  if (!selection?.focusNode || !view.dom.contains(selection.focusNode)) return null
  try {
    return posToOffset(layout, view.posAtDOM(selection.focusNode, selection.focusOffset))
  } catch {
    return null
  }
}

/** Where the caret is on screen (to put a popover by it); the line's box when the caret has none of its own. */
export function caretRect(view: EditorView): DOMRect | null {
  const selection = view.dom.ownerDocument.getSelection()
  if (!selection?.focusNode || !view.dom.contains(selection.focusNode)) return null
  const range = view.dom.ownerDocument.createRange()
  range.setStart(selection.focusNode, selection.focusOffset)
  const rect = range.getBoundingClientRect()
  if (rect.height > 0) return rect
  const element = selection.focusNode instanceof Element ? selection.focusNode : selection.focusNode.parentElement
  return element?.getBoundingClientRect() ?? null
}

/** Puts a collapsed caret at text offset `offset`; ProseMirror shows it on the page while the article has the focus. */
export function placeCaret(view: EditorView, layout: ArticleLayout, offset: number): void {
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, offsetToPos(layout, offset))))
}
