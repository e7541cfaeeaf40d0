/**
 * The report exports, as the analyst runs them from the report dialog: each timed from the click on
 * Export to the file handed to the browser, with the longest stretch the page's main thread was
 * busy meanwhile (the work runs in the export worker, so the window must stay responsive). The PDF
 * is the HTML report printed by Chromium (page.pdf(), as the CLI and main's printToPDF do).
 */
import { readFileSync, statSync } from 'node:fs'
import type { Browser, Page } from '@playwright/test'

export interface ExportTiming {
  ms: number
  /**
   * The longest task the page's main thread ran during the export, in CPU time (Chromium's trace:
   * RunTask's thread duration), so time the OS gave other processes on a busy machine is not counted.
   */
  longestTaskMs: number
  file: string
  mb: number
}

export interface ReportFigures {
  docxReport10kMs: number
  xlsxPassages10kMs: number
  pdfReport10kMs: number
  csvProject100kMs: number
  exportLongestTaskMs: number
}

/**
 * Opens the report dialog, chooses the articles and the format, waits for the preview, then clicks
 * Export and times it to the download, with a Chromium trace of the page's main thread meanwhile.
 */
export async function exportFromDialog(page: Page, format: string, scope?: RegExp): Promise<ExportTiming> {
  const dialog = page.getByRole('dialog', { name: 'Export report' })
  if (!(await dialog.isVisible())) await page.getByRole('button', { name: 'Export report', exact: true }).click()
  if (scope) await dialog.getByRole('radio', { name: scope }).check()
  await dialog.getByRole('combobox', { name: 'Format' }).selectOption({ label: format })
  await dialog.locator('iframe[title="Report preview"]').waitFor({ timeout: 120_000 })
  const download = page.waitForEvent('download', { timeout: 300_000 })
  const browser = page.context().browser() as Browser
  await browser.startTracing(page, { categories: ['toplevel'] })
  let ms: number
  let trace: Buffer
  try {
    ms = await page.evaluate(async () => {
      performance.clearMarks('themata:report-ready')
      const button = [...document.querySelectorAll<HTMLButtonElement>('dialog button')].find((b) => b.textContent?.trim() === 'Export')
      if (!button) throw new Error('No Export button in the report dialog.')
      const t0 = await window.__bench.atFrameStart(() => button.click())
      return (await window.__bench.markTime('themata:report-ready', 300_000)) - t0
    })
  } finally {
    trace = await browser.stopTracing()
  }
  const file = await (await download).path()
  return { ms, longestTaskMs: longestMainThreadTask(trace), file, mb: statSync(file).size / 1e6 }
}

interface TraceEvent {
  name: string
  ph: string
  pid: number
  tid: number
  dur?: number
  tdur?: number
  args?: { name?: string }
}

/** What Chromium's trace calls one task of a thread's loop (the name changed across versions). */
const TASKS = new Set(['ThreadControllerImpl::RunTask', 'RunTask'])

/** The longest task, in thread (CPU) time, on any renderer's main thread of the trace. */
export function longestMainThreadTask(trace: Buffer): number {
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents
  const main = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`))
  let longest = 0
  for (const e of events) {
    if (TASKS.has(e.name) && e.ph === 'X' && main.has(`${e.pid}:${e.tid}`)) longest = Math.max(longest, (e.tdur ?? e.dur ?? 0) / 1000)
  }
  return longest
}

/** The HTML report printed to PDF by Chromium, in a fresh page of the same browser. */
export async function printToPdf(browser: Browser, htmlFile: string): Promise<number> {
  const context = await browser.newContext({ javaScriptEnabled: false })
  try {
    const page = await context.newPage()
    const t0 = performance.now()
    await page.setContent(readFileSync(htmlFile, 'utf8'), { waitUntil: 'load', timeout: 300_000 })
    // As src/shared/pdf/printOptions.ts prints it (plain Node runs the benchmark, so that module is not imported).
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<div style="font-size: 8px; width: 100%; text-align: right">Benchmark report</div>',
      footerTemplate: '<div style="font-size: 8px; width: 100%; text-align: center">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
      margin: { top: '18mm', bottom: '18mm', left: '22mm', right: '16mm' }
    })
    const ms = performance.now() - t0
    if (pdf.subarray(0, 5).toString() !== '%PDF-') throw new Error('Chromium did not print a PDF.')
    return ms
  } finally {
    await context.close()
  }
}

/** Word and Excel exports of the open article (the long one with its passages), and its HTML printed. */
export async function measureArticleExports(page: Page, browser: Browser, htmlFile: string): Promise<Partial<ReportFigures>> {
  const docx = await exportFromDialog(page, 'Word with comments (.docx)')
  const xlsx = await exportFromDialog(page, 'Excel (.xlsx)')
  if (!readFileSync(docx.file).subarray(0, 2).equals(Buffer.from('PK'))) throw new Error('The Word export is not a zip package.')
  return {
    docxReport10kMs: docx.ms,
    xlsxPassages10kMs: xlsx.ms,
    pdfReport10kMs: await printToPdf(browser, htmlFile),
    exportLongestTaskMs: Math.max(docx.longestTaskMs, xlsx.longestTaskMs)
  }
}

/** The whole library as coded passages in CSV. */
export async function measureProjectCsv(page: Page, passages: number): Promise<Partial<ReportFigures>> {
  const csv = await exportFromDialog(page, 'CSV', /^The whole project/)
  const rows = readFileSync(csv.file, 'utf8').split('\r\n').length - 2
  if (rows < passages) throw new Error(`The CSV has ${rows} rows for ${passages} passages.`)
  return { csvProject100kMs: csv.ms, exportLongestTaskMs: csv.longestTaskMs }
}

/** The longest main-thread task over the exports of both scenarios. */
export function longest(...parts: Partial<ReportFigures>[]): number {
  const values = parts.map((p) => p.exportLongestTaskMs).filter((v): v is number => v !== undefined && Number.isFinite(v))
  return values.length > 0 ? Math.max(...values) : Number.NaN
}
