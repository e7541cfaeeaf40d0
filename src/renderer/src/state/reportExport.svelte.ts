/**
 * The report dialog's state: which articles, themes, content and format; the live preview; and
 * the running export, with its progress and cancel. The work itself runs in the export worker.
 */
import { EXPORT_FORMATS, type ExportFormat } from '@shared/export/formats'
import { describeError } from '@shared/i18n/words'
import { DEFAULT_REPORT_OPTIONS, type ReportOptions } from '@shared/report/request'
import type { ArticleSet } from '../db/db'
import { startExport, type RunningExport } from '../export/exportClient'
import type { ExportJob } from '../export/reportWorker'
import type { Host } from '../host/host'
import { mark } from '../perf/marks'
import { db } from './database'
import { history } from './history.svelte'
import { library } from './library.svelte'
import { notify, notifyError } from './messages.svelte'
import { projects } from './projects.svelte'
import { session } from './session.svelte'
import { locale, t } from '../i18n/i18n.svelte'
import { EXPORT_FORMAT_NAMES } from '../i18n/exportFormatNames'

/** Which articles the report covers. */
export type ArticleScope = 'current' | 'set' | 'chosen' | 'project'

const ANALYST_KEY = 'analystName'

class ReportExport {
  open = $state(false)
  scope = $state<ArticleScope>('current')
  setId = $state<string | null>(null)
  /** Articles ticked under "Chosen articles". */
  chosen = $state<string[]>([])
  /** Themes ticked when not every theme is kept; null keeps every theme. */
  themeIds = $state<string[] | null>(null)
  options = $state<ReportOptions>({ ...DEFAULT_REPORT_OPTIONS })
  format = $state<ExportFormat>('html')
  analystName = $state('')
  sets = $state.raw<ArticleSet[]>([])
  /** The articles of the chosen set, read when the set is picked. */
  setMembers = $state.raw<string[]>([])
  progress = $state<{ fraction: number; label: string } | null>(null)
  preview = $state.raw<{ html: string; shortened: boolean } | null>(null)
  previewError = $state<string | null>(null)
}

export const reportExport = new ReportExport()

let running: RunningExport | null = null
let previewing: RunningExport | null = null

/** Opens the dialog with the choices made last time; without an open article, on the whole project. */
export async function openReportDialog(): Promise<void> {
  if (reportExport.open) return
  if (reportExport.scope === 'current' && !session.current) reportExport.scope = 'project'
  reportExport.open = true
  try {
    const [sets, analyst] = await Promise.all([db().sets.orderBy('order').toArray(), db().settings.get(ANALYST_KEY)])
    reportExport.sets = sets
    if (typeof analyst?.value === 'string') reportExport.analystName = analyst.value
  } catch (error) {
    notifyError(t('reportDialog.setsFailed', { reason: describeError(error, t) }))
  }
}

export function closeReportDialog(): void {
  cancelExport()
  previewing?.cancel()
  previewing = null
  reportExport.open = false
  reportExport.preview = null
}

export async function chooseSet(setId: string | null): Promise<void> {
  reportExport.setId = setId
  reportExport.setMembers = setId ? ((await db().documents.where('setIds').equals(setId).primaryKeys()) as string[]) : []
}

/** The ids of the articles the report covers, in the library's order. */
export function scopeDocumentIds(): string[] {
  const { scope } = reportExport
  if (scope === 'current') return session.current ? [session.current.record.id] : []
  const all = library.documents.map((d) => d.id)
  if (scope === 'project') return all
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- local to this call, not state
  const wanted = new Set(scope === 'set' ? reportExport.setMembers : reportExport.chosen)
  return all.filter((id) => wanted.has(id))
}

function job(kind: ExportJob['kind']): ExportJob | null {
  const project = projects.current
  if (!project) return null
  const { options, themeIds } = reportExport
  return {
    kind,
    dbName: project.dbName,
    documentIds: scopeDocumentIds(),
    projectName: project.name,
    analystName: reportExport.analystName.trim(),
    options: { ...$state.snapshot(options), themeIds: themeIds ? [...themeIds] : null },
    format: reportExport.format,
    generatedAt: Date.now(),
    locale: locale()
  }
}

/** Renders the preview again (the dialog calls this, debounced, after every change). */
export async function refreshPreview(): Promise<void> {
  previewing?.cancel()
  const next = job('preview')
  if (!next || next.documentIds.length === 0) {
    reportExport.preview = null
    return
  }
  // Read what the open article shows, even passages made a moment ago.
  await history.flushed()
  const current = startExport(next)
  previewing = current
  try {
    const result = await current.result
    if (result && previewing === current) {
      reportExport.preview = { html: result.content as string, shortened: result.shortened }
      reportExport.previewError = null
    }
  } catch (error) {
    if (previewing === current) reportExport.previewError = describeError(error, t)
  }
}

/** Writes the export and hands it to the host to save; the dialog closes once it is saved. */
export async function runExport(host: Host): Promise<void> {
  const next = job('export')
  if (!next || running) return
  if (next.documentIds.length === 0) {
    notifyError(t('reportDialog.chooseArticle'))
    return
  }
  reportExport.progress = { fraction: 0, label: t('reportDialog.starting') }
  try {
    await Promise.all([history.flushed(), db().settings.put({ key: ANALYST_KEY, value: next.analystName })])
    const current = startExport(next, (fraction, label) => {
      if (running === current) reportExport.progress = { fraction, label }
    })
    running = current
    const result = await current.result
    if (!result) return
    reportExport.progress = { fraction: 1, label: t('reportDialog.saving') }
    const { extension } = EXPORT_FORMATS[next.format]
    const outcome =
      next.format === 'pdf'
        ? await host.printReport(result.fileName, result.title, result.content as string)
        : await host.saveReport(result.fileName, extension, result.content as string | Uint8Array<ArrayBuffer>)
    mark('themata:report-ready')
    if (outcome.status === 'saved') {
      const said = host.kind === 'desktop' ? 'reportDialog.saved' : next.format === 'pdf' ? 'reportDialog.printed' : 'reportDialog.downloaded'
      notify(t(said, { format: t(EXPORT_FORMAT_NAMES[next.format]), path: outcome.path }))
      closeReportDialog()
    } else if (outcome.status === 'failed') notifyError(outcome.message)
  } catch (error) {
    notifyError(describeError(error, t))
  } finally {
    running = null
    reportExport.progress = null
  }
}

export function cancelExport(): void {
  running?.cancel()
  running = null
  reportExport.progress = null
}
