/**
 * The headless command line. It imports through the very service the desktop app's main process
 * uses (importFile), and exports and anchors with the same shared code as the app, so what it
 * prints is what the app would show.
 */
import { parseArgs } from 'node:util'
import { describeError } from '@shared/i18n/words'
import { SUPPORTED_EXTENSIONS } from '@shared/import/formats'
import { isImportError } from '@shared/import/errors'
import { failureMessage } from '@shared/import/outcome'
import { isAnnotationFileError } from '@shared/w3c/readAnnotations'
import { reportJson, reportLines } from '@shared/w3c/reportText'
import { describeWriteError, writeFileAtomic } from '../main/services/atomicWrite'
import { importFile } from '../main/services/importFile'
import { anchorFile } from './anchorFile'
import { CliError } from './cliError'
import { EXPORT_FORMATS } from './exportFormats'
import { importProjectCommand } from './projectCommands'
import { projectStats, stats, statsText } from './statsCommand'

export const USAGE = `Usage: npm run -s cli -- <command> [options]

Commands:
  import <file>   Read an article and print it: its plain text, or with --json the
                  normalized document. Formats: ${SUPPORTED_EXTENSIONS.join(' ')}

  import-project <file.qdpx|file.qde|file.themata>
                  Read a project file and print what it brings in: each article with its
                  characters and passages, the themes, passages and notes, and everything
                  that could not be placed, with the reason.

  annotations <article> <annotations.json>
                  Place annotations from another tool (W3C Web Annotations, one per line
                  or in a collection, or a Hypothesis API response) on an article and print
                  the report: how many were placed (by position, by quote, approximately),
                  and each one orphaned (its text is not in the article) or skipped (not
                  about a passage of text), with its quote and the reason.

  export --format <format> --out <file> [options]
                  Write a file for other tools. Formats:
${Object.entries(EXPORT_FORMATS)
  .map(([name, f]) => `                    ${name}: ${f.describe}`)
  .join('\n')}
                  w3c options: --article <file> (required), --annotations <file> (the
                  passages to write: annotations placed on the article first, as the
                  annotations command does), --creator <name> (default: your user name).
                  qdpx, qdc and themata options: --project <file.qdpx|file.qde|file.themata>
                  (required): the project to convert.

  stats --project <file.qdpx|file.qde|file.themata> [--rollup] [--by paragraph]
  stats --article <file> --annotations <annotations.json> [--rollup] [--by paragraph]
                  Theme frequencies, coverage and co-occurrence of a project's articles (a
                  backup of one project, or a REFI-QDA project, read as import-project reads
                  it), or of the annotations placed on one article (as the annotations command
                  places them), counted as the Analysis view counts: per theme the passages,
                  articles, characters covered (overlaps counted once) and share of the text;
                  pairs of passages of two themes that overlap (or, with --by paragraph, share
                  a paragraph). --rollup counts sub-themes in their parent.

Options:
  --json          import: print the normalized document as JSON:
                    { "title": string,
                      "metadata": { "author"?, "date"? (YYYY-MM-DD), "source"?, "language"? },
                      "blocks": [{ "type": "heading" | "paragraph" | "listItem" | "quote" | "tableRow",
                                   "level"? (headings, 1-6), "text": string }],
                      "text": string (the blocks' texts joined by a blank line),
                      "fileName": string, "format": "txt" | "md" | "html" | "docx" | "odt" | "pdf",
                      "contentHash": string (SHA-256 of the file), "byteLength": number }
                  annotations: print the report as JSON:
                    { "article": { "title", "fileName", "characters" },
                      "file": { "name", "kind", "total", "declaredTotal"? },
                      "placed": [{ "id", "start", "end", "exact", "method": "position" | "quote" | "fuzzy",
                                   "unit"?: "code points" | "UTF-16", "errors"? }],
                      "orphaned": [{ "id", "quote", "reason" }], "skipped": [{ "id", "reason" }],
                      "newThemes": [string] }
                    start and end count code points of the article's text, as --json of import prints it.
                  import-project: print the report as JSON:
                    { "articles": [{ "title", "characters", "passages" }], "themes": number,
                      "passages": number, "notes": number, "unplaced": [{ "source", "reason" }] }
                  stats: print { "themes": [{ "name", "path" ("Parent > Child"), "passages",
                    "articles", "characters", "share" (0-1) }], "cooccurrence": { "themes": [names],
                    "counts": [[pairs of co-occurring passages; the diagonal: the theme's passages]] } }
  -h, --help      Show this help.

Exit status: 0 when the command did its work (some annotations orphaned is still 0: they are
listed); 2 when it could not (the reason is printed on stderr, one sentence): a file missing or
unreadable, a file that is not JSON or holds no annotations, annotations none of which could be
placed, or a wrong command line. Files are written whole or not at all.
`

export interface Output {
  out(text: string): void
  err(text: string): void
}

export const EXIT_OK = 0
export const EXIT_FAILED = 2

const OPTIONS = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  format: { type: 'string' },
  out: { type: 'string' },
  article: { type: 'string' },
  annotations: { type: 'string' },
  creator: { type: 'string' },
  project: { type: 'string' },
  lang: { type: 'string' },
  rollup: { type: 'boolean' },
  by: { type: 'string' }
} as const

type Values = ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: typeof OPTIONS }>>['values']

/** Which options each command takes; any other is a mistake on the command line. */
const ACCEPTS: Record<string, (keyof Values)[]> = {
  import: ['json'],
  annotations: ['json'],
  'import-project': ['json'],
  export: ['format', 'out', 'article', 'annotations', 'creator', 'project', 'lang'],
  stats: ['json', 'article', 'annotations', 'project', 'rollup', 'by']
}

const usageError = (message: string): CliError => new CliError(`${message} Run with --help to see the usage.`)

async function importCommand(path: string, values: Values, output: Output): Promise<void> {
  const document = await importFile(path)
  output.out(values.json ? `${JSON.stringify(document, null, 2)}\n` : `${document.text}\n`)
}

async function annotationsCommand(articlePath: string, annotationsPath: string, values: Values, output: Output): Promise<void> {
  const { document, plan, fileName } = await anchorFile(articlePath, annotationsPath)
  const { report } = plan
  output.out(values.json ? `${JSON.stringify(reportJson(report, document, fileName), null, 2)}\n` : `${reportLines(report).join('\n')}\n`)
  if (report.placed.length === 0) {
    throw new CliError(
      report.total === 0
        ? `“${fileName}” holds no annotations.`
        : `None of the ${report.total} annotations in “${fileName}” could be placed on “${document.fileName}”; the report above says why.`
    )
  }
}

async function statsCommand(values: Values, output: Output): Promise<void> {
  const usage = '`stats --project <file>` or `stats --article <file> --annotations <annotations.json>`, with [--rollup] [--by paragraph] [--json]'
  if (values.project !== undefined && (values.article !== undefined || values.annotations !== undefined)) throw usageError(`Count a project or an article, not both: ${usage}.`)
  if (values.project === undefined && (!values.article || !values.annotations)) throw usageError(`Say what to count: ${usage}.`)
  if (values.by !== undefined && values.by !== 'overlap' && values.by !== 'paragraph') throw new CliError(`--by takes overlap or paragraph, not “${values.by}”.`)
  const counting = { rollUp: values.rollup === true, by: values.by === 'paragraph' ? ('paragraph' as const) : ('overlap' as const) }
  const result =
    values.project !== undefined
      ? await projectStats(values.project, counting)
      : await stats({ article: values.article as string, annotations: values.annotations as string, ...counting })
  output.out(values.json ? `${JSON.stringify(result.summary, null, 2)}\n` : statsText(result))
}

async function exportCommand(values: Values, output: Output): Promise<void> {
  const names = Object.keys(EXPORT_FORMATS).join(', ')
  if (!values.format) throw usageError(`Say which format to export: --format ${names}.`)
  const format = EXPORT_FORMATS[values.format]
  if (!format) throw usageError(`Themata cannot export “${values.format}”; it can export ${names}.`)
  if (!values.out) throw usageError('Say where to write the export: --out <file>.')
  const { data, lines } = await format.run({
    article: values.article,
    annotations: values.annotations,
    out: values.out,
    creator: values.creator,
    project: values.project,
    lang: values.lang
  })
  try {
    await writeFileAtomic(values.out, data)
  } catch (error) {
    throw new CliError(describeWriteError(values.out, error))
  }
  output.out(`${lines.join('\n')}\n`)
}

/** The sentence for anything a command threw. */
function messageOf(error: unknown, fallbackFile: string): string {
  if (error instanceof CliError || isAnnotationFileError(error) || isImportError(error)) return error.message
  return failureMessage(fallbackFile, error)
}

/** Runs one command line; returns the exit status. Never throws. */
export async function run(args: readonly string[], output: Output): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({ args: [...args], allowPositionals: true, options: OPTIONS })
  } catch (error) {
    output.err(`${describeError(error)}\nRun with --help to see the usage.\n`)
    return EXIT_FAILED
  }
  const { values, positionals } = parsed
  if (values.help) {
    output.out(USAGE)
    return EXIT_OK
  }
  const [command, ...rest] = positionals
  try {
    if (command === undefined) throw usageError('Say what to do: import, import-project, annotations, export or stats.')
    const accepted = ACCEPTS[command]
    if (!accepted) throw usageError(`Unknown command “${command}”.`)
    const stray = (Object.keys(values) as (keyof Values)[]).find((key) => !accepted.includes(key))
    if (stray) throw usageError(`The ${command} command takes no --${stray}.`)
    if (command === 'import') {
      if (rest.length !== 1) throw usageError('Say which file to import: the usage is `import <file> [--json]`.')
      await importCommand(rest[0] as string, values, output)
    } else if (command === 'import-project') {
      if (rest.length !== 1) throw usageError('Say which project file to read: the usage is `import-project <file.qdpx|file.themata> [--json]`.')
      output.out(await importProjectCommand(rest[0] as string, values.json === true))
    } else if (command === 'annotations') {
      if (rest.length !== 2) throw usageError('Say which article and which annotations: `annotations <article> <annotations.json> [--json]`.')
      await annotationsCommand(rest[0] as string, rest[1] as string, values, output)
    } else if (command === 'stats') {
      if (rest.length > 0) throw usageError('The stats command takes options only: `stats --article <file> --annotations <annotations.json>`.')
      await statsCommand(values, output)
    } else {
      if (rest.length > 0) throw usageError('The export command takes options only: `export --format <format> --out <file> …`.')
      await exportCommand(values, output)
    }
    return EXIT_OK
  } catch (error) {
    if (error instanceof CliError && error.lines.length > 0) output.out(`${error.lines.join('\n')}\n`)
    output.err(`${messageOf(error, rest[0] ?? values.article ?? '')}\n`)
    return EXIT_FAILED
  }
}
