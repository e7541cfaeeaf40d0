/**
 * Main's PdfPrinter: the report loaded from a temp file into a hidden window that is sandboxed,
 * runs no script, may not navigate or open windows, then printed with webContents.printToPDF.
 */
import { BrowserWindow } from 'electron'
import { electronPdfOptions } from '@shared/pdf/printOptions'
import { withTempHtml, type PdfPrinter } from './services/pdfPrinter'

export function electronPdfPrinter(): PdfPrinter {
  return {
    print: (html, options) =>
      withTempHtml(html, async (path) => {
        const window = new BrowserWindow({
          show: false,
          webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true, spellcheck: false }
        })
        try {
          window.webContents.on('will-navigate', (event) => event.preventDefault())
          window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
          await window.loadFile(path)
          return new Uint8Array(await window.webContents.printToPDF(electronPdfOptions(options)))
        } finally {
          window.destroy()
        }
      })
  }
}
