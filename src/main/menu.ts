/** The native menu, built from the plain template in ./services/menuTemplate. */
import { Menu, type MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '@shared/ipc/contract'
import type { MenuEntry, MenuSection } from './services/menuTemplate'

export interface MenuActions {
  command(command: MenuCommand): void
  openRecent(path: string): void
  clearRecent(): void
  about(): void
}

function item(entry: MenuEntry, actions: MenuActions): MenuItemConstructorOptions {
  switch (entry.kind) {
    case 'command':
      // The renderer handles these keys itself (the same code in browser mode), so the menu only shows them.
      return { label: entry.label, accelerator: entry.accelerator, registerAccelerator: false, click: () => actions.command(entry.command) }
    case 'role':
      return { role: entry.role, label: entry.label }
    case 'separator':
      return { type: 'separator' }
    case 'recent':
      return { label: entry.label, click: () => actions.openRecent(entry.path) }
    case 'clear-recent':
      return { label: entry.label, enabled: entry.enabled, click: () => actions.clearRecent() }
    case 'about':
      return { label: entry.label, click: () => actions.about() }
    case 'submenu':
      return { label: entry.label, submenu: entry.entries.map((inner) => item(inner, actions)) }
  }
}

export function buildMenu(template: MenuSection[], actions: MenuActions): Menu {
  return Menu.buildFromTemplate(template.map(({ label, role, entries }) => ({ label, ...(role ? { role } : {}), submenu: entries.map((entry) => item(entry, actions)) })))
}
