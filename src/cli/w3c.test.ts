import { execFile } from 'node:child_process'
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { mustsValidator } from '@shared/w3c/testSupport'
import { run } from './cli'

const ROOT = resolve(__dirname, '../..')
const W3C = resolve(ROOT, '../shared/external/w3c')
const PAGE = join(W3C, 'recogito-js--index.html')
const ANNOTATIONS = join(W3C, 'recogito-js--annotations.w3c.json')

async function cli(...args: string[]): Promise<{ status: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const status = await run(args, { out: (text) => (out += text), err: (text) => (err += text) })
  return { status, out, err }
}

describe('the CLI with W3C Web Annotations', () => {
  it('places another tool\'s annotations on an article and prints the report', async () => {
    const { status, out, err } = await cli('annotations', PAGE, ANNOTATIONS)
    expect({ status, err }).toEqual({ status: 0, err: '' })
    expect(out).toBe(
      '3 of 4 annotations placed (3 by quote); 1 skipped (not about a passage of this article); 2 new themes.\n' +
        'New themes: A Tag, Another Tag\n' +
        'Skipped #9ba844a7-e8ec-4127-ad12-1f7f16a240c6: it is about a whole resource, not a passage of text\n'
    )
  })

  it('prints the report as JSON with positions in code points', async () => {
    const { status, out } = await cli('annotations', PAGE, ANNOTATIONS, '--json')
    expect(status).toBe(0)
    const report = JSON.parse(out)
    expect(report).toMatchObject({ article: { fileName: 'recogito-js--index.html', characters: 1200 }, file: { kind: 'W3C annotations', total: 4 }, orphaned: [], newThemes: ['A Tag', 'Another Tag'] })
    expect(report.placed.map((p: { exact: string; method: string }) => [p.exact, p.method])).toEqual([
      ['Troy', 'quote'],
      ['death in battle', 'quote'],
      ['Ithaca', 'quote']
    ])
  })

  it('exports them as a valid AnnotationCollection that anchors back by position, written atomically', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'themata-cli-'))
    const out = join(dir, 'odyssey.w3c.json')
    const exported = await cli('export', '--format', 'w3c', '--article', PAGE, '--annotations', ANNOTATIONS, '--out', out, '--creator', 'A. Analyst')
    expect(exported).toMatchObject({ status: 0, err: '' })
    expect(exported.out).toMatch(/Wrote 3 annotations on “RecogitoJS \| Development” to .*odyssey\.w3c\.json\n$/)
    expect(await readdir(dir)).toEqual(['odyssey.w3c.json'])
    const collection = JSON.parse(await readFile(out, 'utf8'))
    expect(mustsValidator('collections/collectionMusts.test')(collection)).toEqual([])
    const musts = mustsValidator('annotations/annotationMusts.test')
    for (const item of collection.first.items) expect(musts(item)).toEqual([])
    expect(collection.first.items[0]).toMatchObject({ creator: { name: 'A. Analyst' }, body: [{ purpose: 'tagging', value: 'A Tag' }, { purpose: 'tagging', value: 'Another Tag' }, { purpose: 'commenting', value: 'This is a comment' }] })
    const back = JSON.parse((await cli('annotations', PAGE, out, '--json')).out)
    expect(back.placed.map((p: { method: string; unit: string }) => `${p.method} ${p.unit}`)).toEqual(['position code points', 'position code points', 'position code points'])
  })

  it('writes one annotation per line when the output ends in .jsonl, and an empty collection with no annotations given', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'themata-cli-'))
    expect((await cli('export', '--format', 'w3c', '--article', PAGE, '--annotations', ANNOTATIONS, '--out', join(dir, 'a.jsonl'))).status).toBe(0)
    expect((await readFile(join(dir, 'a.jsonl'), 'utf8')).trimEnd().split('\n').map((l) => JSON.parse(l).type)).toEqual(['Annotation', 'Annotation', 'Annotation'])
    expect((await cli('export', '--format', 'w3c', '--article', PAGE, '--out', join(dir, 'none.json'))).status).toBe(0)
    expect(JSON.parse(await readFile(join(dir, 'none.json'), 'utf8'))).toMatchObject({ type: 'AnnotationCollection', total: 0 })
  })

  it('lists annotations that do not anchor and exits 2 when none does, writing nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'themata-cli-'))
    const elsewhere = join(W3C, 'text-annotator--index.html')
    const swa = join(W3C, 'swa--annotations.json')
    const shown = await cli('annotations', elsewhere, swa)
    expect(shown.status).toBe(2)
    expect(shown.out).toMatch(/^0 of 25 annotations placed; 6 orphaned \(text not found\); 19 skipped/)
    expect(shown.out).toContain('“Woensdag 2 Maart 1812” — its quote is not in this article')
    expect(shown.err).toBe('None of the 25 annotations in “swa--annotations.json” could be placed on “text-annotator--index.html”; the report above says why.\n')
    const exported = await cli('export', '--format', 'w3c', '--article', elsewhere, '--annotations', swa, '--out', join(dir, 'x.json'))
    expect(exported.status).toBe(2)
    expect(exported.err).toBe('None of the annotations in “swa--annotations.json” could be placed on “text-annotator--index.html”; nothing was written.\n')
    expect(await readdir(dir)).toEqual([])
  })

  it('exits 0 and lists the orphans when only some anchor', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'themata-cli-'))
    const file = join(dir, 'some.json')
    const quote = (exact: string) => ({ type: 'Annotation', target: { selector: { type: 'TextQuoteSelector', exact } } })
    await writeFile(file, JSON.stringify([quote('the famous town of Troy'), quote('a sentence that is in no Odyssey')]))
    const { status, out, err } = await cli('annotations', PAGE, file)
    expect({ status, err }).toEqual({ status: 0, err: '' })
    expect(out).toContain('Orphaned #2: “a sentence that is in no Odyssey” — its quote is not in this article')
  })

  it.each([
    [['annotations', PAGE, join(W3C, 'missing.json')], '“missing.json” could not be found; it may have been moved or deleted.'],
    [['annotations', PAGE, PAGE], '“recogito-js--index.html” is not valid JSON, so it holds no annotations Themata can read.'],
    [['export', '--format', 'w3c', '--out', '/tmp/x.json'], 'Say which article the annotations are on: --article <file>.'],
    [['export', '--format', 'odt', '--out', '/tmp/x.odt'], 'Themata cannot export “odt”; it can export w3c, html, pdf, docx, md, csv, xlsx, codebook-html, codebook-docx, codebook-md, qdpx, qdc, themata. Run with --help to see the usage.'],
    [['export', '--format', 'w3c', '--article', PAGE], 'Say where to write the export: --out <file>. Run with --help to see the usage.'],
    [['export', '--format', 'w3c', '--article', PAGE, '--out', '/nonexistent-folder/x.json'], 'Could not save “x.json”: the folder no longer exists.'],
    [['annotations', PAGE, ANNOTATIONS, '--out', 'x'], 'The annotations command takes no --out. Run with --help to see the usage.']
  ])('refuses %j with one sentence and exit 2', async (args, message) => {
    const { status, err } = await cli(...args)
    expect({ status, err }).toEqual({ status: 2, err: `${message}\n` })
  })

  it('runs with plain Node, as `npm run cli` starts it', async () => {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [join(ROOT, 'scripts/cli.mjs'), 'annotations', PAGE, ANNOTATIONS, '--json'], { cwd: ROOT })
    expect(stderr).toBe('')
    expect(JSON.parse(stdout).placed).toHaveLength(3)
  })
})
