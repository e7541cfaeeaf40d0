/**
 * What `export --format <name>` can write, one entry per format: each takes the parsed command
 * line and returns the text to write and what to tell the user. A new format is one more entry.
 */
import { userInfo } from 'node:os'
import type { Annotation, Tag } from '@shared/annotation'
import type { ImportedDocument } from '@shared/document'
import { importFile } from '../main/services/importFile'
import { collectionJson, annotationLines } from '@shared/w3c/exportW3c'
import { reportLines } from '@shared/w3c/reportText'
import { anchorFile } from './anchorFile'
import { CliError } from './cliError'
import { reportFormats } from './reportExport'
import { PROJECT_EXPORT_FORMATS } from './projectCommands'

export interface ExportOptions {
  article?: string
  annotations?: string
  out: string
  creator?: string
  /** The project file to convert (.qdpx, .qde, .themata). */
  project?: string
  /** The language of a report's own words (en, ru, az); English unless given. */
  lang?: string
}

export interface ExportResult {
  /** What to write at --out. */
  data: string | Uint8Array
  /** Lines for stdout once it is written. */
  lines: string[]
}

export interface ExportFormat {
  /** One line for --help. */
  describe: string
  run(options: ExportOptions): Promise<ExportResult>
}

function analyst(explicit: string | undefined): string {
  if (explicit) return explicit
  try {
    return userInfo().username || 'Themata user'
  } catch {
    return 'Themata user'
  }
}

export const EXPORT_FORMATS: Record<string, ExportFormat> = {
  w3c: {
    describe: 'W3C Web Annotations (JSON-LD): an AnnotationCollection, or one annotation per line when --out ends in .jsonl',
    async run(options) {
      if (!options.article) throw new CliError('Say which article the annotations are on: --article <file>.')
      let document: ImportedDocument
      let passages: Annotation[] = []
      let tags: Tag[] = []
      const lines: string[] = []
      if (options.annotations) {
        const anchored = await anchorFile(options.article, options.annotations)
        if (anchored.plan.report.placed.length === 0) {
          throw new CliError(`None of the annotations in “${anchored.fileName}” could be placed on “${anchored.document.fileName}”; nothing was written.`, reportLines(anchored.plan.report))
        }
        document = anchored.document
        passages = anchored.plan.annotations.map((c) => c.after)
        tags = anchored.plan.tags
        lines.push(...reportLines(anchored.plan.report))
      } else {
        document = await importFile(options.article)
      }
      const input = {
        articles: [{ title: document.title, contentHash: document.contentHash, text: document.text, annotations: passages }],
        tags,
        creator: analyst(options.creator),
        generatedAt: new Date()
      }
      const data = /\.(jsonl|ndjson)$/i.test(options.out) ? annotationLines(input) : collectionJson(input)
      lines.push(`Wrote ${passages.length.toLocaleString('en-US')} annotation${passages.length === 1 ? '' : 's'} on “${document.title}” to ${options.out}`)
      return { data, lines }
    }
  },
  ...reportFormats(),
  ...PROJECT_EXPORT_FORMATS
}
