import { execFile } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import { importFile } from '../main/services/importFile'
import { run } from './cli'

const ROOT = resolve(__dirname, '../..')
const ARTICLE = resolve(ROOT, '../shared/corpus/seed-article.txt')

// Paragraph 2: A and C overlap B; D, in paragraph 3, is a sub-theme of Hybrid tactics.
const A = 'Repeated missile strikes on the gas infrastructure near Odesa'
const B = 'the gas infrastructure near Odesa — a key route for Azerbaijani oil exports'
const C = 'missile strikes on the gas infrastructure'
const D = 'an attempt by Moscow to exert pressure on Baku'

async function cli(...args: string[]): Promise<{ status: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const status = await run(args, { out: (text) => (out += text), err: (text) => (err += text) })
  return { status, out, err }
}

let annotations = ''
let text = ''

beforeAll(async () => {
  text = (await importFile(ARTICLE)).text
  const at = (quote: string): number => text.indexOf(quote)
  const tagged = (id: string, quote: string, theme: string, position = true): object => ({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'Annotation',
    motivation: 'tagging',
    body: [{ type: 'TextualBody', purpose: 'tagging', value: theme }],
    target: {
      source: 'urn:example:seed',
      selector: [{ type: 'TextQuoteSelector', exact: quote }, ...(position ? [{ type: 'TextPositionSelector', start: at(quote), end: at(quote) + quote.length }] : [])]
    }
  })
  const collection = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    first: {
      type: 'AnnotationPage',
      items: [
        tagged('a', A, 'Economic pressure'),
        tagged('b', B, 'CIS', false),
        tagged('c', C, 'Economic pressure'),
        tagged('d', D, 'Hybrid tactics/Disinformation'),
        tagged('e', 'a sentence that is not in the article', 'CIS', false)
      ]
    }
  }
  const dir = await mkdtemp(join(tmpdir(), 'themata-stats-'))
  annotations = join(dir, 'seed.w3c.json')
  await writeFile(annotations, JSON.stringify(collection))
})

describe('the stats command', () => {
  it('prints frequencies, coverage and co-occurrence as JSON, as counted by hand', async () => {
    const { status, out, err } = await cli('stats', '--article', ARTICLE, '--annotations', annotations, '--json')
    expect({ status, err }).toEqual({ status: 0, err: '' })
    const share = (n: number): number => n / text.length
    expect(JSON.parse(out)).toEqual({
      themes: [
        { name: 'Economic pressure', path: 'Economic pressure', passages: 2, articles: 1, characters: A.length, share: share(A.length) },
        { name: 'CIS', path: 'CIS', passages: 1, articles: 1, characters: B.length, share: share(B.length) },
        { name: 'Hybrid tactics', path: 'Hybrid tactics', passages: 0, articles: 0, characters: 0, share: 0 },
        { name: 'Disinformation', path: 'Hybrid tactics > Disinformation', passages: 1, articles: 1, characters: D.length, share: share(D.length) }
      ],
      cooccurrence: {
        themes: ['Economic pressure', 'CIS', 'Hybrid tactics', 'Disinformation'],
        counts: [
          [2, 2, 0, 0],
          [2, 1, 0, 0],
          [0, 0, 0, 0],
          [0, 0, 0, 1]
        ]
      }
    })
  })

  it('rolls sub-themes into their parent and counts by paragraph when asked', async () => {
    const { status, out } = await cli('stats', '--article', ARTICLE, '--annotations', annotations, '--json', '--rollup', '--by', 'paragraph')
    expect(status).toBe(0)
    const summary = JSON.parse(out)
    expect(summary.themes.map((t: { path: string; passages: number }) => [t.path, t.passages])).toEqual([
      ['Economic pressure', 2],
      ['CIS', 1],
      ['Hybrid tactics', 1]
    ])
    expect(summary.cooccurrence.counts).toEqual([
      [2, 2, 0],
      [2, 1, 0],
      [0, 0, 1]
    ])
  })

  it('prints a table without --json, saying what was not placed', async () => {
    const { status, out } = await cli('stats', '--article', ARTICLE, '--annotations', annotations)
    expect(status).toBe(0)
    expect(out).toMatch(/^4 of 5 annotations placed \(1 not found in the article, 0 not about a passage of text\)\.\n/)
    expect(out).toMatch(new RegExp(`\\nHybrid tactics > Disinformation +1 +1 +${D.length} +${((D.length / text.length) * 100).toFixed(1)}%\\n`))
  })

  it('refuses what it cannot do in one sentence, with exit 2', async () => {
    expect(await cli('stats', '--project', 'backup.themata')).toMatchObject({ status: 2, out: '', err: expect.stringMatching(/^Statistics of a whole project \(--project\) are not available yet/) })
    expect(await cli('stats', '--article', ARTICLE)).toMatchObject({ status: 2, err: expect.stringMatching(/--help/) })
    expect(await cli('stats', '--article', ARTICLE, '--annotations', annotations, '--by', 'sentence')).toMatchObject({ status: 2, err: '--by takes overlap or paragraph, not “sentence”.\n' })
    expect(await cli('stats', '--article', ARTICLE, '--annotations', ARTICLE)).toMatchObject({ status: 2, out: '', err: expect.stringMatching(/^“seed-article\.txt” .+\.\n$/) })
    expect(await cli('stats', '--article', ARTICLE, '--annotations', join(ROOT, 'missing.json'))).toMatchObject({ status: 2, out: '', err: expect.stringMatching(/^“missing\.json” .+\.\n$/) })
    expect(await cli('stats', 'extra', '--article', ARTICLE, '--annotations', annotations)).toMatchObject({ status: 2, err: expect.stringMatching(/--help/) })
  })

  it('runs with plain Node, as `npm run cli` starts it', async () => {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [join(ROOT, 'scripts/cli.mjs'), 'stats', '--article', ARTICLE, '--annotations', annotations, '--json'], { cwd: ROOT })
    expect(stderr).toBe('')
    expect(JSON.parse(stdout).themes[0]).toMatchObject({ name: 'Economic pressure', passages: 2 })
  })
})
