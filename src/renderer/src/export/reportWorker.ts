/**
 * The export worker: reads the chosen articles from the project's database, resolves the report and
 * writes it in the chosen format, all off the UI thread, saying how far it has got. One worker per
 * export or preview; cancelling ends the worker.
 */
import { exportFileName, renderExport, type ExportFormat } from '@shared/export/formats'
import { describeError } from '@shared/i18n/words'
import { PREVIEW_LIMITS, previewRequest } from '@shared/report/preview'
import type { ReportOptions, ReportRequest } from '@shared/report/request'
import { resolveReport } from '@shared/report/resolve'
import { ThemataDb } from '../db/db'
import { loadArticles } from './loadArticles'
import { translator } from '@shared/i18n/format'
import type { Locale } from '@shared/i18n/locales'

export interface ExportJob {
  /** A full export, or the dialog's shortened HTML preview. */
  kind: 'export' | 'preview'
  dbName: string
  documentIds: string[]
  projectName: string
  analystName: string
  options: ReportOptions
  format: ExportFormat
  generatedAt: number
  /** The language of the progress labels and of the report's own words. */
  locale: Locale
}

export interface ExportResult {
  fileName: string
  title: string
  content: string | Uint8Array
  /** Preview only: whether articles or paragraphs were left out of it. */
  shortened: boolean
}

export type ExportReply = { progress: { fraction: number; label: string } } | { result: ExportResult } | { failed: string }

interface WorkerScope {
  onmessage: ((event: MessageEvent<ExportJob>) => void) | null
  postMessage(reply: ExportReply, transfer?: Transferable[]): void
}

const scope = self as unknown as WorkerScope

async function run(job: ExportJob): Promise<ExportResult> {
  const t = translator(job.locale)
  const progress = (fraction: number, label: string): void => scope.postMessage({ progress: { fraction, label } })
  // The preview reads only the articles it shows: a whole project would be read on every change otherwise.
  const ids = job.kind === 'preview' ? job.documentIds.slice(0, PREVIEW_LIMITS.articles) : job.documentIds
  const db = new ThemataDb(job.dbName)
  let loaded
  try {
    loaded = await loadArticles(db, ids, (done, total) => progress(0.6 * (done / Math.max(1, total)), t('reportDialog.reading', { done, total })))
  } finally {
    db.close()
  }
  const full: ReportRequest = { projectName: job.projectName, analystName: job.analystName, articles: loaded.articles, tags: loaded.tags, options: job.options, generatedAt: new Date(job.generatedAt), locale: job.locale }
  const preview = job.kind === 'preview' ? previewRequest(full) : { request: full, shortened: false }
  const { request } = preview
  const shortened = preview.shortened || ids.length < job.documentIds.length
  progress(0.65, t('reportDialog.arranging'))
  const report = resolveReport(request)
  progress(0.7, t('reportDialog.writing'))
  const rendered = await renderExport(job.kind === 'preview' ? 'html' : job.format, report)
  // A file to save goes back as UTF-8 bytes, moved rather than copied, so even 30 MB of CSV costs the
  // page nothing to receive; the preview and the HTML that PDF printing needs stay text.
  const content = typeof rendered === 'string' && job.kind === 'export' && job.format !== 'pdf' ? new TextEncoder().encode(rendered) : rendered
  return { fileName: exportFileName(job.format, report), title: report.title, content, shortened }
}

scope.onmessage = (event) => {
  run(event.data).then(
    (result) => scope.postMessage({ result }, typeof result.content === 'string' ? [] : [result.content.buffer as ArrayBuffer]),
    (error: unknown) => {
      const t = translator(event.data.locale)
      scope.postMessage({ failed: t('reportDialog.failed', { reason: describeError(error, t) }) })
    }
  )
}
