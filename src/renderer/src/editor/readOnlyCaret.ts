/**
 * The article is read-only but takes a caret: the reader moves through it with the arrow keys and
 * selects with Shift+arrows (caret browsing), then tags the selection from the keyboard.
 *
 * ProseMirror's `editable: false` takes the text out of the tab order and gives it no caret, so
 * the view stays editable as far as the browser knows (contenteditable, a native caret, native
 * selection keys) and nothing may change the text: no transaction that changes the document gets
 * through (`filterTransaction`; ProseMirror redraws any DOM the browser changed anyway, as IME
 * composition can), and typing, pasting, dropping and cutting never reach the DOM. This is how
 * CodeMirror's `readOnly` differs from its `editable`, and the filter ProseMirror's author suggests
 * for read-only views that keep their selection.
 */
import { Extension } from '@tiptap/core'
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state'
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

export const ReadOnlyCaret = Extension.create({
  name: 'readOnlyCaret',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('readOnlyCaret'),
        filterTransaction: (tr) => !tr.docChanged,
        view: collapseWhenEmptied,
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
