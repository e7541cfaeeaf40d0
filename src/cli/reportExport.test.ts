import { execFile } from 'node:child_process'
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { playwrightPdfPrinter } from '../main/services/playwrightPdf'
import { run } from './cli'
import { runReportExport } from './reportExport'

const ROOT = resolve(__dirname, '../..')
const SEED = resolve(ROOT, '../shared/corpus/seed-article.docx')
const W3C = resolve(ROOT, '../shared/external/w3c')
const PAGE = join(W3C, 'recogito-js--index.html')
const ANNOTATIONS = join(W3C, 'recogito-js--annotations.w3c.json')

async function cli(...args: string[]): Promise<{ status: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const status = await run(args, { out: (text) => (out += text), err: (text) => (err += text) })
  return { status, out, err }
}

/** Two passages on the seed article as another tool would write them: W3C annotations with a theme, a note in Cyrillic. */
async function seedAnnotations(dir: string): Promise<string> {
  const annotation = (id: string, exact: string, tag: string, note: string): object => ({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'Annotation',
    body: [
      { type: 'TextualBody', purpose: 'tagging', value: tag },
      { type: 'TextualBody', purpose: 'commenting', value: note }
    ],
    target: { selector: { type: 'TextQuoteSelector', exact } }
  })
  const path = join(dir, 'seed.w3c.json')
  await writeFile(
    path,
    JSON.stringify([
      annotation('urn:uuid:1', 'SOCAR is not just a national oil and gas company', 'Economic pressure/Energy', 'Ключевой тезис'),
      // A "/" inside a theme name is written "\/" in a W3C tag (a plain "/" separates a sub-theme from its parent).
      annotation('urn:uuid:2', 'an attempt by Moscow to exert pressure on Baku', '=cmd|\' \\/C calc\'!A0', 'He said "no" 🔥')
    ])
  )
  return path
}

describe('the CLI export command, report formats', () => {
  it('writes the report’s headings in the language --lang names, and refuses one it does not speak', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'themata-cli-'))
    const out = join(dir, 'report.html')
    expect(await cli('export', '--article', SEED, '--format', 'html', '--lang', 'ru', '--out', out)).toMatchObject({ status: 0, err: '' })
    const html = await readFile(out, 'utf8')
    expect(html).toContain('<html lang="ru">')
    expect(html).toContain('<h2>Фрагменты по темам</h2>')
    const refused = await cli('export', '--article', SEED, '--format', 'html', '--lang', 'de', '--out', join(dir, 'de.html'))
    expect(refused).toMatchObject({ status: 2, out: '' })
    expect(refused.err).toContain('Themata writes reports in en, ru, az; “de” is not one of them.')
  }, 60_000)

  it.each([
    ['html', (b: Buffer) => b.toString('utf8').startsWith('<!doctype html>') && b.toString('utf8').includes('Strikes on SOCAR')],
    ['md', (b: Buffer) => b.toString('utf8').includes('# Strikes on SOCAR')],
    ['csv', (b: Buffer) => b.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])) && b.toString('utf8').includes('Project,Article')],
    ['docx', (b: Buffer) => b.subarray(0, 2).toString() === 'PK'],
    ['xlsx', (b: Buffer) => b.subarray(0, 2).toString() === 'PK'],
    ['codebook-md', (b: Buffer) => b.toString('utf8').includes('# Codebook')],
    ['pdf', (b: Buffer) => b.subarray(0, 5).toString() === '%PDF-']
  ])('writes %s of an article alone with the app’s own writers, whole, and says so', async (format, looksRight) => {
    const dir = await mkdtemp(join(tmpdir(), 'themata-cli-'))
    const out = join(dir, `report.${format}`)
    const result = await cli('export', '--article', SEED, '--format', format, '--out', out)
    expect(result).toMatchObject({ status: 0, err: '' })
    expect(result.out).toBe(`Wrote ${result.out.slice(6, result.out.indexOf(' of “'))} of “Strikes on SOCAR and the collapse of the CIS: How Russia is escalating hostility toward Azerbaijan” with 0 passages to ${out}\n`)
    expect(looksRight(await readFile(out))).toBe(true)
    expect(await readdir(dir)).toEqual([`report.${format}`])
  }, 60_000)

  it('places --annotations as the annotations command does, then writes them: Word comments by --creator, CSV rows', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'themata-cli-'))
    const annotations = await seedAnnotations(dir)
    const docx = await cli('export', '--article', SEED, '--annotations', annotations, '--format', 'docx', '--out', join(dir, 'r.docx'), '--creator', 'Leyla Həsənova')
    expect(docx).toMatchObject({ status: 0, err: '' })
    expect(docx.out.trimEnd().split('\n').at(-1)).toMatch(/^Wrote Word with comments \(\.docx\) of “Strikes on SOCAR.*” with 2 passages to .*r\.docx$/)
    const comments = strFromU8(unzipSync(new Uint8Array(await readFile(join(dir, 'r.docx'))))['word/comments.xml'] as Uint8Array)
    expect(comments).toContain('w:author="Leyla Həsənova"')
    expect(comments).toContain('Ключевой тезис')
    expect(comments).toContain('<w:t xml:space="preserve">Energy</w:t>')

    const csv = await cli('export', '--article', SEED, '--annotations', annotations, '--format', 'csv', '--out', join(dir, 'r.csv'))
    expect(csv.status).toBe(0)
    const rows = (await readFile(join(dir, 'r.csv'), 'utf8')).split('\r\n')
    expect(rows[1]).toContain(',Energy,Economic pressure / Energy,SOCAR is not just a national oil and gas company,Ключевой тезис,')
    expect(rows[2]).toContain(`,"'=cmd|' /C calc'!A0","'=cmd|' /C calc'!A0",an attempt by Moscow to exert pressure on Baku,"He said ""no"" 🔥",`)
  }, 60_000)

  it('writes the report of another tool’s annotations, and nothing when none of them can be placed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'themata-cli-'))
    const ok = await cli('export', '--article', PAGE, '--annotations', ANNOTATIONS, '--format', 'md', '--out', join(dir, 'odyssey.md'))
    expect(ok.status).toBe(0)
    expect(ok.out).toMatch(/^3 of 4 annotations placed/)
    expect(await readFile(join(dir, 'odyssey.md'), 'utf8')).toContain('> Troy')
    const none = await cli('export', '--article', SEED, '--annotations', ANNOTATIONS, '--format', 'md', '--out', join(dir, 'none.md'))
    expect(none.status).toBe(2)
    expect(none.err).toMatch(/^None of the annotations in “recogito-js--annotations\.w3c\.json” could be placed on “seed-article\.docx”; nothing was written\.\n$/)
    expect(await readdir(dir)).toEqual(['odyssey.md'])
  }, 60_000)

  it.each([
    [['export', '--article', SEED, '--format', 'rtf', '--out', '/tmp/x.rtf'], /^Themata cannot export “rtf”; it can export w3c, html, pdf, docx, md, csv, xlsx, codebook-html, codebook-docx, codebook-md, qdpx, qdc, themata\. Run with --help to see the usage\.\n$/],
    [['export', '--article', '/nowhere/a.docx', '--format', 'html', '--out', '/tmp/x.html'], /^“a\.docx” could not be found; it may have been moved or deleted\.\n$/],
    [['export', '--format', 'xlsx', '--out', '/tmp/x.xlsx'], /^Say which article to export: --article <file>\.\n$/],
    [['export', '--article', SEED, '--format', 'html', '--out', '/nowhere/x.html'], /^Could not save “x\.html”: the folder no longer exists\.\n$/]
  ])('says in one sentence why %j cannot be done, and exits 2', async (args, message) => {
    const result = await cli(...args)
    expect({ status: result.status, out: result.out }).toEqual({ status: 2, out: '' })
    expect(result.err).toMatch(message)
  })

  it('says in one sentence that PDF needs Chromium when there is none', async () => {
    await expect(runReportExport('pdf', { article: SEED, out: 'x.pdf' }, { printer: playwrightPdfPrinter(null) })).rejects.toThrow(/^PDF needs Chromium: [^\n]*\.$/)
  })

  it('runs with plain Node, as `npm run cli` starts it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'themata-cli-'))
    const node = (...args: string[]) => promisify(execFile)(process.execPath, [join(ROOT, 'scripts/cli.mjs'), ...args], { cwd: ROOT })
    const { stdout, stderr } = await node('export', '--article', SEED, '--format', 'xlsx', '--out', join(dir, 'r.xlsx'))
    expect(stderr).toBe('')
    expect(stdout).toMatch(/^Wrote Excel/)
    await expect(node('export', '--article', SEED, '--format', 'odt', '--out', join(dir, 'r.odt'))).rejects.toMatchObject({ code: 2, stdout: '', stderr: expect.stringMatching(/^Themata cannot export “odt”/) })
  }, 60_000)
})
