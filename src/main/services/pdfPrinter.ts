/**
 * Printing the HTML report to PDF with Chromium. Main uses a hidden, sandboxed Electron window
 * (src/main/pdfWindow.ts); the CLI and the tests use Playwright's Chromium (playwrightPdf.ts).
 * Both get the same options from @shared/pdf/printOptions, so every PDF looks alike.
 */
import type { PdfPrint } from '@shared/pdf/printOptions'

export interface PdfPrinter {
  /** The PDF of a self-contained HTML document, scripts off. */
  print(html: string, options: PdfPrint): Promise<Uint8Array>
}

export class PdfUnavailableError extends Error {}
