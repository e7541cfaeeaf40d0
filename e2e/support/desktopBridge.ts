/**
 * Runs the renderer as the desktop app sees it: `window.themata` is built from the IPC contract
 * and every call lands in the real main-process handlers (src/main/services), with the native
 * dialogs replaced by answers the test sets.
 */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base, type Page } from '@playwright/test'
import { invokeNames, type ImportProgress, type MenuCommand } from '../../src/shared/ipc/contract'
import { createHandlers, type Handlers } from '../../src/main/services/ipcHandlers'
import { playwrightPdfPrinter } from '../../src/main/services/playwrightPdf'

export interface DesktopBridge {
  /** The path the Open dialog will answer next (null = the user cancels). */
  nextArticle: string | null
  /** Folder the Save dialog saves reports into. */
  reportDir: string
  /** Paths the Save dialog answered, in order. */
  savedReports: string[]
  /** Sends a native-menu command, as the app menu does. */
  menu(command: MenuCommand): Promise<void>
  /** Every progress report main sent, in order. */
  progress: ImportProgress[]
  /** Clicks "Open article" with the Open dialog answering `path`. */
  openArticle(path: string): Promise<void>
}

type Encoded = { __bytes: string } | unknown

function decode(value: Encoded): unknown {
  if (value && typeof value === 'object' && '__bytes' in value) return new Uint8Array(Buffer.from(String(value.__bytes), 'base64'))
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decode(v)]))
  }
  return value
}

async function installBridge(page: Page, handlers: Handlers): Promise<void> {
  await page.exposeFunction('__themataInvoke', (name: keyof Handlers, request: Encoded) => handlers[name](decode(request)))
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
    w['__themataMenu'] = (command: string) => listeners.forEach((l) => l(command))
    w['__themataProgress'] = (progress: unknown) => progressListeners.forEach((l) => l(progress))
    w['themata'] = {
      ...Object.fromEntries(names.map((name) => [name, (request?: unknown) => invoke(name, encode(request))])),
      onMenuCommand(listener: (command: string) => void) {
        listeners.add(listener)
        return () => listeners.delete(listener)
      },
      onImportProgress(listener: (progress: unknown) => void) {
        progressListeners.add(listener)
        return () => progressListeners.delete(listener)
      }
    }
  }, invokeNames)
}

export const test = base.extend<{ desktop: DesktopBridge }>({
  desktop: async ({ page }, use) => {
    const bridge: DesktopBridge = {
      nextArticle: null,
      reportDir: await mkdtemp(join(tmpdir(), 'themata-e2e-')),
      savedReports: [],
      progress: [],
      menu: (command) => page.evaluate((c) => (window as unknown as { __themataMenu(c: string): void }).__themataMenu(c), command),
      async openArticle(path) {
        bridge.nextArticle = path
        await page.getByRole('button', { name: 'Open article' }).click()
      }
    }
    const handlers = createHandlers(
      {
        chooseArticlePath: async () => bridge.nextArticle,
        chooseReportPath: async (suggestedName) => {
          const path = join(bridge.reportDir, suggestedName)
          bridge.savedReports.push(path)
          return path
        }
      },
      {
        importProgress: (progress) => {
          bridge.progress.push(progress)
          void page.evaluate((p) => (window as unknown as { __themataProgress(p: unknown): void }).__themataProgress(p), progress).catch(() => undefined)
        }
      },
      // Chromium prints the PDF, as main's hidden window does in the app.
      { printer: playwrightPdfPrinter(), locale: () => 'en-GB' }
    )
    await installBridge(page, handlers)
    await use(bridge)
  }
})

export { expect } from '@playwright/test'
