/**
 * Main's PdfPrinter: the report loaded from a temp file into a hidden window that is sandboxed,
 * runs no script, may not navigate or open windows, then printed with webContents.printToPDF. The
 * window has a session of its own (in memory), which loads nothing but the file being printed.
 */
import { BrowserWindow, session } from 'electron'
import { electronPdfOptions } from '@shared/pdf/printOptions'
import { hardenPrintSession } from './security'
import { withTempHtml, type PdfPrinter } from './services/pdfPrinter'

const PRINT_PARTITION = 'themata-print'

export function electronPdfPrinter(): PdfPrinter {
  const printing = new Set<string>()
  let hardened = false
  return {
    print: (html, options) =>
      withTempHtml(html, async (path) => {
        if (!hardened) {
          hardenPrintSession(session.fromPartition(PRINT_PARTITION), () => [...printing])
          hardened = true
        }
        printing.add(path)
        const window = new BrowserWindow({
          show: false,
          webPreferences: {
            partition: PRINT_PARTITION,
            sandbox: true,
            contextIsolation: true,
            nodeIntegration: false,
            javascript: false,
            webSecurity: true,
            webviewTag: false,
            disableBlinkFeatures: 'Auxclick',
            spellcheck: false
          }
        })
        try {
          window.webContents.on('will-navigate', (event) => event.preventDefault())
          window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
          await window.loadFile(path)
          return new Uint8Array(await window.webContents.printToPDF(electronPdfOptions(options)))
        } finally {
          window.destroy()
          printing.delete(path)
        }
      })
  }
}
