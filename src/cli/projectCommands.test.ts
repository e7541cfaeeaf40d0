import { execFile } from 'node:child_process'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { xsdErrors } from '@shared/codebookExchange/testSupport'
import { projectXsdErrors, REFI_QDA } from '@shared/qdpx/testSupport'
import { run } from './cli'

const ROOT = resolve(__dirname, '../..')
const NVIVO = join(REFI_QDA, 'nvivo12.6-win--oltas0517.qdpx')

async function cli(...args: string[]): Promise<{ status: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const status = await run(args, { out: (text) => (out += text), err: (text) => (err += text) })
  return { status, out, err }
}

describe('import-project', () => {
  it('prints the report as JSON with exactly the documented keys', async () => {
    const { status, out, err } = await cli('import-project', NVIVO, '--json')
    expect({ status, err }).toEqual({ status: 0, err: '' })
    const report = JSON.parse(out)
    expect(Object.keys(report)).toEqual(['articles', 'themes', 'passages', 'notes', 'unplaced'])
    expect(report).toEqual({
      articles: [
        { title: 'videos_selection', characters: 621065, passages: 0 },
        { title: 'videos_10_selected', characters: 586056, passages: 188 }
      ],
      themes: 152,
      passages: 188,
      notes: 0,
      unplaced: []
    })
  })

  it('lists what could not be placed, and prints a readable report without --json', async () => {
    const json = JSON.parse((await cli('import-project', join(REFI_QDA, 'atlasti8-mac--standard-project.qde'), '--json')).out)
    expect(json.unplaced).toContainEqual({ source: 'cornflakes-n-milk.jpg', reason: 'skipped: a picture, and Themata imports text only; its 1 selection was not imported' })
    const { status, out } = await cli('import-project', NVIVO)
    expect(status).toBe(0)
    expect(out).toMatch(/^Imported 2 articles, 152 themes, 188 passages and 0 notes\.\n/)
    expect(out).toContain('videos_10_selected: UTF-16 units')
  })

  it.each([
    [join(REFI_QDA, 'broken--demo-is-html.qdpx'), '“broken--demo-is-html.qdpx” is not a zip archive, so it is not a REFI-QDA project (.qdpx).'],
    [join(REFI_QDA, 'missing.qdpx'), '“missing.qdpx” could not be found; it may have been moved or deleted.'],
    [join(REFI_QDA, 'taguette1.4.1--codebook.qdc'), '“taguette1.4.1--codebook.qdc” is not a project file Themata can import (.qdpx, .qde, .themata).'],
    [REFI_QDA, '“refi-qda” is not a file.']
  ])('refuses %s in one sentence, exit 2', async (path, sentence) => {
    expect(await cli('import-project', path, '--json')).toEqual({ status: 2, out: '', err: `${sentence}\n` })
  })
})

describe('export --project', () => {
  it('converts .qdpx → .themata → .qdpx → .qdc, each valid and holding the same project', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'themata-cli-project-'))
    const before = JSON.parse((await cli('import-project', NVIVO, '--json')).out)

    const backup = join(dir, 'oltas.themata')
    const wrote = await cli('export', '--project', NVIVO, '--format', 'themata', '--out', backup)
    expect(wrote).toEqual({ status: 0, out: `Wrote “Untitled” (2 articles, 152 themes, 188 passages) to ${backup}\n`, err: '' })
    expect(JSON.parse((await cli('import-project', backup, '--json')).out)).toEqual(before)

    const qdpx = join(dir, 'oltas.qdpx')
    expect((await cli('export', '--project', backup, '--format', 'qdpx', '--out', qdpx)).status).toBe(0)
    const files = unzipSync(new Uint8Array(await readFile(qdpx)))
    expect(await projectXsdErrors(new TextDecoder().decode(files['project.qde']))).toBe('')
    expect(JSON.parse((await cli('import-project', qdpx, '--json')).out)).toEqual(before)

    const qdc = join(dir, 'oltas.qdc')
    expect((await cli('export', '--project', qdpx, '--format', 'qdc', '--out', qdc)).status).toBe(0)
    expect(await xsdErrors(await readFile(qdc, 'utf8'))).toBe('')
  })

  it('refuses a missing --project, a file that is not a project, and an unwritable --out, writing nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'themata-cli-project-'))
    expect(await cli('export', '--format', 'qdpx', '--out', join(dir, 'x.qdpx'))).toMatchObject({ status: 2, err: 'Say which project to export: --project <file.qdpx|file.qde|file.themata>.\n' })
    expect(await cli('export', '--project', join(REFI_QDA, 'broken--demo-is-html.qdpx'), '--format', 'themata', '--out', join(dir, 'x.themata'))).toMatchObject({
      status: 2,
      err: '“broken--demo-is-html.qdpx” is not a zip archive, so it is not a REFI-QDA project (.qdpx).\n'
    })
    expect(await cli('export', '--project', NVIVO, '--format', 'qdpx', '--out', join(dir, 'gone', 'x.qdpx'))).toMatchObject({ status: 2, err: 'Could not save “x.qdpx”: the folder no longer exists.\n' })
  })

  it('runs with plain Node, as `npm run cli` starts it', async () => {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [join(ROOT, 'scripts/cli.mjs'), 'import-project', join(REFI_QDA, 'qc1.3.2--demo.qdpx'), '--json'], { cwd: ROOT })
    expect(stderr).toBe('')
    expect(JSON.parse(stdout)).toMatchObject({ themes: 262, passages: 158, unplaced: [] })
  })
})
