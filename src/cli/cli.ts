/**
 * The headless command line. It imports through the very service the desktop app's main process
 * uses (importFile), so what it prints is what the app would open.
 */
import { parseArgs } from 'node:util'
import { SUPPORTED_EXTENSIONS } from '@shared/import/formats'
import { failureMessage } from '@shared/import/outcome'
import { importFile } from '../main/services/importFile'
import { stats, StatsError, statsText } from './statsCommand'

export const USAGE = `Usage: npm run -s cli -- <command> [options]

Commands:
  import <file>   Read an article and print it: its plain text, or with --json the
                  normalized document. Formats: ${SUPPORTED_EXTENSIONS.join(' ')}
  stats --article <file> --annotations <w3c.json> [--rollup] [--by paragraph] [--json]
                  Theme frequencies, coverage and co-occurrence of the article's passages,
                  as the Analysis view counts them. The annotations (W3C Web Annotations:
                  one, a list, a collection, JSON Lines, or a Hypothesis search response)
                  are placed by their TextPositionSelector, else their TextQuoteSelector;
                  their themes are their tagging bodies ("Parent/Child" paths). --rollup
                  counts sub-themes in their parent; --by paragraph counts co-occurrence by
                  shared paragraph instead of overlap. (--project <file>, for a whole
                  project, waits for project files Themata can read.)

Options:
  --json          Print the normalized document as JSON:
                    { "title": string,
                      "metadata": { "author"?, "date"? (YYYY-MM-DD), "source"?, "language"? },
                      "blocks": [{ "type": "heading" | "paragraph" | "listItem" | "quote" | "tableRow",
                                   "level"? (headings, 1-6), "text": string }],
                      "text": string (the blocks' texts joined by a blank line),
                      "fileName": string, "format": "txt" | "md" | "html" | "docx" | "odt" | "pdf",
                      "contentHash": string (SHA-256 of the file), "byteLength": number }
  --json          (stats) Print { "themes": [{ "name", "path" ("Parent > Child"), "passages",
                  "articles", "characters", "share" (0-1) }], "cooccurrence": { "themes": [names],
                  "counts": [[pairs of co-occurring passages; the diagonal: the theme's passages]] } }
  -h, --help      Show this help.

Exit status: 0 when the article was read; 2 when it could not be (the reason is
printed on stderr, one sentence) or the command line is wrong.
`

export interface Output {
  out(text: string): void
  err(text: string): void
}

export const EXIT_OK = 0
export const EXIT_FAILED = 2

/** Runs one command line; returns the exit status. Never throws. */
export async function run(args: readonly string[], output: Output): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        article: { type: 'string' },
        annotations: { type: 'string' },
        project: { type: 'string' },
        rollup: { type: 'boolean' },
        by: { type: 'string' }
      }
    })
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
  if (command === 'stats') return statsRun(values, positionals.slice(1), output)
  if (command !== 'import' || path === undefined || extra.length > 0) {
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

async function statsRun(values: { json?: boolean; article?: string; annotations?: string; project?: string; rollup?: boolean; by?: string }, extra: readonly string[], output: Output): Promise<number> {
  const fail = (message: string): number => {
    output.err(`${message}\n`)
    return EXIT_FAILED
  }
  if (values.project !== undefined) return fail('Statistics of a whole project (--project) are not available yet: Themata cannot read project files yet. Use --article <file> --annotations <w3c.json>.')
  if (extra.length > 0 || !values.article || !values.annotations) return fail('Say which article and annotations to count: the usage is `stats --article <file> --annotations <w3c.json> [--json]`. Run with --help for more.')
  if (values.by !== undefined && values.by !== 'overlap' && values.by !== 'paragraph') return fail(`--by takes overlap or paragraph, not “${values.by}”.`)
  try {
    const result = await stats({ article: values.article, annotations: values.annotations, rollUp: values.rollup === true, by: values.by === 'paragraph' ? 'paragraph' : 'overlap' })
    output.out(values.json ? `${JSON.stringify(result.summary, null, 2)}\n` : statsText(result))
    return EXIT_OK
  } catch (error) {
    return fail(error instanceof StatsError ? error.message : failureMessage(values.article, error))
  }
}
