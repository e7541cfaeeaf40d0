/**
 * The headless command line. It imports through the very service the desktop app's main process
 * uses (importFile), so what it prints is what the app would open.
 */
import { parseArgs } from 'node:util'
import { SUPPORTED_EXTENSIONS } from '@shared/import/formats'
import { failureMessage } from '@shared/import/outcome'
import { importFile } from '../main/services/importFile'

export const USAGE = `Usage: npm run -s cli -- <command> [options]

Commands:
  import <file>   Read an article and print it: its plain text, or with --json the
                  normalized document. Formats: ${SUPPORTED_EXTENSIONS.join(' ')}

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
    parsed = parseArgs({ args: [...args], allowPositionals: true, options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } })
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
