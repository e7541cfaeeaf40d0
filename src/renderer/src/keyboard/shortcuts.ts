/**
 * Every key of the app that is not a menu command's, by where it works: with the menu commands
 * and their accelerators (src/shared/commands.ts) it is what the keyboard shortcuts overlay (F1
 * or ?) shows. Keys are written for Windows and Linux; `forPlatform` writes them for a Mac; what
 * they do is a catalogue message. A key added anywhere in the app is added here, in the group of
 * the place it works in, unless it is a menu command's.
 */
import type { MessageKey } from '@shared/i18n/format'

/** Keys as printed on the keyboard ("Ctrl+Enter", "Alt+↓ / Alt+↑"), or words for keys with no one name ("A letter"). */
export type Keys = string | { words: MessageKey }

export interface Shortcut {
  /** Alternatives, any one of which does it: ['Enter', 'F2'] reads "Enter or F2". */
  keys: readonly Keys[]
  does: MessageKey
}

export interface ShortcutGroup {
  /** Where the keys work. */
  area: MessageKey
  shortcuts: readonly Shortcut[]
}

const SHIFT_WITH_THOSE: Keys = { words: 'shortcuts.key.shiftWithThose' }

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  {
    area: 'shortcuts.area.everywhere',
    shortcuts: [
      { keys: ['F6 / Shift+F6'], does: 'shortcuts.regions' },
      { keys: ['Tab / Shift+Tab'], does: 'shortcuts.controls' },
      { keys: ['Escape'], does: 'shortcuts.closePopup' },
      { keys: ['← →  Home  End'], does: 'shortcuts.divider' }
    ]
  },
  {
    area: 'shortcuts.area.article',
    shortcuts: [
      { keys: ['← → ↑ ↓  Home  End  Page Up  Page Down'], does: 'shortcuts.caret' },
      { keys: [SHIFT_WITH_THOSE], does: 'shortcuts.selectText' },
      { keys: ['Ctrl+A'], does: 'shortcuts.selectArticle' },
      { keys: ['1 – 9'], does: 'shortcuts.tagByKey' },
      { keys: [{ words: 'shortcuts.key.aLetter' }], does: 'shortcuts.filterThemes' },
      { keys: ['Tab'], does: 'shortcuts.intoToolbar' },
      { keys: ['Escape'], does: 'shortcuts.dropSelection' },
      { keys: ['Enter'], does: 'shortcuts.openPassage' },
      { keys: ['Alt+↓ / Alt+↑'], does: 'shortcuts.nextPassage' },
      { keys: ['Alt+Shift+↓ / Alt+Shift+↑'], does: 'shortcuts.nextThemePassage' }
    ]
  },
  {
    area: 'shortcuts.area.toolbar',
    shortcuts: [
      { keys: ['Ctrl+Enter'], does: 'shortcuts.saveNote' },
      { keys: ['Escape'], does: 'shortcuts.closeToCaret' }
    ]
  },
  {
    area: 'shortcuts.area.lists',
    shortcuts: [
      { keys: ['↑ ↓'], does: 'shortcuts.rows' },
      { keys: ['Home / End  Page Up / Page Down'], does: 'shortcuts.rowPages' },
      { keys: ['Enter'], does: 'shortcuts.openRow' }
    ]
  },
  {
    area: 'shortcuts.area.codebook',
    shortcuts: [
      { keys: ['↑ ↓  Home  End'], does: 'shortcuts.themes' },
      { keys: ['→ / ←'], does: 'shortcuts.expand' },
      { keys: [{ words: 'shortcuts.key.letters' }], does: 'shortcuts.typeahead' },
      { keys: ['Enter', 'F2'], does: 'shortcuts.renameTheme' },
      { keys: ['Delete'], does: 'shortcuts.deleteTheme' },
      { keys: ['Alt+↑ / Alt+↓'], does: 'shortcuts.moveTheme' },
      { keys: ['Alt+→ / Alt+←'], does: 'shortcuts.nestTheme' }
    ]
  },
  {
    area: 'shortcuts.area.allPassages',
    shortcuts: [
      { keys: ['↑ ↓  Home  End  Page Up  Page Down'], does: 'shortcuts.movePassages' },
      { keys: [SHIFT_WITH_THOSE], does: 'shortcuts.selectRun' },
      { keys: [{ words: 'shortcuts.key.space' }], does: 'shortcuts.selectPassage' },
      { keys: ['Ctrl+A'], does: 'shortcuts.selectListed' },
      { keys: ['→ / ←'], does: 'shortcuts.paragraph' },
      { keys: ['Enter'], does: 'shortcuts.openAtPassage' },
      { keys: ['Delete'], does: 'shortcuts.deleteSelected' },
      { keys: ['Escape'], does: 'shortcuts.unselectAll' }
    ]
  },
  {
    area: 'shortcuts.area.tabs',
    shortcuts: [
      { keys: ['← →  Home  End'], does: 'shortcuts.viewTabs' },
      { keys: ['Enter / Shift+Enter'], does: 'shortcuts.searchField' }
    ]
  }
]

/** `keys` as a Mac writes them (⌘ for Ctrl, ⌥ for Alt). */
export function forPlatform(keys: string, mac: boolean): string {
  return mac ? keys.replace(/Ctrl\+/g, '⌘').replace(/Alt\+/g, '⌥').replace(/Shift\+/g, '⇧') : keys
}
