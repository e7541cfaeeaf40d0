import { execFile } from 'node:child_process'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { run, USAGE } from './cli'

const ROOT = resolve(__dirname, '../..')
const CORPUS = resolve(ROOT, '../shared/corpus')
const FIXTURES = join(ROOT, 'src/shared/import/fixtures')

async function cli(...args: string[]): Promise<{ status: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const status = await run(args, { out: (text) => (out += text), err: (text) => (err += text) })
  return { status, out, err }
}

describe('the CLI', () => {
  it('prints the normalized document as JSON', async () => {
    const { status, out, err } = await cli('import', join(CORPUS, 'seed-article.docx'), '--json')
    expect({ status, err }).toEqual({ status: 0, err: '' })
    const doc = JSON.parse(out)
    expect(Object.keys(doc)).toEqual(['title', 'metadata', 'blocks', 'text', 'fileName', 'format', 'contentHash', 'byteLength'])
    expect(doc).toMatchObject({ title: expect.stringMatching(/^Strikes on SOCAR/), format: 'docx', metadata: { author: 'Tural Heybatov', date: '2025-08-08' } })
    expect(doc.blocks[0]).toEqual({ type: 'heading', level: 1, text: doc.title })
  })

  it('prints the plain text without --json', async () => {
    const { status, out } = await cli('import', join(FIXTURES, 'briefing.odt'))
    expect(status).toBe(0)
    expect(out).toMatch(/^Grain corridor talks resume\n\nNegotiators met/)
  })

  it('says in one sentence on stderr why a file cannot be read, and exits 2', async () => {
    expect(await cli('import', join(FIXTURES, 'encrypted.pdf'), '--json')).toEqual({
      status: 2,
      out: '',
      err: '“encrypted.pdf” is password-protected; remove the password and open it again.\n'
    })
    expect(await cli('import', join(FIXTURES, 'missing.docx'))).toMatchObject({ status: 2, err: '“missing.docx” could not be found; it may have been moved or deleted.\n' })
  })

  it('documents itself with --help', async () => {
    expect(await cli('--help')).toEqual({ status: 0, out: USAGE, err: '' })
    expect(USAGE).toContain('import <file>')
    expect(USAGE).toContain('--json')
  })

  it.each([[[]], [['import']], [['export', 'a.txt']], [['import', 'a.txt', 'b.txt']], [['import', 'a.txt', '--yaml']]])('refuses the command line %j with exit 2', async (args) => {
    const { status, out, err } = await cli(...args)
    expect({ status, out }).toEqual({ status: 2, out: '' })
    expect(err).toMatch(/--help/)
  })

  it('runs with plain Node, as `npm run cli` starts it', async () => {
    const node = (...args: string[]) => promisify(execFile)(process.execPath, [join(ROOT, 'scripts/cli.mjs'), ...args], { cwd: ROOT })
    const { stdout, stderr } = await node('import', join(CORPUS, 'seed-article.pdf'), '--json')
    expect(stderr).toBe('')
    expect(JSON.parse(stdout)).toMatchObject({ format: 'pdf', blocks: expect.arrayContaining([{ type: 'paragraph', text: 'News.Az' }]) })
    await expect(node('import', join(FIXTURES, 'scanned.pdf'))).rejects.toMatchObject({
      code: 2,
      stdout: '',
      stderr: '“scanned.pdf”: This PDF has no text layer (scanned?) — OCR is not supported yet.\n'
    })
  })
})
