/**
 * `export --format html|pdf|docx|md|csv|xlsx …`: the article imported as the app imports it, its
 * passages, then the same writers the app's export worker runs; PDF printed by Chromium
 * (playwright-core), as main prints it.
 */
import { userInfo } from 'node:os'
import type { Annotation, Tag } from '@shared/annotation'
import type { ImportedDocument } from '@shared/document'
import { EXPORT_FORMAT_IDS, EXPORT_FORMATS, isExportFormat, renderExport, type ExportFormat } from '@shared/export/formats'
import { paperForLocale } from '@shared/pdf/printOptions'
import { DEFAULT_REPORT_OPTIONS } from '@shared/report/request'
import { resolveReport } from '@shared/report/resolve'
import { importFile } from '../main/services/importFile'
import { PdfUnavailableError, type PdfPrinter } from '../main/services/pdfPrinter'
import { playwrightPdfPrinter } from '../main/services/playwrightPdf'

export interface ReportExportOptions {
  format: string
  article?: string
  annotations?: string
  analyst?: string
}

export interface ReportExportResult {
  /** What to write at --out. */
  data: string | Uint8Array
  /** What to tell the user once it is written. */
  lines: string[]
}

/** A command line that cannot be carried out: one sentence for stderr. */
export class ReportExportError extends Error {
  override readonly name = 'ReportExportError'
}

export function describeReportFormats(indent: string): string {
  return EXPORT_FORMAT_IDS.map((id) => `${indent}${id}: ${EXPORT_FORMATS[id].label}`).join('\n')
}

/** The passages to put in the report, and the themes they name. */
export interface Coded {
  annotations: Annotation[]
  tags: Tag[]
}

/**
 * Reads `--annotations` for the article. The W3C Web Annotation import (src/shared/w3c, being built
 * on its own branch) plugs in here: it places the file's annotations on the article and returns
 * them with the themes they name. Until it lands, the article is exported without passages.
 */
export type AnnotationReader = (annotationsPath: string, document: ImportedDocument) => Promise<Coded>

const noAnnotationReader: AnnotationReader = async () => {
  throw new ReportExportError('This build cannot read --annotations yet (the W3C import is not in it); export the article alone.')
}

/** The locale POSIX says paper follows (LC_PAPER, else LC_ALL, else LANG): "en_US.UTF-8" prints on Letter. */
function paperLocale(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env['LC_PAPER'] || env['LC_ALL'] || env['LANG']
}

function analystName(explicit: string | undefined): string {
  if (explicit) return explicit
  try {
    return userInfo().username
  } catch {
    return ''
  }
}

export async function runReportExport(
  options: ReportExportOptions,
  services: { printer?: PdfPrinter; readAnnotations?: AnnotationReader; locale?: string } = {}
): Promise<ReportExportResult> {
  if (!isExportFormat(options.format)) {
    throw new ReportExportError(`Themata cannot export “${options.format}”; it can export ${EXPORT_FORMAT_IDS.join(', ')}.`)
  }
  const format: ExportFormat = options.format
  if (!options.article) throw new ReportExportError('Say which article to export: --article <file>.')
  const document = await importFile(options.article)
  const coded = options.annotations ? await (services.readAnnotations ?? noAnnotationReader)(options.annotations, document) : { annotations: [], tags: [] }
  const report = resolveReport({
    projectName: '',
    analystName: analystName(options.analyst),
    articles: [{ document, annotations: coded.annotations }],
    tags: coded.tags,
    options: DEFAULT_REPORT_OPTIONS,
    generatedAt: new Date()
  })
  const rendered = await renderExport(format, report)
  let data = rendered
  if (format === 'pdf') {
    const printer = services.printer ?? playwrightPdfPrinter()
    try {
      data = await printer.print(rendered as string, { title: report.title, paper: paperForLocale(services.locale ?? paperLocale()) })
    } catch (error) {
      throw error instanceof PdfUnavailableError ? new ReportExportError(error.message) : error
    }
  }
  const passages = report.total.passages
  return {
    data,
    lines: [`Wrote ${EXPORT_FORMATS[format].label} of “${report.title}” with ${passages.toLocaleString('en-US')} passage${passages === 1 ? '' : 's'}`]
  }
}
