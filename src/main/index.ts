/** The Electron shell: window, menu, dialogs and IPC wiring. All real work is in ./services. */
import { join } from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron'
import { invokeContract, invokeNames, PROGRESS_CHANNEL } from '@shared/ipc/contract'
import { SUPPORTED_EXTENSIONS } from '@shared/import/formats'
import type { ReportExtension } from '@shared/ipc/contract'
import { electronPdfPrinter } from './pdfWindow'
import { CODEBOOK_EXTENSIONS, CODEBOOK_FORMATS } from '@shared/codebookExchange/formats'
import { ANNOTATION_EXTENSIONS } from '@shared/w3c/formats'
import { PROJECT_FILE_FORMATS, PROJECT_OPEN_FILES } from '@shared/project/fileFormats'
import { createHandlers, type HostDialogs } from './services/ipcHandlers'
import { fromOwnPageOnly, type OwnPage } from './services/windowGuards'
import { guardWebContents, hardenSession } from './security'
import { Desktop, WINDOW_SIZES } from './desktop'
import type { WindowPlacement } from './services/windowState'

const rendererUrl = process.env['ELECTRON_RENDERER_URL']
const rendererFile = join(__dirname, '../renderer/index.html')
const ownPage: OwnPage = { devServerUrl: rendererUrl, rendererFile }
let mainWindow: BrowserWindow | undefined

// Every renderer sandboxed, and guarded from the moment it exists (docs/SECURITY.md).
app.enableSandbox()
guardWebContents(ownPage, () => mainWindow)

const openWindow = async (): Promise<BrowserWindow> => (mainWindow = createWindow(await desktop.placement()))
const desktop = new Desktop(() => mainWindow, openWindow)
// One Themata at a time: a second start hands its files to this one and quits.
const primaryInstance = desktop.claim()
if (!primaryInstance) app.quit()

function createWindow(placement: WindowPlacement): BrowserWindow {
  const window = new BrowserWindow({
    x: placement.x,
    y: placement.y,
    width: placement.width,
    height: placement.height,
    minWidth: WINDOW_SIZES.minimum.width,
    minHeight: WINDOW_SIZES.minimum.height,
    show: false,
    title: 'Themata',
    icon: join(__dirname, '../../resources/icon.png'),
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // A middle click would otherwise open a link in a new window, past setWindowOpenHandler's reach.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false
    }
  })
  desktop.attach(window, placement)
  window.once('ready-to-show', () => window.show())
  window.on('closed', () => (mainWindow = undefined))
  if (rendererUrl) void window.loadURL(rendererUrl)
  else void window.loadFile(rendererFile)
  return window
}

const SAVE_FILTERS: Record<ReportExtension, string> = {
  html: 'Web page',
  pdf: 'PDF document',
  docx: 'Word document',
  md: 'Markdown',
  csv: 'CSV (comma-separated values)',
  xlsx: 'Excel workbook'
}

function dialogsFor(getWindow: () => BrowserWindow | undefined): HostDialogs {
  /** Files to open, of the kinds `extensions` names (or any file); null when the user cancels. */
  const openFiles = async (title: string, kind: string, extensions: readonly string[], multiple: boolean): Promise<string[] | null> => {
    const options: Electron.OpenDialogOptions = {
      title,
      properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'],
      filters: [
        { name: kind, extensions: extensions.map((e) => e.replace(/^\./, '')) },
        { name: 'All files', extensions: ['*'] }
      ]
    }
    const win = getWindow()
    const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options)
    return result.canceled ? null : result.filePaths
  }
  const openOne = async (title: string, kind: string, extensions: readonly string[]): Promise<string | null> =>
    (await openFiles(title, kind, extensions, false))?.[0] ?? null
  /** Where to save; the dialog itself asks before replacing a file. */
  const saveAs = async (title: string, suggestedName: string, kind: string, extensions: readonly string[]): Promise<string | null> => {
    const options: Electron.SaveDialogOptions = {
      title,
      defaultPath: join(app.getPath('documents'), suggestedName),
      filters: [{ name: kind, extensions: extensions.map((e) => e.replace(/^\./, '')) }],
      properties: ['showOverwriteConfirmation', 'createDirectory']
    }
    const win = getWindow()
    const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options)
    return result.canceled || !result.filePath ? null : result.filePath
  }
  return {
    chooseArticlePaths: () => openFiles('Open articles', 'Articles', SUPPORTED_EXTENSIONS, true),
    chooseReportPath: (suggestedName, extension) => saveAs('Export report', suggestedName, SAVE_FILTERS[extension], [extension]),
    chooseCodebookPath: () => openOne('Import codebook', 'Codebooks (REFI-QDA, CSV)', CODEBOOK_EXTENSIONS),
    chooseCodebookSavePath: (suggestedName, format) => saveAs('Export codebook', suggestedName, CODEBOOK_FORMATS[format].label, [CODEBOOK_FORMATS[format].extension]),
    chooseAnnotationsSavePath: (suggestedName) => saveAs('Export annotations (W3C JSON-LD)', suggestedName, 'W3C Web Annotations', ['json', 'jsonld']),
    chooseAnnotationsOpenPath: () => openOne('Import annotations', 'Annotations (W3C JSON-LD, Hypothesis)', ANNOTATION_EXTENSIONS),
    chooseProjectPath: (purpose) => openOne(PROJECT_OPEN_FILES[purpose].title, PROJECT_OPEN_FILES[purpose].label, PROJECT_OPEN_FILES[purpose].extensions),
    chooseProjectSavePath: (suggestedName, format) =>
      saveAs(format === 'themata' ? 'Back up' : 'Export project', suggestedName, PROJECT_FILE_FORMATS[format].label, [PROJECT_FILE_FORMATS[format].extension])
  }
}

void app.whenReady().then(async () => {
  if (!primaryInstance) return
  hardenSession(session.defaultSession, ownPage)
  await openWindow()
  const handlers = createHandlers(
    dialogsFor(() => mainWindow),
    {
      importProgress: (progress) => mainWindow?.webContents.send(PROGRESS_CHANNEL, progress),
      imported: (path) => void desktop.remember(path)
    },
    { printer: electronPdfPrinter(), locale: () => app.getSystemLocale() },
    { autoBackups: join(app.getPath('userData'), 'backups') }
  )
  for (const name of invokeNames) {
    const guarded = fromOwnPageOnly<unknown>(ownPage, handlers[name])
    ipcMain.handle(invokeContract[name].channel, (event, request: unknown) => guarded(event.senderFrame?.url, request))
  }
  await desktop.refreshMenu()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void openWindow()
  })
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
