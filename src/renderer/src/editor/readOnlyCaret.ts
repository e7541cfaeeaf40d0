/**
 * The article is read-only but takes a caret: the reader moves through it with the arrow keys and
 * selects with Shift+arrows (caret browsing), then tags the selection from the keyboard.
 *
 * ProseMirror's `editable: false` takes the text out of the tab order and gives it no caret, so
 * the view stays editable as far as the browser knows (contenteditable, a native caret, native
 * selection keys) and nothing may change the text: no transaction that changes the document gets
 * through (`filterTransaction`; ProseMirror redraws any DOM the browser changed anyway, as IME
 * composition can), and typing, pasting, dropping and cutting never reach the DOM. This is how
 * CodeMirror's `readOnly` differs from its `editable`, and `filterTransaction` is the hook
 * ProseMirror's author points to for keeping edits out.
 */
import { Extension } from '@tiptap/core'
import { Plugin, PluginKey, TextSelection, type EditorState } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'

/**
 * When the page's selection is emptied while the article has the focus (the reader let go of a
 * selection), ProseMirror keeps the old one and would paint it back at its next update: it gets
 * the caret instead, where the selection ended.
 */
function collapseWhenEmptied(view: EditorView): { destroy(): void } {
  const doc = view.dom.ownerDocument
  const onChange = (): void => {
    const selection = doc.getSelection()
    if (selection?.rangeCount === 0 && view.hasFocus() && !view.state.selection.empty) {
      view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, view.state.selection.head)))
    }
  }
  doc.addEventListener('selectionchange', onChange)
  return { destroy: () => doc.removeEventListener('selectionchange', onChange) }
}

/**
 * The page's selection, when the article has the focus and ProseMirror's own has fallen behind it:
 * a key moved the caret and the selectionchange event ProseMirror reads it from has not come yet.
 */
function pageSelectionAhead(view: EditorView, state: EditorState): TextSelection | null {
  const selection = view.dom.ownerDocument.getSelection()
  if (!selection?.anchorNode || !selection.focusNode || !view.hasFocus()) return null
  if (!view.dom.contains(selection.anchorNode) || !view.dom.contains(selection.focusNode)) return null
  try {
    const anchor = view.posAtDOM(selection.anchorNode, selection.anchorOffset)
    const head = view.posAtDOM(selection.focusNode, selection.focusOffset)
    return anchor === state.selection.anchor && head === state.selection.head ? null : TextSelection.create(state.doc, anchor, head)
  } catch {
    return null
  }
}

/** Meta of a transaction that only repaints decorations (highlights, the search hit): it takes the page's selection first. */
export const REPAINT = 'themataRepaint'

export const ReadOnlyCaret = Extension.create({
  name: 'readOnlyCaret',
  addProseMirrorPlugins() {
    let current: EditorView | null = null
    return [
      new Plugin({
        key: new PluginKey('readOnlyCaret'),
        filterTransaction: (tr) => !tr.docChanged,
        // A repaint (highlights scrolled into view, a passage tagged) writes ProseMirror's selection back
        // to the page: it takes the page's first, or the caret would jump back to where it was a key ago.
        // Only repaints: while focus arrives, the page's caret is not yet the one ProseMirror restores.
        appendTransaction: (transactions, _old, state) => {
          if (!current || !transactions.some((tr) => tr.getMeta(REPAINT)) || transactions.some((tr) => tr.selectionSet)) return null
          const ahead = pageSelectionAhead(current, state)
          return ahead ? state.tr.setSelection(ahead).setMeta('addToHistory', false) : null
        },
        view: (view) => {
          current = view
          const stop = collapseWhenEmptied(view)
          return {
            destroy: () => {
              stop.destroy()
              current = null
            }
          }
        },
        props: {
          attributes: {
            'aria-readonly': 'true',
            'aria-multiline': 'true',
            // No spelling marks, autocorrection or on-screen keyboard on a text nobody types into.
            spellcheck: 'false',
            autocorrect: 'off',
            autocapitalize: 'off',
            inputmode: 'none'
          },
          handleDOMEvents: {
            beforeinput: (_view, event) => {
              event.preventDefault()
              return true
            }
          },
          handlePaste: () => true,
          handleDrop: () => true
        }
      })
    ]
  }
})
