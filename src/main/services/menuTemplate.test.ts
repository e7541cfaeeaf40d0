import { describe, expect, it } from 'vitest'
import { COMMANDS, commandLabel } from '@shared/commands'
import { CATALOGUES, english, translator } from '@shared/i18n/format'
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
      for (const entry of commands) expect(entry).toEqual({ kind: 'command', command: entry.command, label: commandLabel(entry.command, english), accelerator: COMMANDS[entry.command].accelerator })
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
        { kind: 'clear-recent', label: 'Clear Recent', enabled: true }
      ]
    })
    const empty = menuTemplate(options)[0]?.entries.find((entry) => entry.kind === 'submenu')
    expect(empty).toEqual({ kind: 'submenu', label: 'Open Recent', entries: [{ kind: 'clear-recent', label: 'Clear Recent', enabled: false }] })
  })

  it('is worded in the language it is given, every label of it, the keys the same', () => {
    for (const [locale, mac] of [['ru', false], ['az', false], ['ru', true], ['az', true]] as const) {
      const t = translator(locale)
      const sections = (menu: ReturnType<typeof menuTemplate>): MenuEntry[] => [...menu.map(({ label }) => ({ kind: 'submenu', label, entries: [] }) as MenuEntry), ...all(menu)]
      const translated = sections(menuTemplate({ ...options, mac, recent: ['/home/ana/a.txt'], devTools: true, t }))
      const englishMenu = sections(menuTemplate({ ...options, mac, recent: ['/home/ana/a.txt'], devTools: true }))
      const labels = (entries: MenuEntry[]): string[] => entries.flatMap((entry) => ('label' in entry && entry.label !== undefined && entry.kind !== 'recent' ? [entry.label] : []))
      const theirs = labels(translated)
      const ours = labels(englishMenu)
      expect(theirs).toHaveLength(ours.length)
      // Not one English label left (only the product's name and file formats read the same).
      expect(theirs.filter((label, i) => label === ours[i] && !/^(Themata|OK)$/.test(label))).toEqual([])
      expect(translated.filter((e) => e.kind === 'command').map((e) => e.kind === 'command' && e.accelerator)).toEqual(
        englishMenu.filter((e) => e.kind === 'command').map((e) => e.kind === 'command' && e.accelerator)
      )
    }
    const russian = menuTemplate({ ...options, t: translator('ru') })
    expect(russian.map((section) => section.label)).toEqual(['Файл', 'Правка', 'Вид', 'Кодовая книга', 'Справка'])
    expect(all(russian)).toContainEqual({ kind: 'command', command: 'open', label: CATALOGUES.ru['command.open'], accelerator: 'CmdOrCtrl+O' })
    expect(all(russian)).toContainEqual({ kind: 'role', role: 'copy', label: 'Копировать' })
    expect(all(russian)).toContainEqual({ kind: 'about', label: 'О программе Themata' })
  })

  it('has About in Help, or in the application menu on a Mac with the Mac’s own items; developer tools only when asked for', () => {
    expect(all(menuTemplate(options)).filter((entry) => entry.kind === 'about')).toHaveLength(1)
    const mac = menuTemplate({ ...options, mac: true })
    expect(mac[0]?.entries.map((entry) => (entry.kind === 'role' ? entry.role : entry.kind))).toEqual(['about', 'separator', 'services', 'separator', 'hide', 'hideOthers', 'unhide', 'separator', 'quit'])
    expect(all(mac).filter((entry) => entry.kind === 'about')).toHaveLength(1)
    expect(mac.find((section) => section.role === 'window')?.entries).toContainEqual({ kind: 'role', role: 'minimize', label: 'Minimize' })
    const devTools = (menu: MenuEntry[]): MenuEntry[] => menu.filter((entry) => entry.kind === 'role' && entry.role === 'toggleDevTools')
    expect(devTools(all(menuTemplate(options)))).toEqual([])
    expect(devTools(all(menuTemplate({ ...options, devTools: true })))).toEqual([{ kind: 'role', role: 'toggleDevTools', label: 'Toggle Developer Tools' }])
  })
})

describe('recentLabel', () => {
  it('writes the home folder as ~ only when the file is in it', () => {
    expect(recentLabel('/home/ana/a.txt', '/home/ana')).toBe('a.txt — ~')
    expect(recentLabel('/home/anaconda/a.txt', '/home/ana')).toBe('a.txt — /home/anaconda')
  })
})

describe('aboutDetail', () => {
  it('names the version and what it runs on, in the app’s language', () => {
    expect(aboutDetail({ app: '0.1.0', electron: '45.5.0', chrome: '142.0.1', node: '22.20.0' })).toBe(
      'Version 0.1.0\nElectron 45.5.0 · Chromium 142.0.1 · Node.js 22.20.0\nTag passages of articles by theme. Everything stays on this computer.'
    )
    expect(aboutDetail({ app: '0.1.0' }, translator('ru'))).toBe('Версия 0.1.0\nПомечайте фрагменты статей по темам. Все данные остаются на этом компьютере.')
  })
})
