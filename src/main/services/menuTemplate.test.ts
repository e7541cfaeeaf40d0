import { describe, expect, it } from 'vitest'
import { COMMANDS } from '@shared/commands'
import { menuCommandSchema } from '@shared/ipc/contract'
import { aboutDetail, menuTemplate, recentLabel, type MenuEntry } from './menuTemplate'

const options = { mac: false, devTools: false, recent: [] as string[], home: '/home/ana' }

function flatten(entries: MenuEntry[]): MenuEntry[] {
  return entries.flatMap((entry) => (entry.kind === 'submenu' ? [entry, ...flatten(entry.entries)] : [entry]))
}

const all = (menu: ReturnType<typeof menuTemplate>): MenuEntry[] => menu.flatMap((section) => flatten(section.entries))

describe('menuTemplate', () => {
  it('holds every command of the app once, with its label and keys', () => {
    for (const mac of [false, true]) {
      const entries = all(menuTemplate({ ...options, mac }))
      const commands = entries.filter((entry) => entry.kind === 'command')
      expect(commands.map((entry) => entry.command).sort()).toEqual([...menuCommandSchema.options].sort())
      for (const entry of commands) expect(entry).toEqual({ kind: 'command', command: entry.command, label: COMMANDS[entry.command].label, accelerator: COMMANDS[entry.command].accelerator })
    }
  })

  it('has the menus people look for, in the usual order', () => {
    expect(menuTemplate(options).map((section) => section.label)).toEqual(['File', 'Edit', 'View', 'Codebook', 'Help'])
    expect(menuTemplate({ ...options, mac: true }).map((section) => section.label)).toEqual(['Themata', 'File', 'Edit', 'View', 'Codebook', 'Window', 'Help'])
  })

  it('shows the keys that matter where they are expected', () => {
    const keys = new Map(
      all(menuTemplate(options))
        .filter((entry) => entry.kind === 'command')
        .map((entry) => [entry.command, entry.accelerator])
    )
    expect(keys.get('open')).toBe('CmdOrCtrl+O')
    expect(keys.get('find')).toBe('CmdOrCtrl+F')
    expect(keys.get('export')).toBe('CmdOrCtrl+E')
    expect(keys.get('undo')).toBe('CmdOrCtrl+Z')
    expect(keys.get('view-article')).toBe('CmdOrCtrl+1')
    expect(keys.get('shortcuts')).toBe('F1')
  })

  it('lists the recent files under File → Open Recent, with a way to clear them', () => {
    const recent = ['/home/ana/Press/2024/dünya.pdf', '/srv/Q&A/notes.md']
    const file = menuTemplate({ ...options, recent })[0]
    const submenu = file?.entries.find((entry) => entry.kind === 'submenu')
    expect(submenu).toEqual({
      kind: 'submenu',
      label: 'Open Recent',
      entries: [
        { kind: 'recent', path: recent[0], label: 'dünya.pdf — ~/Press/2024' },
        { kind: 'recent', path: recent[1], label: 'notes.md — /srv/Q&&A' },
        { kind: 'separator' },
        { kind: 'clear-recent', enabled: true }
      ]
    })
    const empty = menuTemplate(options)[0]?.entries.find((entry) => entry.kind === 'submenu')
    expect(empty).toEqual({ kind: 'submenu', label: 'Open Recent', entries: [{ kind: 'clear-recent', enabled: false }] })
  })

  it('has About in Help, or in the application menu on a Mac; developer tools only when asked for', () => {
    expect(all(menuTemplate(options)).filter((entry) => entry.kind === 'about')).toHaveLength(1)
    expect(all(menuTemplate({ ...options, mac: true })).filter((entry) => entry.kind === 'about')).toHaveLength(0)
    expect(all(menuTemplate({ ...options, mac: true }))).toContainEqual({ kind: 'role', role: 'appMenu' })
    expect(all(menuTemplate(options))).not.toContainEqual({ kind: 'role', role: 'toggleDevTools' })
    expect(all(menuTemplate({ ...options, devTools: true }))).toContainEqual({ kind: 'role', role: 'toggleDevTools' })
  })
})

describe('recentLabel', () => {
  it('writes the home folder as ~ only when the file is in it', () => {
    expect(recentLabel('/home/ana/a.txt', '/home/ana')).toBe('a.txt — ~')
    expect(recentLabel('/home/anaconda/a.txt', '/home/ana')).toBe('a.txt — /home/anaconda')
  })
})

describe('aboutDetail', () => {
  it('names the version and what it runs on', () => {
    expect(aboutDetail({ app: '0.1.0', electron: '45.5.0', chrome: '142.0.1', node: '22.20.0' })).toBe(
      'Version 0.1.0\nElectron 45.5.0 · Chromium 142.0.1 · Node.js 22.20.0\nTag passages of articles by theme. Everything stays on this computer.'
    )
  })
})
