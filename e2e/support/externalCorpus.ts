/**
 * The files other projects wrote, in ../shared/external (office/, pdf/, hostile/), and what each must
 * give, read from their READMEs and manifests: shared by the unit tests and the e2e specs.
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const EXTERNAL = resolve(__dirname, '../../../shared/external')

export interface ManifestFile {
  file: string
  sentence: string | null
  probes?: { what: string; text: string }[]
}

/** The entries of office/manifest.json or pdf/manifest.json. */
export function manifest(folder: 'office' | 'pdf'): ManifestFile[] {
  return (JSON.parse(readFileSync(join(EXTERNAL, folder, 'manifest.json'), 'utf8')) as { files: ManifestFile[] }).files
}

/** As the READMEs advise comparing: NFKC, no bidi embedding marks, whitespace collapsed. */
export function comparable(text: string): string {
  return text.normalize('NFKC').replace(/[\u202a-\u202e]/g, '').replace(/\s+/g, ' ').trim()
}

/** Each hostile page and its distinctive sentence, from the table in hostile/README.md. */
export function hostileSentences(): Map<string, string> {
  const readme = readFileSync(join(EXTERNAL, 'hostile', 'README.md'), 'utf8')
  const rows = readme.matchAll(/^\| `(hostile-[\w-]+\.(?:html|md))` \|.*\| `([^`]+)` \|$/gm)
  return new Map(Array.from(rows, ([, file, sentence]) => [file as string, sentence as string]))
}

/** Where each hostile payload reports that it ran (hostile/README.md, "Detection signals"). */
export const PWNED_HOST = '127.0.0.1:9'
