/** The Electron shell: window, menu, dialogs and IPC wiring. All real work is in ./services. */
import { join } from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron'
import { invokeContract, invokeNames, PROGRESS_CHANNEL } from '@shared/ipc/contract'
import { matchLocale } from '@shared/i18n/locales'
import { SUPPORTED_EXTENSIONS } from '@shared/import/formats'
import type { ReportExtension } from '@shared/ipc/contract'
import type { MessageKey } from '@shared/i18n/format'
import { electronPdfPrinter } from './pdfWindow'
import { CODEBOOK_EXTENSIONS, CODEBOOK_FORMATS } from '@shared/codebookExchange/formats'
import { ANNOTATION_EXTENSIONS } from '@shared/w3c/formats'
import { PROJECT_FILE_FORMATS, PROJECT_OPEN_FILES } from '@shared/project/fileFormats'
import { createHandlers, type HostDialogs } from './services/ipcHandlers'
import { fromOwnPageOnly, type OwnPage } from './services/windowGuards'
import { guardWebContents, hardenSession } from './security'
import { Desktop, WINDOW_SIZES } from './desktop'
import { AppLanguage } from './services/appLanguage'
import type { WindowPlacement } from './services/windowState'

const rendererUrl = process.env['ELECTRON_RENDERER_URL']
const rendererFile = join(__dirname, '../renderer/index.html')
const ownPage: OwnPage = { devServerUrl: rendererUrl, rendererFile }
let mainWindow: BrowserWindow | undefined
/** The system's language until the renderer names the user's (`setLanguage`). */
const language = new AppLanguage([])

// Every renderer sandboxed, and guarded from the moment it exists (docs/SECURITY.md).
app.enableSandbox()
guardWebContents(ownPage, () => mainWindow, language.t)

const openWindow = async (): Promise<BrowserWindow> => (mainWindow = createWindow(await desktop.placement()))
const desktop = new Desktop(() => mainWindow, openWindow, language)
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

const SAVE_FILTERS: Record<ReportExtension, MessageKey> = {
  html: 'dialog.webPage',
  pdf: 'dialog.pdf',
  docx: 'dialog.word',
  md: 'dialog.markdown',
  csv: 'dialog.csv',
  xlsx: 'dialog.excel'
}

/** The native dialogs, their titles and filters in the app's language. */
function dialogsFor(getWindow: () => BrowserWindow | undefined): HostDialogs {
  const t = language.t
  /** Files to open, of the kinds `extensions` names (or any file); null when the user cancels. */
  const openFiles = async (title: string, kind: string, extensions: readonly string[], multiple: boolean): Promise<string[] | null> => {
    const options: Electron.OpenDialogOptions = {
      title,
      properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'],
      filters: [
        { name: kind, extensions: extensions.map((e) => e.replace(/^\./, '')) },
        { name: t('dialog.allFiles'), extensions: ['*'] }
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
    chooseArticlePaths: () => openFiles(t('dialog.openArticles'), t('dialog.articles'), SUPPORTED_EXTENSIONS, true),
    chooseReportPath: (suggestedName, extension) => saveAs(t('dialog.exportReport'), suggestedName, t(SAVE_FILTERS[extension]), [extension]),
    chooseCodebookPath: () => openOne(t('dialog.importCodebook'), t('dialog.codebooks'), CODEBOOK_EXTENSIONS),
    chooseCodebookSavePath: (suggestedName, format) =>
      saveAs(t('dialog.exportCodebook'), suggestedName, t(CODEBOOK_FORMATS[format].label), [CODEBOOK_FORMATS[format].extension]),
    chooseAnnotationsSavePath: (suggestedName) => saveAs(t('dialog.exportAnnotations'), suggestedName, t('dialog.w3cAnnotations'), ['json', 'jsonld']),
    chooseAnnotationsOpenPath: () => openOne(t('dialog.importAnnotations'), t('dialog.annotationFiles'), ANNOTATION_EXTENSIONS),
    chooseProjectPath: (purpose) => openOne(t(PROJECT_OPEN_FILES[purpose].title), t(PROJECT_OPEN_FILES[purpose].label), PROJECT_OPEN_FILES[purpose].extensions),
    chooseProjectSavePath: (suggestedName, format) =>
      saveAs(t(format === 'themata' ? 'dialog.backUp' : 'dialog.exportProject'), suggestedName, t(PROJECT_FILE_FORMATS[format].label), [PROJECT_FILE_FORMATS[format].extension])
  }
}

void app.whenReady().then(async () => {
  if (!primaryInstance) return
  language.set(matchLocale(app.getPreferredSystemLanguages()))
  hardenSession(session.defaultSession, ownPage)
  await openWindow()
  const handlers = createHandlers(
    dialogsFor(() => mainWindow),
    {
      importProgress: (progress) => mainWindow?.webContents.send(PROGRESS_CHANNEL, progress),
      imported: (path) => void desktop.remember(path),
      languageChanged: (locale) => language.set(locale)
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
