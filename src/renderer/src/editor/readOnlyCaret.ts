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
import { Plugin, PluginKey } from '@tiptap/pm/state'

export const ReadOnlyCaret = Extension.create({
  name: 'readOnlyCaret',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('readOnlyCaret'),
        filterTransaction: (tr) => !tr.docChanged,
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
