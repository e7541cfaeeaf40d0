/**
 * The native menu as plain data, in the app's language: every command of the app (from
 * `src/shared/commands.ts`) in its menu with its keys, File → Open Recent, and Help.
 * `src/main/menu.ts` turns it into Electron's menu; kept apart so tests can read the whole menu
 * without Electron.
 */
import { basename, dirname } from 'node:path'
import { COMMANDS, commandLabel, commandsOf, menuLabel, type CommandMenu } from '@shared/commands'
import { english, type MessageKey, type Translate } from '@shared/i18n/format'
import type { MenuCommand } from '@shared/ipc/contract'

/** Electron's own items the menu uses. */
export type MenuRole =
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'togglefullscreen'
  | 'toggleDevTools'
  | 'minimize'
  | 'zoom'
  | 'front'

export type MenuEntry =
  | { kind: 'command'; command: MenuCommand; label: string; accelerator?: string }
  /** Electron's own item, with our label (Electron's own are English). */
  | { kind: 'role'; role: MenuRole; label: string }
  | { kind: 'separator' }
  | { kind: 'recent'; path: string; label: string }
  | { kind: 'clear-recent'; label: string; enabled: boolean }
  | { kind: 'about'; label: string }
  | { kind: 'submenu'; label: string; entries: MenuEntry[] }

export interface MenuOptions {
  mac: boolean
  /** Developer tools in the View menu (not in a packaged app). */
  devTools: boolean
  /** The recent files, newest first. */
  recent: readonly string[]
  /** The user's home folder, written "~" in the recent files' labels. */
  home: string
  /** The app's language (the renderer says which); English when not given. */
  t?: Translate
}

const separator: MenuEntry = { kind: 'separator' }

const ROLE_LABELS: Record<MenuRole, MessageKey> = {
  services: 'menu.services',
  hide: 'menu.hide',
  hideOthers: 'menu.hideOthers',
  unhide: 'menu.showAll',
  quit: 'menu.quit',
  cut: 'menu.cut',
  copy: 'menu.copy',
  paste: 'menu.paste',
  selectAll: 'menu.selectAll',
  togglefullscreen: 'menu.fullScreen',
  toggleDevTools: 'menu.devTools',
  minimize: 'menu.minimize',
  zoom: 'menu.zoom',
  front: 'menu.front'
}

/** "article.pdf — ~/Press/2024": the name first, where it is after; "&" doubled, as Windows reads one as a mnemonic. */
export function recentLabel(path: string, home: string): string {
  const folder = dirname(path)
  const shown = home && (folder === home || folder.startsWith(`${home}/`) || folder.startsWith(`${home}\\`)) ? `~${folder.slice(home.length)}` : folder
  return `${basename(path)} — ${shown}`.replaceAll('&', '&&')
}

function openRecent(options: MenuOptions, t: Translate): MenuEntry {
  const entries: MenuEntry[] = options.recent.map((path) => ({ kind: 'recent', path, label: recentLabel(path, options.home) }))
  return {
    kind: 'submenu',
    label: t('menu.openRecent'),
    entries: [...entries, ...(entries.length > 0 ? [separator] : []), { kind: 'clear-recent', label: t('menu.clearRecent'), enabled: entries.length > 0 }]
  }
}

export interface MenuSection {
  label: string
  /** The Mac's Window menu: macOS adds the open windows to it. */
  role?: 'window'
  entries: MenuEntry[]
}

export function menuTemplate(options: MenuOptions): MenuSection[] {
  const t = options.t ?? english
  const command = (name: MenuCommand): MenuEntry => ({ kind: 'command', command: name, label: commandLabel(name, t), accelerator: COMMANDS[name].accelerator })
  const commands = (menu: CommandMenu): MenuEntry[] => commandsOf(menu).map(command)
  const role = (name: MenuRole): MenuEntry => ({ kind: 'role', role: name, label: t(ROLE_LABELS[name]) })
  const about: MenuEntry = { kind: 'about', label: t('menu.about') }
  const others = (menu: CommandMenu, ...shownApart: MenuCommand[]): MenuEntry[] => commandsOf(menu).filter((name) => !shownApart.includes(name)).map(command)
  const views = commandsOf('View').filter((name) => name.startsWith('view-'))
  const themes = commandsOf('Codebook').filter((name) => name.endsWith('-theme'))
  const projectFiles: MenuCommand[] = ['export-project', 'import-project', 'back-up-project', 'back-up-all', 'restore-backup']
  return [
    // The Mac's application menu: its title is always the app's name, whatever the label.
    ...(options.mac ? [{ label: 'Themata', entries: [about, separator, role('services'), separator, role('hide'), role('hideOthers'), role('unhide'), separator, role('quit')] }] : []),
    {
      label: menuLabel('File', t),
      entries: [
        command('open'),
        openRecent(options, t),
        command('projects'),
        separator,
        ...others('File', 'open', 'projects', ...projectFiles),
        separator,
        ...projectFiles.map(command),
        ...(options.mac ? [] : [separator, role('quit')])
      ]
    },
    {
      label: menuLabel('Edit', t),
      entries: [
        ...others('Edit', 'find'),
        separator,
        role('cut'),
        role('copy'),
        role('paste'),
        role('selectAll'),
        separator,
        command('find')
      ]
    },
    {
      label: menuLabel('View', t),
      entries: [
        ...views.map(command),
        separator,
        ...others('View', ...views),
        separator,
        role('togglefullscreen'),
        ...(options.devTools ? [role('toggleDevTools')] : [])
      ]
    },
    { label: menuLabel('Codebook', t), entries: [...themes.map(command), separator, ...others('Codebook', ...themes)] },
    ...(options.mac ? [{ label: t('menu.window'), role: 'window' as const, entries: [role('minimize'), role('zoom'), separator, role('front')] }] : []),
    // On a Mac, About is in the application menu.
    { label: menuLabel('Help', t), entries: [...commands('Help'), ...(options.mac ? [] : [separator, about])] }
  ]
}

/** The About box's text under the app name. */
export function aboutDetail(versions: { app: string; electron?: string; chrome?: string; node?: string }, t: Translate = english): string {
  const engines = [versions.electron && `Electron ${versions.electron}`, versions.chrome && `Chromium ${versions.chrome}`, versions.node && `Node.js ${versions.node}`].filter(Boolean)
  return [t('about.version', { version: versions.app }), engines.join(' · '), t('about.tagline')].filter(Boolean).join('\n')
}
