/**
 * A PdfPrinter over Chromium driven by playwright-core, for the CLI and the tests: the browser is
 * CHROMIUM_PATH or Debian's /usr/bin/chromium; without one, PDF needs Chromium and says so.
 */
import { existsSync } from 'node:fs'
import { playwrightPdfOptions } from '@shared/pdf/printOptions'
import { PdfUnavailableError, type PdfPrinter } from './pdfPrinter'

export const DEFAULT_CHROMIUM = '/usr/bin/chromium'

/** The Chromium to use, or null when there is none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const path = env['CHROMIUM_PATH'] || DEFAULT_CHROMIUM
  return existsSync(path) ? path : null
}

export function playwrightPdfPrinter(executablePath = findChromium()): PdfPrinter {
  return {
    async print(html, options) {
      if (executablePath === null) throw new PdfUnavailableError('PDF needs Chromium: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH to its executable.')
      let chromium
      try {
        ;({ chromium } = await import('playwright-core'))
      } catch {
        throw new PdfUnavailableError('PDF needs Chromium driven by playwright-core, which is not installed; run npm install.')
      }
      const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] })
      try {
        const context = await browser.newContext({ javaScriptEnabled: false, offline: true })
        const page = await context.newPage()
        await page.setContent(html, { waitUntil: 'load' })
        return new Uint8Array(await page.pdf(playwrightPdfOptions(options)))
      } finally {
        await browser.close()
      }
    }
  }
}
