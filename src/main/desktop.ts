/**
 * Themata as a desktop program: one instance that opens the files it is given (command line,
 * a second start, macOS `open-file`), File → Open Recent and the system's recent documents, the
 * window's size and place kept between runs, the menu and the About box. Electron glue only: the
 * logic is in ./services, tested there.
 */
import { homedir } from 'node:os'
import { join } from 'node:path'
import { app, BrowserWindow, dialog, Menu, screen } from 'electron'
import { ARTICLE_OPENED_CHANNEL, MENU_CHANNEL, PROGRESS_CHANNEL, PROJECT_OPENED_CHANNEL, type MenuCommand } from '@shared/ipc/contract'
import { buildMenu } from './menu'
import type { AppLanguage } from './services/appLanguage'
import { filesFromArgv } from './services/launchArgs'
import { aboutDetail, menuTemplate } from './services/menuTemplate'
import { OpenQueue, openedWell, openExternally } from './services/openExternally'
import { RecentFiles } from './services/recentFiles'
import { readWindowState, windowPlacement, writeWindowState, type WindowPlacement } from './services/windowState'

export const WINDOW_SIZES = { initial: { width: 1360, height: 880 }, minimum: { width: 800, height: 500 } }
/** How long the window must stay still before its size and place are written. */
const SETTLE_MS = 500

export class Desktop {
  private readonly window: () => BrowserWindow | undefined
  /** Makes the window again where it was closed (macOS keeps running without one). */
  private readonly reopenWindow: () => Promise<BrowserWindow>
  private readonly opens = new OpenQueue((path) => this.open(path))
  private readonly recent: RecentFiles
  private readonly windowStateFile: string
  /** The app's language: the menu and the About box are worded in it, and made again when it changes. */
  private readonly language: AppLanguage
  /** The last write of the window state, awaited before the app quits. */
  private saving: Promise<void> | null = null

  constructor(window: () => BrowserWindow | undefined, reopenWindow: () => Promise<BrowserWindow>, language: AppLanguage) {
    this.window = window
    this.reopenWindow = reopenWindow
    this.language = language
    this.recent = new RecentFiles(join(app.getPath('userData'), 'recent-files.json'))
    this.windowStateFile = join(app.getPath('userData'), 'window-state.json')
    language.onChange(() => {
      if (app.isReady()) void this.refreshMenu()
    })
  }

  /**
   * Takes the single-instance lock and listens for files from outside; false when another Themata
   * runs already (it has been handed this start's files, and this process should quit).
   */
  claim(): boolean {
    if (!app.requestSingleInstanceLock()) return false
    this.opens.add(filesFromArgv(process.argv, { cwd: process.cwd(), defaultApp: process.defaultApp === true }))
    app.on('second-instance', (_event, argv, workingDirectory) => {
      // A second start (from a file manager's "Open with", or the menu): this window comes forward instead.
      void this.bringForward()
      this.opens.add(filesFromArgv(argv, { cwd: workingDirectory, defaultApp: process.defaultApp === true }))
    })
    // macOS hands files over by event, even before the app is ready.
    app.on('open-file', (event, path) => {
      event.preventDefault()
      if (app.isReady()) void this.bringForward()
      this.opens.add([path])
    })
    app.on('will-quit', (event) => {
      const saving = this.saving
      if (!saving) return
      event.preventDefault()
      void saving.finally(() => {
        this.saving = null
        app.quit()
      })
    })
    return true
  }

  /** Where the window opens: where it was left, if that is on a display there is now. */
  async placement(): Promise<WindowPlacement> {
    const primary = screen.getPrimaryDisplay()
    const others = screen.getAllDisplays().filter((display) => display.id !== primary.id)
    return windowPlacement(await readWindowState(this.windowStateFile), [primary, ...others].map((display) => display.workArea), WINDOW_SIZES)
  }

  /** Keeps the window's size and place, and gives it the files asked for once its page has loaded. */
  attach(window: BrowserWindow, placement: WindowPlacement): void {
    window.once('ready-to-show', () => {
      if (placement.maximized) window.maximize()
    })
    let timer: NodeJS.Timeout | undefined
    const save = (): void => {
      clearTimeout(timer)
      if (window.isDestroyed()) return
      const maximized = window.isMaximized()
      const bounds = maximized || window.isFullScreen() || window.isMinimized() ? window.getNormalBounds() : window.getBounds()
      this.saving = writeWindowState(this.windowStateFile, { bounds, maximized }).catch(() => undefined)
    }
    const later = (): void => {
      clearTimeout(timer)
      timer = setTimeout(save, SETTLE_MS)
    }
    window.on('resize', later)
    window.on('move', later)
    window.on('maximize', later)
    window.on('unmaximize', later)
    window.on('close', save)
    window.webContents.on('did-start-loading', () => this.opens.hold())
    window.webContents.on('did-finish-load', () => this.opens.ready())
    window.on('closed', () => this.opens.hold())
  }

  /** Installs the menu, with the recent files as they are now, in the app's language. */
  async refreshMenu(): Promise<void> {
    const recent = await this.recent.list()
    const t = this.language.t
    const template = menuTemplate({ mac: process.platform === 'darwin', devTools: !app.isPackaged, recent, home: homedir(), t })
    Menu.setApplicationMenu(
      buildMenu(template, {
        command: (command: MenuCommand) => this.window()?.webContents.send(MENU_CHANNEL, command),
        openRecent: (path) => this.opens.add([path]),
        clearRecent: () => void this.clearRecent(),
        about: () => void this.about()
      })
    )
    if (process.platform === 'darwin') app.setAboutPanelOptions({ applicationName: 'Themata', applicationVersion: app.getVersion(), credits: aboutDetail({ app: app.getVersion() }, t) })
  }

  /** A file opened in the Open dialog, or from outside: first in File → Open Recent and the system's list. */
  async remember(path: string): Promise<void> {
    try {
      await this.recent.add(path)
      app.addRecentDocument(path)
    } catch {
      // The list is a convenience: a profile that cannot be written loses it, not the file just opened.
    }
    await this.refreshMenu()
  }

  private async clearRecent(): Promise<void> {
    await this.recent.clear().catch(() => undefined)
    app.clearRecentDocuments()
    await this.refreshMenu()
  }

  private async bringForward(): Promise<BrowserWindow> {
    const window = this.window() ?? (await this.reopenWindow())
    if (window.isMinimized()) window.restore()
    window.show()
    window.focus()
    return window
  }

  /** Opens one file from outside: main reads it, the renderer is told the outcome. */
  private async open(path: string): Promise<void> {
    const window = await this.bringForward()
    const result = await openExternally(path, (progress) => window.webContents.send(PROGRESS_CHANNEL, progress), this.language.t)
    if (openedWell(result)) await this.remember(path)
    if (window.isDestroyed()) return
    if (result.kind === 'article') window.webContents.send(ARTICLE_OPENED_CHANNEL, result.opened)
    else window.webContents.send(PROJECT_OPENED_CHANNEL, result.opened)
  }

  private async about(): Promise<void> {
    const t = this.language.t
    const detail = aboutDetail({ app: app.getVersion(), electron: process.versions.electron, chrome: process.versions.chrome, node: process.versions.node }, t)
    const options: Electron.MessageBoxOptions = { type: 'info', title: t('menu.about'), message: 'Themata', detail, buttons: [t('about.ok')] }
    const window = this.window()
    await (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options))
  }
}
