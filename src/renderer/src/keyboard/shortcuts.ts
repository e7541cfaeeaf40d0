/**
 * Every key of the app, by where it works: the list the keyboard shortcuts overlay (F1 or ?) shows,
 * and the README's. Keys are written for Windows and Linux; `forPlatform` writes them for a Mac.
 * A key added anywhere in the app is added here, in the group of the place it works in.
 */

export interface Shortcut {
  keys: string
  does: string
}

export interface ShortcutGroup {
  /** Where the keys work. */
  area: string
  shortcuts: readonly Shortcut[]
}

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  {
    area: 'Everywhere',
    shortcuts: [
      { keys: 'F6 / Shift+F6', does: 'Next or previous region: top bar, library, codebook, main view, passages panel' },
      { keys: 'F1 or ?', does: 'This list of keys' },
      { keys: 'Ctrl+O', does: 'Open articles' },
      { keys: 'Ctrl+E', does: 'Export the report' },
      { keys: 'Ctrl+Z', does: 'Undo (not while typing in a field: there it undoes the typing)' },
      { keys: 'Ctrl+Shift+Z or Ctrl+Y', does: 'Redo' },
      { keys: 'Ctrl+Shift+D', does: 'Dark or light mode' },
      { keys: 'Tab / Shift+Tab', does: 'Next or previous control' },
      { keys: 'Escape', does: 'Close a popover, menu or dialog' }
    ]
  },
  {
    area: 'Article',
    shortcuts: [
      { keys: '← → ↑ ↓  Home  End  Page Up  Page Down', does: 'Move the caret through the text; Ctrl+← → by word' },
      { keys: 'Shift with those keys', does: 'Select text' },
      { keys: 'Ctrl+A', does: 'Select the whole article' },
      { keys: '1 – 9', does: 'Tag the selected text with the theme on that key' },
      { keys: 'A letter', does: 'With text selected: filter the themes; Enter tags with the first one left' },
      { keys: 'Tab', does: 'With text selected: into the tag toolbar (themes, Add note, New theme)' },
      { keys: 'Escape', does: 'Let go of the selection; the caret stays where it ended' },
      { keys: 'Enter', does: 'Open the passage at the caret: its themes, its note, Delete passage' },
      { keys: 'Alt+↓ / Alt+↑', does: 'Next or previous passage' },
      { keys: 'Alt+Shift+↓ / Alt+Shift+↑', does: 'Next or previous passage of the theme at the caret' }
    ]
  },
  {
    area: 'Tag toolbar and passage',
    shortcuts: [
      { keys: 'Ctrl+Enter', does: 'Save the note being written in the toolbar' },
      { keys: 'Escape', does: 'Close, back to the caret in the article (a note typed in a passage is kept)' }
    ]
  },
  {
    area: 'Library, passages panel, search results',
    shortcuts: [
      { keys: '↑ ↓', does: 'Previous or next row, also rows not shown yet' },
      { keys: 'Home / End  Page Up / Page Down', does: 'First or last row; a page up or down' },
      { keys: 'Enter', does: 'Open the article, go to the passage or the hit' }
    ]
  },
  {
    area: 'Codebook',
    shortcuts: [
      { keys: '↑ ↓  Home  End', does: 'Previous, next, first or last theme' },
      { keys: '→ / ←', does: 'Open or close a theme with sub-themes; into its first sub-theme, or up to its parent' },
      { keys: 'Letters', does: 'Go to the theme whose name starts so' },
      { keys: 'Enter or F2', does: 'Rename the theme' },
      { keys: 'Delete', does: 'Delete the theme' },
      { keys: 'Alt+↑ / Alt+↓', does: 'Move the theme up or down among its siblings' },
      { keys: 'Alt+→ / Alt+←', does: 'Put the theme under the one above it; move it out of its parent' }
    ]
  },
  {
    area: 'All passages',
    shortcuts: [
      { keys: '↑ ↓  Home  End  Page Up  Page Down', does: 'Move through the passages' },
      { keys: 'Shift with those keys', does: 'Select a run of passages' },
      { keys: 'Space', does: 'Select or unselect the passage' },
      { keys: 'Ctrl+A', does: 'Select every passage listed' },
      { keys: '→ / ←', does: 'Show the passage’s whole paragraph, or the quote alone again' },
      { keys: 'Enter', does: 'Open the article at the passage' },
      { keys: 'Delete', does: 'Delete the selected passages' },
      { keys: 'Escape', does: 'Unselect all' }
    ]
  },
  {
    area: 'View tabs and search field',
    shortcuts: [
      { keys: '← →  Home  End', does: 'On the view tabs: Article, All passages, Search' },
      { keys: 'Enter / Shift+Enter', does: 'In the search field: search, then the next or previous hit in the article' }
    ]
  }
]

/** `keys` as a Mac writes them (⌘ for Ctrl, ⌥ for Alt). */
export function forPlatform(keys: string, mac: boolean): string {
  return mac ? keys.replace(/Ctrl\+/g, '⌘').replace(/Alt\+/g, '⌥').replace(/Shift\+/g, '⇧') : keys
}
