/**
 * Every command of the app, once: its menu and its keys (its label is the catalogue's
 * `command.<name>`). The native menu (main), the renderer's own key handling (the same keys in
 * browser mode) and the shortcuts overlay all read this table, so a key shown in one place is the
 * key that works in the others.
 */
import type { MessageKey, Translate } from './i18n/format'
import type { MenuCommand } from './ipc/contract'

/** The native menu a command sits in. */
export type CommandMenu = 'File' | 'Edit' | 'View' | 'Codebook' | 'Help'

export interface CommandSpec {
  menu: CommandMenu
  /** An Electron accelerator ("CmdOrCtrl+Shift+Z"), shown in the menu and matched by the renderer. */
  accelerator?: string
  /** More keys for the same command, matched but not shown in the menu (Ctrl+Y for redo). */
  aliases?: readonly string[]
  /** Whether the keys act while the focus is in a text field (undo there belongs to the field). */
  whileTyping: boolean
}

export const COMMANDS: Record<MenuCommand, CommandSpec> = {
  open: { menu: 'File', accelerator: 'CmdOrCtrl+O', whileTyping: true },
  projects: { menu: 'File', accelerator: 'CmdOrCtrl+Shift+P', whileTyping: true },
  export: { menu: 'File', accelerator: 'CmdOrCtrl+E', whileTyping: true },
  'export-project': { menu: 'File', whileTyping: true },
  'import-project': { menu: 'File', whileTyping: true },
  'back-up-project': { menu: 'File', accelerator: 'CmdOrCtrl+Shift+S', whileTyping: true },
  'back-up-all': { menu: 'File', whileTyping: true },
  'restore-backup': { menu: 'File', whileTyping: true },
  'export-annotations': { menu: 'File', whileTyping: true },
  'export-project-annotations': { menu: 'File', whileTyping: true },
  'import-annotations': { menu: 'File', whileTyping: true },
  undo: { menu: 'Edit', accelerator: 'CmdOrCtrl+Z', whileTyping: false },
  redo: { menu: 'Edit', accelerator: 'CmdOrCtrl+Shift+Z', aliases: ['CmdOrCtrl+Y'], whileTyping: false },
  find: { menu: 'Edit', accelerator: 'CmdOrCtrl+F', whileTyping: true },
  'view-article': { menu: 'View', accelerator: 'CmdOrCtrl+1', whileTyping: true },
  'view-all-passages': { menu: 'View', accelerator: 'CmdOrCtrl+2', whileTyping: true },
  'view-search': { menu: 'View', accelerator: 'CmdOrCtrl+3', whileTyping: true },
  'view-analysis': { menu: 'View', accelerator: 'CmdOrCtrl+4', whileTyping: true },
  'toggle-stripes': { menu: 'View', accelerator: 'CmdOrCtrl+Shift+B', whileTyping: true },
  'zoom-in': { menu: 'View', accelerator: 'CmdOrCtrl+Plus', aliases: ['CmdOrCtrl+='], whileTyping: true },
  'zoom-out': { menu: 'View', accelerator: 'CmdOrCtrl+-', whileTyping: true },
  'zoom-reset': { menu: 'View', accelerator: 'CmdOrCtrl+0', whileTyping: true },
  'toggle-theme': { menu: 'View', accelerator: 'CmdOrCtrl+Shift+D', whileTyping: true },
  'new-theme': { menu: 'Codebook', whileTyping: true },
  'edit-theme': { menu: 'Codebook', whileTyping: true },
  'merge-theme': { menu: 'Codebook', whileTyping: true },
  'delete-theme': { menu: 'Codebook', whileTyping: true },
  'import-codebook': { menu: 'Codebook', whileTyping: true },
  'export-codebook-qdc': { menu: 'Codebook', whileTyping: true },
  'export-codebook-csv': { menu: 'Codebook', whileTyping: true },
  shortcuts: { menu: 'Help', accelerator: 'F1', aliases: ['?'], whileTyping: false }
}

/** Commands of a menu, in the order the table lists them. */
export function commandsOf(menu: CommandMenu): MenuCommand[] {
  return (Object.keys(COMMANDS) as MenuCommand[]).filter((command) => COMMANDS[command].menu === menu)
}

/** The catalogue key of a command's label (an ellipsis when it asks for more before acting). */
export function commandKey(command: MenuCommand): MessageKey {
  return `command.${command}`
}

export function commandLabel(command: MenuCommand, t: Translate): string {
  return t(commandKey(command))
}

const MENU_KEYS: Record<CommandMenu, MessageKey> = { File: 'menu.file', Edit: 'menu.edit', View: 'menu.view', Codebook: 'menu.codebook', Help: 'menu.help' }

/** A menu's name in the language of `t`. */
export function menuLabel(menu: CommandMenu, t: Translate): string {
  return t(MENU_KEYS[menu])
}
