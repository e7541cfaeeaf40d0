/**
 * Every command of the app, once: its label, its menu and its keys. The native menu (main), the
 * renderer's own key handling (the same keys in browser mode) and the shortcuts overlay all read
 * this table, so a key shown in one place is the key that works in the others.
 */
import type { MenuCommand } from './ipc/contract'

/** The native menu a command sits in. */
export type CommandMenu = 'File' | 'Edit' | 'View' | 'Codebook' | 'Help'

export interface CommandSpec {
  /** The menu item's label (an ellipsis when it asks for more before acting). */
  label: string
  menu: CommandMenu
  /** An Electron accelerator ("CmdOrCtrl+Shift+Z"), shown in the menu and matched by the renderer. */
  accelerator?: string
  /** More keys for the same command, matched but not shown in the menu (Ctrl+Y for redo). */
  aliases?: readonly string[]
  /** Whether the keys act while the focus is in a text field (undo there belongs to the field). */
  whileTyping: boolean
}

export const COMMANDS: Record<MenuCommand, CommandSpec> = {
  open: { label: 'Open articles…', menu: 'File', accelerator: 'CmdOrCtrl+O', whileTyping: true },
  projects: { label: 'Projects…', menu: 'File', accelerator: 'CmdOrCtrl+Shift+P', whileTyping: true },
  export: { label: 'Export report…', menu: 'File', accelerator: 'CmdOrCtrl+E', whileTyping: true },
  'export-project': { label: 'Export project (.qdpx)…', menu: 'File', whileTyping: true },
  'import-project': { label: 'Import project (.qdpx)…', menu: 'File', whileTyping: true },
  'back-up-project': { label: 'Back up project…', menu: 'File', accelerator: 'CmdOrCtrl+Shift+S', whileTyping: true },
  'back-up-all': { label: 'Back up all projects…', menu: 'File', whileTyping: true },
  'restore-backup': { label: 'Restore backup…', menu: 'File', whileTyping: true },
  'export-annotations': { label: 'Export annotations (W3C JSON-LD)…', menu: 'File', whileTyping: true },
  'export-project-annotations': { label: 'Export all articles’ annotations…', menu: 'File', whileTyping: true },
  'import-annotations': { label: 'Import annotations…', menu: 'File', whileTyping: true },
  undo: { label: 'Undo', menu: 'Edit', accelerator: 'CmdOrCtrl+Z', whileTyping: false },
  redo: { label: 'Redo', menu: 'Edit', accelerator: 'CmdOrCtrl+Shift+Z', aliases: ['CmdOrCtrl+Y'], whileTyping: false },
  find: { label: 'Search the project', menu: 'Edit', accelerator: 'CmdOrCtrl+F', whileTyping: true },
  'view-article': { label: 'Article', menu: 'View', accelerator: 'CmdOrCtrl+1', whileTyping: true },
  'view-all-passages': { label: 'All passages', menu: 'View', accelerator: 'CmdOrCtrl+2', whileTyping: true },
  'view-search': { label: 'Search results', menu: 'View', accelerator: 'CmdOrCtrl+3', whileTyping: true },
  'view-analysis': { label: 'Analysis', menu: 'View', accelerator: 'CmdOrCtrl+4', whileTyping: true },
  'toggle-stripes': { label: 'Coding stripes', menu: 'View', accelerator: 'CmdOrCtrl+Shift+B', whileTyping: true },
  'zoom-in': { label: 'Larger article text', menu: 'View', accelerator: 'CmdOrCtrl+Plus', aliases: ['CmdOrCtrl+='], whileTyping: true },
  'zoom-out': { label: 'Smaller article text', menu: 'View', accelerator: 'CmdOrCtrl+-', whileTyping: true },
  'zoom-reset': { label: 'Article text at normal size', menu: 'View', accelerator: 'CmdOrCtrl+0', whileTyping: true },
  'toggle-theme': { label: 'Toggle dark mode', menu: 'View', accelerator: 'CmdOrCtrl+Shift+D', whileTyping: true },
  'new-theme': { label: 'New theme…', menu: 'Codebook', whileTyping: true },
  'edit-theme': { label: 'Edit the selected theme…', menu: 'Codebook', whileTyping: true },
  'merge-theme': { label: 'Merge the selected theme…', menu: 'Codebook', whileTyping: true },
  'delete-theme': { label: 'Delete the selected theme…', menu: 'Codebook', whileTyping: true },
  'import-codebook': { label: 'Import codebook…', menu: 'Codebook', whileTyping: true },
  'export-codebook-qdc': { label: 'Export as REFI-QDA (.qdc)…', menu: 'Codebook', whileTyping: true },
  'export-codebook-csv': { label: 'Export as CSV…', menu: 'Codebook', whileTyping: true },
  shortcuts: { label: 'Keyboard shortcuts', menu: 'Help', accelerator: 'F1', aliases: ['?'], whileTyping: false }
}

/** Commands of a menu, in the order the table lists them. */
export function commandsOf(menu: CommandMenu): MenuCommand[] {
  return (Object.keys(COMMANDS) as MenuCommand[]).filter((command) => COMMANDS[command].menu === menu)
}

/** Keys that are not menu commands, for the shortcuts overlay. */
export const OTHER_SHORTCUTS: readonly { keys: string; does: string }[] = [
  { keys: '1 – 9', does: 'Tag the selected text with the theme of that number' },
  { keys: 'Enter / Shift+Enter', does: 'In the search field: the next or previous hit in the article' },
  { keys: 'Escape', does: 'Close a popover, menu or dialog' },
  { keys: '← → (on a divider)', does: 'Make a side panel narrower or wider; Home and End for its smallest and largest width' },
  { keys: 'Arrow keys, Space (in All passages)', does: 'Move through the passages and select them; Ctrl+A selects all' }
]
