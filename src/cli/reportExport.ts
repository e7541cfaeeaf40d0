/**
 * The report formats of `export --format …` (html, pdf, docx, md, csv, xlsx and the codebook as a
 * document): the article imported as the app imports it, its passages placed from --annotations as
 * the annotations command places them, then the writers the app's export worker runs; PDF printed by
 * Chromium (playwright-core), as main prints it.
 */
import { userInfo } from 'node:os'
import type { Annotation, Tag } from '@shared/annotation'
import type { ImportedDocument } from '@shared/document'
import { EXPORT_FORMAT_IDS, EXPORT_FORMATS, renderExport, type ExportFormat as ReportFormat } from '@shared/export/formats'
import { paperForLocale } from '@shared/pdf/printOptions'
import { DEFAULT_REPORT_OPTIONS } from '@shared/report/request'
import { resolveReport } from '@shared/report/resolve'
import { reportLines } from '@shared/w3c/reportText'
import { importFile } from '../main/services/importFile'
import { PdfUnavailableError, type PdfPrinter } from '../main/services/pdfPrinter'
import { playwrightPdfPrinter } from '../main/services/playwrightPdf'
import { anchorFile } from './anchorFile'
import { CliError } from './cliError'
import type { ExportFormat, ExportOptions, ExportResult } from './exportFormats'
import { isLocale, LOCALES, type Locale } from '@shared/i18n/locales'

/** The passages to put in the report, the themes they name, and what placing them found. */
export interface Coded {
  annotations: Annotation[]
  tags: Tag[]
  lines: string[]
}

export interface ReportServices {
  printer?: PdfPrinter
  /** The locale that chooses the PDF's paper; POSIX's LC_PAPER, LC_ALL or LANG unless given. */
  locale?: string
}

/** The article and, with --annotations, its passages placed as the annotations command places them. */
async function codedArticle(options: ExportOptions): Promise<{ document: ImportedDocument; coded: Coded }> {
  if (!options.article) throw new CliError('Say which article to export: --article <file>.')
  if (!options.annotations) return { document: await importFile(options.article), coded: { annotations: [], tags: [], lines: [] } }
  const { document, plan, fileName } = await anchorFile(options.article, options.annotations)
  const lines = reportLines(plan.report)
  if (plan.report.placed.length === 0) {
    throw new CliError(`None of the annotations in “${fileName}” could be placed on “${document.fileName}”; nothing was written.`, lines)
  }
  return { document, coded: { annotations: plan.annotations.map((c) => c.after), tags: plan.tags, lines } }
}

function analystName(explicit: string | undefined): string {
  if (explicit) return explicit
  try {
    return userInfo().username
  } catch {
    return ''
  }
}

/** The locale POSIX says paper follows (LC_PAPER, else LC_ALL, else LANG): "en_US.UTF-8" prints on Letter. */
function paperLocale(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env['LC_PAPER'] || env['LC_ALL'] || env['LANG']
}

/** The report's language from --lang: one Themata speaks, else one sentence saying which it does. */
function reportLocale(lang: string | undefined): Locale {
  if (lang === undefined) return 'en'
  if (isLocale(lang)) return lang
  throw new CliError(`Themata writes reports in ${LOCALES.join(', ')}; “${lang}” is not one of them.`)
}

export async function runReportExport(format: ReportFormat, options: ExportOptions, services: ReportServices = {}): Promise<ExportResult> {
  const { document, coded } = await codedArticle(options)
  const report = resolveReport({
    projectName: '',
    analystName: analystName(options.creator),
    articles: [{ document, annotations: coded.annotations }],
    tags: coded.tags,
    options: DEFAULT_REPORT_OPTIONS,
    generatedAt: new Date(),
    locale: reportLocale(options.lang)
  })
  const rendered = await renderExport(format, report)
  let data = rendered
  if (format === 'pdf') {
    const printer = services.printer ?? playwrightPdfPrinter()
    try {
      data = await printer.print(rendered as string, { title: report.title, paper: paperForLocale(services.locale ?? paperLocale()) })
    } catch (error) {
      throw error instanceof PdfUnavailableError ? new CliError(error.message) : error
    }
  }
  const passages = report.total.passages
  const wrote = `Wrote ${EXPORT_FORMATS[format].label} of “${report.title}” with ${passages.toLocaleString('en-US')} passage${passages === 1 ? '' : 's'} to ${options.out}`
  return { data, lines: [...coded.lines, wrote] }
}

/** One entry per report format for the CLI's table of formats. */
export function reportFormats(services: ReportServices = {}): Record<string, ExportFormat> {
  return Object.fromEntries(
    EXPORT_FORMAT_IDS.map((id) => [
      id,
      {
        describe: `${EXPORT_FORMATS[id].label}${id === 'pdf' ? ', printed by Chromium (CHROMIUM_PATH or /usr/bin/chromium)' : ''}; --article <file>, optionally --annotations <file>, --creator <name> (the analyst) and --lang en|ru|az (the report's headings)`,
        run: (options: ExportOptions) => runReportExport(id, options, services)
      }
    ])
  )
}
