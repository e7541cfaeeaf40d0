/**
 * Every export format in one table (Pandoc-style: one writer per format from the same resolved
 * report, one line here each), used by the app's export worker and the CLI alike. Writers that
 * need a large library load it on first use.
 */
import { slugFileName } from '../report/fileName'
import type { ResolvedReport } from '../report/resolve'

export const EXPORT_FORMATS = {
  html: { label: 'Web page (HTML)', group: 'Report', extension: 'html', mime: 'text/html;charset=utf-8', suffix: '-report' },
  pdf: { label: 'PDF', group: 'Report', extension: 'pdf', mime: 'application/pdf', suffix: '-report' },
  docx: { label: 'Word with comments (.docx)', group: 'Report', extension: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', suffix: '-report' },
  md: { label: 'Markdown', group: 'Report', extension: 'md', mime: 'text/markdown;charset=utf-8', suffix: '-report' },
  csv: { label: 'CSV', group: 'Coded passages', extension: 'csv', mime: 'text/csv;charset=utf-8', suffix: '-passages' },
  xlsx: { label: 'Excel (.xlsx)', group: 'Coded passages', extension: 'xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', suffix: '-passages' },
  'codebook-html': { label: 'Codebook as a web page', group: 'Codebook', extension: 'html', mime: 'text/html;charset=utf-8', suffix: '-codebook' },
  'codebook-docx': { label: 'Codebook in Word', group: 'Codebook', extension: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', suffix: '-codebook' },
  'codebook-md': { label: 'Codebook in Markdown', group: 'Codebook', extension: 'md', mime: 'text/markdown;charset=utf-8', suffix: '-codebook' }
} as const

export type ExportFormat = keyof typeof EXPORT_FORMATS
export type ExportExtension = (typeof EXPORT_FORMATS)[ExportFormat]['extension']
export const EXPORT_FORMAT_IDS = Object.keys(EXPORT_FORMATS) as ExportFormat[]

export function isExportFormat(value: string): value is ExportFormat {
  return Object.hasOwn(EXPORT_FORMATS, value)
}

/** The suggested file name: the report's title as a slug, what it holds, the extension. */
export function exportFileName(format: ExportFormat, report: Pick<ResolvedReport, 'title'>): string {
  const { suffix, extension } = EXPORT_FORMATS[format]
  return slugFileName(report.title, `${suffix}.${extension}`)
}

/**
 * The file's content: text or bytes. For PDF it is the HTML to print, which the host prints with
 * Chromium (main's hidden window, the browser's print dialog, or the CLI's Playwright).
 */
export async function renderExport(format: ExportFormat, report: ResolvedReport): Promise<string | Uint8Array> {
  switch (format) {
    case 'html':
    case 'pdf':
      return (await import('../report/renderReport')).renderResolvedHtml(report)
    case 'docx':
      return (await import('../docx/renderDocx')).renderDocx(report)
    case 'md':
      return (await import('../markdown/renderMarkdown')).renderMarkdown(report)
    case 'csv':
      return (await import('../csv/renderCsv')).renderCsv(report)
    case 'xlsx':
      return (await import('../xlsx/renderXlsx')).renderXlsx(report)
    case 'codebook-html':
      return (await import('../codebookDocument/renderCodebook')).renderCodebookHtml(report)
    case 'codebook-docx':
      return (await import('../codebookDocument/renderCodebook')).renderCodebookDocx(report)
    case 'codebook-md':
      return (await import('../codebookDocument/renderCodebook')).renderCodebookMarkdown(report)
  }
}
