import { execFile } from 'node:child_process'
import { mkdtemp, readdir, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { playwrightPdfPrinter } from '../main/services/playwrightPdf'
import { run } from './cli'
import { runReportExport } from './reportExport'

const ROOT = resolve(__dirname, '../..')
const SEED = resolve(ROOT, '../shared/corpus/seed-article.docx')

async function cli(...args: string[]): Promise<{ status: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const status = await run(args, { out: (text) => (out += text), err: (text) => (err += text) })
  return { status, out, err }
}

describe('the CLI export command', () => {
  it.each([
    ['html', (b: Buffer) => b.toString('utf8').startsWith('<!doctype html>') && b.toString('utf8').includes('Strikes on SOCAR')],
    ['md', (b: Buffer) => b.toString('utf8').includes('# Strikes on SOCAR')],
    ['csv', (b: Buffer) => b.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])) && b.toString('utf8').includes('Project,Article')],
    ['docx', (b: Buffer) => b.subarray(0, 2).toString() === 'PK'],
    ['xlsx', (b: Buffer) => b.subarray(0, 2).toString() === 'PK'],
    ['codebook-md', (b: Buffer) => b.toString('utf8').includes('# Codebook')],
    ['pdf', (b: Buffer) => b.subarray(0, 5).toString() === '%PDF-']
  ])('writes %s with the app’s own writers, whole, and says so', async (format, looksRight) => {
    const dir = await mkdtemp(join(tmpdir(), 'themata-cli-'))
    const out = join(dir, `report.${format}`)
    const result = await cli('export', '--article', SEED, '--format', format, '--out', out, '--analyst', 'Leyla')
    expect(result).toMatchObject({ status: 0, err: '' })
    expect(result.out).toMatch(new RegExp(`^Wrote .* of “Strikes on SOCAR.*” with 0 passages to ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n$`))
    expect(looksRight(await readFile(out))).toBe(true)
    expect(await readdir(dir)).toEqual([`report.${format}`])
  }, 60_000)

  it.each([
    [['export', '--article', SEED, '--format', 'rtf', '--out', '/tmp/x.rtf'], 'Themata cannot export “rtf”; it can export html, pdf, docx, md, csv, xlsx, codebook-html, codebook-docx, codebook-md.\n'],
    [['export', '--article', '/nowhere/a.docx', '--format', 'html', '--out', '/tmp/x.html'], '“a.docx” could not be found; it may have been moved or deleted.\n'],
    [['export', '--format', 'html', '--out', '/tmp/x.html'], 'Say which article to export: --article <file>.\n'],
    [['export', '--article', SEED, '--format', 'html', '--out', '/nowhere/x.html'], 'Could not save “x.html”: the folder no longer exists.\n']
  ])('says in one sentence why %j cannot be done, and exits 2', async (args, message) => {
    expect(await cli(...args)).toEqual({ status: 2, out: '', err: message })
  })

  it.each([[['export']], [['export', '--format', 'html']], [['export', 'a.txt', '--format', 'html', '--out', 'x']], [['import', 'a.txt', '--format', 'html']]])('refuses the command line %j, pointing at --help', async (args) => {
    const { status, out, err } = await cli(...args)
    expect({ status, out }).toEqual({ status: 2, out: '' })
    expect(err).toMatch(/--help/)
  })

  it('says that --annotations needs the W3C import, and reads them through the reader given', async () => {
    await expect(runReportExport({ format: 'html', article: SEED, annotations: 'a.json' })).rejects.toThrow(/^This build cannot read --annotations yet/)
    const result = await runReportExport(
      { format: 'csv', article: SEED, annotations: 'a.json' },
      {
        readAnnotations: async (_path, document) => {
          const start = document.text.indexOf('SOCAR is not just')
          const tag = { id: 't', name: 'Energy', color: '#d97706', description: '', memo: '', parentId: null, order: 0, shortcut: null }
          return { tags: [tag], annotations: [{ id: 'a', documentId: 'd', start, end: start + 17, exact: 'SOCAR is not just', prefix: '', suffix: '', tagIds: ['t'], note: 'Кириллица', createdAt: 0, updatedAt: 0 }] }
        }
      }
    )
    expect(result.lines[0]).toMatch(/with 1 passage$/)
    expect(result.data as string).toContain(',Energy,Energy,SOCAR is not just,Кириллица,')
  })

  it('says in one sentence that PDF needs Chromium when there is none', async () => {
    await expect(runReportExport({ format: 'pdf', article: SEED }, { printer: playwrightPdfPrinter(null) })).rejects.toThrow(/^PDF needs Chromium: [^\n]*\.$/)
  })

  it('runs with plain Node, as `npm run cli` starts it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'themata-cli-'))
    const node = (...args: string[]) => promisify(execFile)(process.execPath, [join(ROOT, 'scripts/cli.mjs'), ...args], { cwd: ROOT })
    const { stdout, stderr } = await node('export', '--article', SEED, '--format', 'docx', '--out', join(dir, 'r.docx'))
    expect(stderr).toBe('')
    expect(stdout).toMatch(/^Wrote Word with comments/)
    await expect(node('export', '--article', SEED, '--format', 'odt', '--out', join(dir, 'r.odt'))).rejects.toMatchObject({ code: 2, stdout: '', stderr: expect.stringMatching(/^Themata cannot export “odt”/) })
  }, 60_000)
})
