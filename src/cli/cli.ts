/**
 * The headless command line. It imports through the very service the desktop app's main process
 * uses (importFile), and exports with the writers the app's export worker runs, so what it prints
 * or writes is what the app would.
 */
import { parseArgs } from 'node:util'
import { SUPPORTED_EXTENSIONS } from '@shared/import/formats'
import { isImportError } from '@shared/import/errors'
import { failureMessage } from '@shared/import/outcome'
import { describeWriteError, writeFileAtomic } from '../main/services/atomicWrite'
import { importFile } from '../main/services/importFile'
import { describeReportFormats, ReportExportError, runReportExport } from './reportExport'

export const USAGE = `Usage: npm run -s cli -- <command> [options]

Commands:
  import <file>   Read an article and print it: its plain text, or with --json the
                  normalized document. Formats: ${SUPPORTED_EXTENSIONS.join(' ')}

  export --article <file> --format <format> --out <file> [--annotations <w3c.json>] [--analyst <name>]
                  Write the article's report, coded passages or codebook. Formats:
${describeReportFormats('                    ')}
                  pdf needs Chromium (CHROMIUM_PATH, or /usr/bin/chromium). --annotations
                  (W3C Web Annotations) needs the W3C import; --analyst names the author of the
                  Word comments (default: your user name). The file is written whole or not at all.

Options:
  --json          Print the normalized document as JSON:
                    { "title": string,
                      "metadata": { "author"?, "date"? (YYYY-MM-DD), "source"?, "language"? },
                      "blocks": [{ "type": "heading" | "paragraph" | "listItem" | "quote" | "tableRow",
                                   "level"? (headings, 1-6), "text": string }],
                      "text": string (the blocks' texts joined by a blank line),
                      "fileName": string, "format": "txt" | "md" | "html" | "docx" | "odt" | "pdf",
                      "contentHash": string (SHA-256 of the file), "byteLength": number }
  -h, --help      Show this help.

Exit status: 0 when the command did its work; 2 when it could not (the reason is
printed on stderr, one sentence) or the command line is wrong.
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
  article: { type: 'string' },
  annotations: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  analyst: { type: 'string' }
} as const

const EXPORT_OPTIONS = ['article', 'annotations', 'format', 'out', 'analyst']

/** Runs one command line; returns the exit status. Never throws. */
export async function run(args: readonly string[], output: Output): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({ args: [...args], allowPositionals: true, options: OPTIONS })
  } catch (error) {
    output.err(`${error instanceof Error ? error.message : String(error)}\nRun with --help to see the usage.\n`)
    return EXIT_FAILED
  }
  const { values, positionals } = parsed
  if (values.help) {
    output.out(USAGE)
    return EXIT_OK
  }
  const [command, path, ...extra] = positionals
  if (command === 'export') return exportCommand(values, positionals.slice(1), output)
  const stray = EXPORT_OPTIONS.find((key) => key in values)
  if (command !== 'import' || path === undefined || extra.length > 0 || stray) {
    output.err(`${command === undefined || command === 'import' ? 'Say which file to import' : `Unknown command “${command}”`}: the usage is \`import <file> [--json]\`. Run with --help for more.\n`)
    return EXIT_FAILED
  }
  try {
    const document = await importFile(path)
    output.out(values.json ? `${JSON.stringify(document, null, 2)}\n` : `${document.text}\n`)
    return EXIT_OK
  } catch (error) {
    output.err(`${failureMessage(path, error)}\n`)
    return EXIT_FAILED
  }
}

type Values = ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: typeof OPTIONS }>>['values']

async function exportCommand(values: Values, rest: readonly string[], output: Output): Promise<number> {
  const fail = (message: string): number => {
    output.err(`${message}\n`)
    return EXIT_FAILED
  }
  const usage = 'the usage is `export --article <file> --format <format> --out <file>`. Run with --help for more.'
  if (rest.length > 0 || values.json) return fail(`The export command takes options only: ${usage}`)
  if (!values.format) return fail(`Say which format to export: ${usage}`)
  if (!values.out) return fail(`Say where to write the export: ${usage}`)
  let result
  try {
    result = await runReportExport({ format: values.format, article: values.article, annotations: values.annotations, analyst: values.analyst })
  } catch (error) {
    if (error instanceof ReportExportError || isImportError(error)) return fail(error.message)
    return fail(failureMessage(values.article ?? '', error))
  }
  try {
    await writeFileAtomic(values.out, result.data)
  } catch (error) {
    return fail(describeWriteError(values.out, error))
  }
  output.out(`${[...result.lines, `to ${values.out}`].join(' ')}\n`)
  return EXIT_OK
}
