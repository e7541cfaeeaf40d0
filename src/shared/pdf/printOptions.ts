/**
 * How the HTML report is printed to PDF by Chromium, whether through Electron's printToPDF (the
 * desktop app) or Playwright's page.pdf() (the CLI and the tests): paper by locale, the title in
 * the header, page numbers in the footer, the highlight colours kept.
 */
import { escapeHtml } from '../report/escape'

export type PaperSize = 'A4' | 'Letter'

/** Regions where Letter is the usual paper; everywhere else prints on A4. */
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'CR', 'PA', 'DO', 'PR', 'SV', 'NI', 'BZ'])

/** Letter for a locale of a Letter region ("en-US", "es_MX"), A4 otherwise or when unknown. */
export function paperForLocale(locale: string | undefined): PaperSize {
  const region = locale
    ?.split(/[-_.@]/)
    .slice(1)
    .find((part) => /^[A-Za-z]{2}$/.test(part))
  return region && LETTER_REGIONS.has(region.toUpperCase()) ? 'Letter' : 'A4'
}

export interface PdfPrint {
  /** Shown at the top of every page. */
  title: string
  paper: PaperSize
}

/** Margins as the report's own print stylesheet sets them, in millimetres. */
const MARGIN_MM = { top: 18, bottom: 18, left: 22, right: 16 }

const SMALL = 'font-family: system-ui, sans-serif; font-size: 8px; color: #6b7280; width: 100%; padding: 0 16mm 0 22mm;'

export function headerTemplate(title: string): string {
  const short = title.length > 110 ? `${title.slice(0, 109)}…` : title
  return `<div style="${SMALL} text-align: right;">${escapeHtml(short)}</div>`
}

export const FOOTER_TEMPLATE = `<div style="${SMALL} text-align: center;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`

/** Options for Electron's webContents.printToPDF (margins in inches). */
export function electronPdfOptions(print: PdfPrint): {
  pageSize: PaperSize
  printBackground: true
  displayHeaderFooter: true
  headerTemplate: string
  footerTemplate: string
  margins: { top: number; bottom: number; left: number; right: number }
} {
  const inches = (mm: number): number => Math.round((mm / 25.4) * 1000) / 1000
  return {
    pageSize: print.paper,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: headerTemplate(print.title),
    footerTemplate: FOOTER_TEMPLATE,
    margins: { top: inches(MARGIN_MM.top), bottom: inches(MARGIN_MM.bottom), left: inches(MARGIN_MM.left), right: inches(MARGIN_MM.right) }
  }
}

/** The same options for Playwright's page.pdf(). */
export function playwrightPdfOptions(print: PdfPrint): {
  format: PaperSize
  printBackground: true
  displayHeaderFooter: true
  headerTemplate: string
  footerTemplate: string
  margin: { top: string; bottom: string; left: string; right: string }
} {
  const mm = (n: number): string => `${n}mm`
  return {
    format: print.paper,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: headerTemplate(print.title),
    footerTemplate: FOOTER_TEMPLATE,
    margin: { top: mm(MARGIN_MM.top), bottom: mm(MARGIN_MM.bottom), left: mm(MARGIN_MM.left), right: mm(MARGIN_MM.right) }
  }
}
