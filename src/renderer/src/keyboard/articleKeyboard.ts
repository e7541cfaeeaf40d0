/** What the article does with its own keys (keyboard/articleKeys.ts says which key means what). */
import type { EditorView } from '@tiptap/pm/view'
import { caretOffset, caretRect, placeCaret } from '../editor/selection'
import { passagesAtOffset, stepPassage } from '../state/caret.svelte'
import { session } from '../state/session.svelte'
import { articleKey } from './articleKeys'

/** Opens the popover of passages `ids` by `rect`, from the keyboard with the caret at `caret`. */
export type OpenPassages = (ids: string[], rect: DOMRect, caret: number) => void

/**
 * Enter opens the passages at the caret; Alt+↓/↑ (with Shift: among the caret's theme) put the
 * caret at the start of the next or previous passage and bring it into view. True when the key
 * was the article's (ProseMirror then keeps it from the browser).
 */
export function handleArticleKey(view: EditorView, event: KeyboardEvent, openPassages: OpenPassages): boolean {
  const current = session.current
  const key = articleKey(event)
  if (!key || !current) return false
  const offset = caretOffset(view, current.layout)
  if (key.kind === 'open-passage') {
    const ids = offset === null ? [] : passagesAtOffset(offset).map((a) => a.id)
    if (offset === null || ids.length === 0) return false
    openPassages(ids, caretRect(view) ?? view.dom.getBoundingClientRect(), offset)
    return true
  }
  // No caret yet: forwards from before the text, backwards from after it.
  const target = stepPassage(offset ?? (key.direction === 1 ? -1 : current.text.length + 1), key.direction, key.byTheme)
  if (target) {
    placeCaret(view, current.layout, target.start)
    session.revealPassage(target.id)
  }
  return true
}
