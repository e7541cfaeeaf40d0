/**
 * The native menu as plain data: every command of the app (from `src/shared/commands.ts`) in its
 * menu with its keys, File → Open Recent, and Help. `src/main/menu.ts` turns it into Electron's
 * menu; kept apart so tests can read the whole menu without Electron.
 */
import { basename, dirname } from 'node:path'
import { COMMANDS, commandsOf, type CommandMenu } from '@shared/commands'
import type { MenuCommand } from '@shared/ipc/contract'

/** Electron's own items the menu uses. */
export type MenuRole = 'appMenu' | 'windowMenu' | 'quit' | 'cut' | 'copy' | 'paste' | 'selectAll' | 'togglefullscreen' | 'toggleDevTools'

export type MenuEntry =
  | { kind: 'command'; command: MenuCommand; label: string; accelerator?: string }
  | { kind: 'role'; role: MenuRole }
  | { kind: 'separator' }
  | { kind: 'recent'; path: string; label: string }
  | { kind: 'clear-recent'; enabled: boolean }
  | { kind: 'about' }
  | { kind: 'submenu'; label: string; entries: MenuEntry[] }

export interface MenuOptions {
  mac: boolean
  /** Developer tools in the View menu (not in a packaged app). */
  devTools: boolean
  /** The recent files, newest first. */
  recent: readonly string[]
  /** The user's home folder, written "~" in the recent files' labels. */
  home: string
}

const command = (name: MenuCommand): MenuEntry => ({ kind: 'command', command: name, label: COMMANDS[name].label, accelerator: COMMANDS[name].accelerator })
const commands = (menu: CommandMenu): MenuEntry[] => commandsOf(menu).map(command)
const separator: MenuEntry = { kind: 'separator' }

/** "article.pdf — ~/Press/2024": the name first, where it is after; "&" doubled, as Windows reads one as a mnemonic. */
export function recentLabel(path: string, home: string): string {
  const folder = dirname(path)
  const shown = home && (folder === home || folder.startsWith(`${home}/`) || folder.startsWith(`${home}\\`)) ? `~${folder.slice(home.length)}` : folder
  return `${basename(path)} — ${shown}`.replaceAll('&', '&&')
}

function openRecent(options: MenuOptions): MenuEntry {
  const entries: MenuEntry[] = options.recent.map((path) => ({ kind: 'recent', path, label: recentLabel(path, options.home) }))
  return { kind: 'submenu', label: 'Open Recent', entries: [...entries, ...(entries.length > 0 ? [separator] : []), { kind: 'clear-recent', enabled: entries.length > 0 }] }
}

export function menuTemplate(options: MenuOptions): { label: string; entries: MenuEntry[] }[] {
  const others = (menu: CommandMenu, ...shownApart: MenuCommand[]): MenuEntry[] => commandsOf(menu).filter((name) => !shownApart.includes(name)).map(command)
  const views = commandsOf('View').filter((name) => name.startsWith('view-'))
  const themes = commandsOf('Codebook').filter((name) => name.endsWith('-theme'))
  const projectFiles: MenuCommand[] = ['export-project', 'import-project', 'back-up-project', 'back-up-all', 'restore-backup']
  return [
    ...(options.mac ? [{ label: 'Themata', entries: [{ kind: 'role', role: 'appMenu' } as MenuEntry] }] : []),
    {
      label: 'File',
      entries: [
        command('open'),
        openRecent(options),
        command('projects'),
        separator,
        ...others('File', 'open', 'projects', ...projectFiles),
        separator,
        ...projectFiles.map(command),
        ...(options.mac ? [] : [separator, { kind: 'role', role: 'quit' } as MenuEntry])
      ]
    },
    {
      label: 'Edit',
      entries: [
        ...others('Edit', 'find'),
        separator,
        { kind: 'role', role: 'cut' },
        { kind: 'role', role: 'copy' },
        { kind: 'role', role: 'paste' },
        { kind: 'role', role: 'selectAll' },
        separator,
        command('find')
      ]
    },
    {
      label: 'View',
      entries: [
        ...views.map(command),
        separator,
        ...others('View', ...views),
        separator,
        { kind: 'role', role: 'togglefullscreen' },
        ...(options.devTools ? [{ kind: 'role', role: 'toggleDevTools' } as MenuEntry] : [])
      ]
    },
    { label: 'Codebook', entries: [...themes.map(command), separator, ...others('Codebook', ...themes)] },
    ...(options.mac ? [{ label: 'Window', entries: [{ kind: 'role', role: 'windowMenu' } as MenuEntry] }] : []),
    // On a Mac, About is in the application menu (appMenu's own item).
    { label: 'Help', entries: [...commands('Help'), ...(options.mac ? [] : [separator, { kind: 'about' } as MenuEntry])] }
  ]
}

/** The About box's text under the app name. */
export function aboutDetail(versions: { app: string; electron?: string; chrome?: string; node?: string }): string {
  const engines = [versions.electron && `Electron ${versions.electron}`, versions.chrome && `Chromium ${versions.chrome}`, versions.node && `Node.js ${versions.node}`].filter(Boolean)
  return [`Version ${versions.app}`, engines.join(' · '), 'Tag passages of articles by theme. Everything stays on this computer.'].filter(Boolean).join('\n')
}
