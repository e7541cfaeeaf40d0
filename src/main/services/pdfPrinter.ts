/**
 * Printing the HTML report to PDF with Chromium. Main uses a hidden, sandboxed Electron window
 * (src/main/pdfWindow.ts); the CLI and the tests use Playwright's Chromium (playwrightPdf.ts).
 * Both get the same options from @shared/pdf/printOptions, so every PDF looks alike.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { PdfPrint } from '@shared/pdf/printOptions'

export interface PdfPrinter {
  /** The PDF of a self-contained HTML document, scripts off. */
  print(html: string, options: PdfPrint): Promise<Uint8Array>
}

export class PdfUnavailableError extends Error {}

/**
 * Runs `print` on the HTML written to a private temp file (a report of 10 MB is too long for a
 * data: URL), and removes the file and its folder afterwards, whatever happens.
 */
export async function withTempHtml<T>(html: string, print: (path: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'themata-print-'))
  try {
    const path = join(dir, 'report.html')
    await writeFile(path, html, { mode: 0o600 })
    return await print(path)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
