/**
 * Runs the renderer as the desktop app sees it: `window.themata` is the preload's own validated API
 * (src/shared/ipc/validatedApi.ts: every request, response and event checked against the contract)
 * and every call lands in the real main-process handlers (src/main/services), with the native
 * dialogs replaced by answers the test sets. Only the transport differs: Playwright's exposeFunction
 * instead of Electron's IPC.
 */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base, type Page } from '@playwright/test'
import {
  ARTICLE_OPENED_CHANNEL,
  invokeContract,
  invokeNames,
  MENU_CHANNEL,
  PROGRESS_CHANNEL,
  PROJECT_OPENED_CHANNEL,
  type ImportProgress,
  type InvokeName,
  type MenuCommand
} from '../../src/shared/ipc/contract'
import { validatedApi, type IpcTransport } from '../../src/shared/ipc/validatedApi'
import { createHandlers, type Handlers } from '../../src/main/services/ipcHandlers'
import { openExternally } from '../../src/main/services/openExternally'
import { playwrightPdfPrinter } from '../../src/main/services/playwrightPdf'

export interface DesktopBridge {
  /** The path or paths the Open dialog will answer next (null = the user cancels). */
  nextArticle: string | string[] | null
  /** The path the Import codebook dialog will answer next (null = the user cancels). */
  nextCodebook: string | null
  /** The path the Import project / Restore backup dialog will answer next (null = the user cancels). */
  nextProject: string | null
  /** The folder main keeps automatic backups in. */
  backupDir: string
  /** Folder the Save dialog saves reports (and codebooks) into. */
  reportDir: string
  /** Paths the Save dialog answered, in order. */
  savedReports: string[]
  /** Sends a native-menu command, as the app menu does. */
  menu(command: MenuCommand): Promise<void>
  /** Sends any payload on a main → renderer event channel, as main would (for what the contract must refuse). */
  send(channel: string, payload: unknown): Promise<void>
  /** Every progress report main sent, in order. */
  progress: ImportProgress[]
  /** Clicks "Open article" with the Open dialog answering `path` (several: a batch). */
  openArticle(path: string | string[]): Promise<void>
  /**
   * Holds main's answers (but the Open dialog's list of files) back from the page until the returned
   * function is called, the work itself done and its events sent: to look at what the page shows
   * while an import is still running.
   */
  holdAnswers(): () => void
  /** The path the annotation dialogs (open and save) answer next (null = the user cancels). */
  nextAnnotations: string | null
  /**
   * Opens a file as main does when Themata is asked to from outside the window (its command line,
   * "Open with", File → Open Recent): main's own service reads it and the outcome is sent as main sends it.
   */
  openFromOutside(path: string): Promise<void>
  /** Each language the renderer told main it speaks (`setLanguage`: main's menu follows it), in order. */
  languages: string[]
}

type Encoded = { __bytes: string } | unknown

function decode(value: Encoded): unknown {
  if (value && typeof value === 'object' && '__bytes' in value) return new Uint8Array(Buffer.from(String(value.__bytes), 'base64'))
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decode(v)]))
  }
  return value
}

/** Main's side of the wire: the handlers by channel, and the events main sends. */
function transportTo(handlers: Handlers, held: (name: InvokeName) => Promise<void>): IpcTransport & { send(channel: string, payload: unknown): void } {
  const byChannel = new Map<string, InvokeName>(invokeNames.map((name) => [invokeContract[name].channel, name]))
  const listeners = new Map<string, Set<(payload: unknown) => void>>()
  return {
    invoke(channel, request) {
      const name = byChannel.get(channel)
      if (!name) return Promise.reject(new Error(`No handler for ${channel}.`))
      // What crosses Electron's IPC is a structured clone, both ways.
      return handlers[name](structuredClone(request)).then(async (response) => {
        await held(name)
        return structuredClone(response)
      })
    },
    on(channel, listener) {
      const set = listeners.get(channel) ?? new Set()
      listeners.set(channel, set.add(listener))
      return () => set.delete(listener)
    },
    send(channel, payload) {
      listeners.get(channel)?.forEach((listener) => listener(structuredClone(payload)))
    }
  }
}

/** Installs `window.themata` in the page: the validated API runs here, the page holds a thin proxy to it. */
async function installBridge(page: Page, handlers: Handlers, held: (name: InvokeName) => Promise<void>): Promise<{ send(channel: string, payload: unknown): Promise<void> }> {
  const transport = transportTo(handlers, held)
  const api = validatedApi(transport)
  let delivered: Promise<unknown> = Promise.resolve()
  const deliver = (to: '__themataMenu' | '__themataProgress' | '__themataArticleOpened' | '__themataProjectOpened', payload: unknown): void => {
    delivered = page
      .evaluate(({ to, payload }) => (window as unknown as Record<string, (p: unknown) => void>)[to]?.(payload), { to, payload })
      .catch(() => undefined)
  }
  api.onMenuCommand((command) => deliver('__themataMenu', command))
  api.onImportProgress((progress) => deliver('__themataProgress', progress))
  api.onArticleOpened((opened) => deliver('__themataArticleOpened', opened))
  api.onProjectFileOpened((opened) => deliver('__themataProjectOpened', opened))
  const call = (name: InvokeName, request: unknown): Promise<unknown> => (api[name] as (request?: unknown) => Promise<unknown>)(request)
  await page.exposeFunction('__themataInvoke', (name: InvokeName, request: Encoded) => call(name, decode(request)))
  await page.addInitScript((names: string[]) => {
    // Uint8Array does not survive exposeFunction's serialization, so bytes travel as base64.
    const encode = (value: unknown): unknown => {
      if (value instanceof Uint8Array) {
        let binary = ''
        for (let i = 0; i < value.length; i += 0x8000) binary += String.fromCharCode(...value.subarray(i, i + 0x8000))
        return { __bytes: btoa(binary) }
      }
      if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]))
      return value
    }
    const w = window as unknown as Record<string, unknown>
    const invoke = w['__themataInvoke'] as (name: string, request: unknown) => Promise<unknown>
    const listeners = new Set<(command: string) => void>()
    const progressListeners = new Set<(progress: unknown) => void>()
    const articleListeners = new Set<(opened: unknown) => void>()
    const projectListeners = new Set<(opened: unknown) => void>()
    w['__themataMenu'] = (command: string) => listeners.forEach((l) => l(command))
    w['__themataProgress'] = (progress: unknown) => progressListeners.forEach((l) => l(progress))
    w['__themataArticleOpened'] = (opened: unknown) => articleListeners.forEach((l) => l(opened))
    w['__themataProjectOpened'] = (opened: unknown) => projectListeners.forEach((l) => l(opened))
    w['themata'] = {
      ...Object.fromEntries(names.map((name) => [name, (request?: unknown) => invoke(name, encode(request))])),
      onMenuCommand(listener: (command: string) => void) {
        listeners.add(listener)
        return () => listeners.delete(listener)
      },
      onImportProgress(listener: (progress: unknown) => void) {
        progressListeners.add(listener)
        return () => progressListeners.delete(listener)
      },
      onArticleOpened(listener: (opened: unknown) => void) {
        articleListeners.add(listener)
        return () => articleListeners.delete(listener)
      },
      onProjectFileOpened(listener: (opened: unknown) => void) {
        projectListeners.add(listener)
        return () => projectListeners.delete(listener)
      }
    }
  }, invokeNames)
  return {
    send(channel, payload) {
      delivered = Promise.resolve()
      transport.send(channel, payload)
      return delivered.then(() => undefined)
    }
  }
}

export const test = base.extend<{ desktop: DesktopBridge }>({
  // Automatic: every test of this suite runs against the desktop API, whether or not it drives the bridge.
  desktop: [
    async ({ page }, use) => {
      // The closures below run only once the bridge is installed, so `wire` is there by then.
      const send = (channel: string, payload: unknown): Promise<void> => wire.send(channel, payload)
      let hold: Promise<void> = Promise.resolve()
      const bridge: DesktopBridge = {
        nextArticle: null,
        nextCodebook: null,
        nextAnnotations: null,
        nextProject: null,
        reportDir: await mkdtemp(join(tmpdir(), 'themata-e2e-')),
        backupDir: join(await mkdtemp(join(tmpdir(), 'themata-e2e-backups-')), 'backups'),
        savedReports: [],
        progress: [],
        languages: [],
        menu: (command) => send(MENU_CHANNEL, command),
        send,
        async openFromOutside(path) {
          const result = await openExternally(path)
          await send(result.kind === 'article' ? ARTICLE_OPENED_CHANNEL : PROJECT_OPENED_CHANNEL, result.opened)
        },
        async openArticle(path) {
          bridge.nextArticle = path
          await page.getByRole('button', { name: 'Open article' }).click()
        },
        holdAnswers() {
          let release!: () => void
          hold = new Promise((resolve) => (release = resolve))
          return () => {
            hold = Promise.resolve()
            release()
          }
        }
      }
      const handlers = createHandlers(
        {
          chooseArticlePaths: async () => (bridge.nextArticle === null ? null : [bridge.nextArticle].flat()),
          chooseReportPath: async (suggestedName) => {
            const path = join(bridge.reportDir, suggestedName)
            bridge.savedReports.push(path)
            return path
          },
          chooseCodebookPath: async () => bridge.nextCodebook,
          chooseCodebookSavePath: async (suggestedName) => {
            const path = join(bridge.reportDir, suggestedName)
            bridge.savedReports.push(path)
            return path
          },
          chooseAnnotationsSavePath: async () => bridge.nextAnnotations,
          chooseAnnotationsOpenPath: async () => bridge.nextAnnotations,
          chooseProjectPath: async () => bridge.nextProject,
          chooseProjectSavePath: async (suggestedName) => {
            const path = join(bridge.reportDir, suggestedName)
            bridge.savedReports.push(path)
            return path
          }
        },
        {
          importProgress: (progress) => {
            bridge.progress.push(progress)
            void send(PROGRESS_CHANNEL, progress)
          },
          languageChanged: (locale) => bridge.languages.push(locale)
        },
        // Chromium prints the PDF, as main's hidden window does in the app.
        { printer: playwrightPdfPrinter(), locale: () => 'en-GB' },
        { autoBackups: bridge.backupDir }
      )
      // The Open dialog's list of files is never held: the imports it starts are.
      const wire = await installBridge(page, handlers, (name) => (name === 'chooseArticles' ? Promise.resolve() : hold))
      await use(bridge)
    },
    { auto: true }
  ]
})

export { expect } from '@playwright/test'
