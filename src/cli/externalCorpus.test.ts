/**
 * The CLI on every file of ../shared/external's hostile, office and PDF folders: the sentence each
 * README names in the JSON it prints, or the refusal it expects on stderr with exit 2; no payload of
 * the hostile pages runs in the DOM window the import uses; and the real command (plain Node, as
 * `npm run -s cli` starts it) prints a hostile page and a hostile Markdown file.
 */
import { execFile } from 'node:child_process'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { comparable, EXTERNAL, hostileSentences, manifest } from '../../e2e/support/externalCorpus'
import { nodeImportEnv } from '../main/services/nodeImportEnv'
import { run } from './cli'

const ROOT = resolve(__dirname, '../..')
const REFUSED: Record<string, string> = {
  'external-picture.docx': '“external-picture.docx” has no readable text.\n',
  'encrypted-with-pwd_hello.odt': '“encrypted-with-pwd_hello.odt” is password-protected; remove the password and open it again.\n'
}

const files = [
  ...[...hostileSentences()].map(([file, sentence]) => ({ path: join(EXTERNAL, 'hostile', file), file, sentence })),
  ...(['office', 'pdf'] as const).flatMap((folder) =>
    manifest(folder).map((entry) => ({ path: join(EXTERNAL, folder, entry.file), file: entry.file, sentence: entry.sentence ?? entry.probes?.[0]?.text ?? '' }))
  )
]

async function cli(path: string): Promise<{ status: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const status = await run(['import', path, '--json'], { out: (text) => (out += text), err: (text) => (err += text) })
  return { status, out, err }
}

describe('the CLI on the external corpus', { timeout: 60_000 }, () => {
  it.each(files.map((f) => [f.file, f] as const))('%s: its sentence, or the refusal its README expects', async (file, { path, sentence }) => {
    const { status, out, err } = await cli(path)
    if (file in REFUSED) {
      expect({ status, out, err }).toEqual({ status: 2, out: '', err: REFUSED[file] })
      return
    }
    expect({ status, err }).toEqual({ status: 0, err: '' })
    expect(comparable((JSON.parse(out) as { text: string }).text)).toContain(comparable(sentence))
  })

  it('runs no payload of the hostile pages in the DOM window it imports with', async () => {
    for (const { path } of files.filter((f) => f.file.startsWith('hostile-'))) expect((await cli(path)).status).toBe(0)
    expect((nodeImportEnv().window as unknown as { __pwned?: unknown }).__pwned).toBeUndefined()
    expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined()
  })

  it('prints hostile pages as `npm run -s cli` does, with plain Node', { timeout: 60_000 }, async () => {
    const node = (path: string) => promisify(execFile)(process.execPath, [join(ROOT, 'scripts/cli.mjs'), 'import', path, '--json'], { cwd: ROOT })
    // One page of each kind; the in-process runs above cover every file with the same code.
    const hostile = files.filter((f) => ['hostile-01-dompurify-fixtures-a.html', 'hostile-md-01-markdown-it-xss.md'].includes(f.file))
    const printed = await Promise.all(hostile.map(({ path }) => node(path)))
    printed.forEach(({ stdout, stderr }, i) => {
      expect(stderr).toBe('')
      expect(comparable((JSON.parse(stdout) as { text: string }).text)).toContain(comparable(hostile[i]?.sentence ?? ''))
    })
  })
})
