import { execFile } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Annotation, Tag } from '@shared/annotation'
import type { ImportedDocument } from '@shared/document'
import type { ProjectData } from '@shared/project/projectData'
import { writeProjectFile } from '@shared/project/projectFiles'
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
let dir = ''
let document: ImportedDocument

/** The seed article with A, B, C and D tagged as in the annotation file, as a project. */
function seedProject(): ProjectData {
  const tag = (id: string, name: string, parentId: string | null, order: number): Tag => ({ id, name, color: '#336699', description: '', memo: '', parentId, order, shortcut: null })
  const tags = [tag('economic', 'Economic pressure', null, 0), tag('cis', 'CIS', null, 1), tag('hybrid', 'Hybrid tactics', null, 2), tag('disinformation', 'Disinformation', 'hybrid', 0)]
  const passage = (id: string, quote: string, tagId: string): Annotation => {
    const start = text.indexOf(quote)
    return { id, documentId: 'seed', start, end: start + quote.length, exact: quote, prefix: '', suffix: '', tagIds: [tagId], note: '', createdAt: 0, updatedAt: 0 }
  }
  return {
    name: 'Seed',
    documents: [{ id: 'seed', contentHash: document.contentHash, title: document.title, fileName: document.fileName, format: document.format, metadata: document.metadata, byteLength: document.byteLength, charCount: text.length, importedAt: 0, openedAt: 0, memo: '', setIds: [] }],
    contents: [{ documentId: 'seed', blocks: document.blocks, text }],
    tags,
    annotations: [passage('a', A, 'economic'), passage('b', B, 'cis'), passage('c', C, 'economic'), passage('d', D, 'disinformation')],
    sets: [],
    settings: []
  }
}

beforeAll(async () => {
  document = await importFile(ARTICLE)
  text = document.text
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
  dir = await mkdtemp(join(tmpdir(), 'themata-stats-'))
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

  it('counts a whole project from a backup or a REFI-QDA project, as it counts the article', async () => {
    const fromArticle = JSON.parse((await cli('stats', '--article', ARTICLE, '--annotations', annotations, '--json')).out)
    for (const format of ['themata', 'qdpx'] as const) {
      const file = join(dir, `seed.${format}`)
      await writeFile(file, writeProjectFile(seedProject(), format, { app: 'Themata', userName: 'Test', now: 0 }))
      const { status, out, err } = await cli('stats', '--project', file, '--json')
      expect({ format, status, err }).toEqual({ format, status: 0, err: '' })
      expect(JSON.parse(out)).toEqual(fromArticle)
    }
    const { out } = await cli('stats', '--project', join(dir, 'seed.themata'), '--rollup')
    expect(out).toMatch(/^“Seed”: 1 article, 4 passages, 4 themes\.\n/)
    expect(out).toMatch(/\nHybrid tactics +1 +1 /)
  })

  it('refuses what it cannot do in one sentence, with exit 2', async () => {
    expect(await cli('stats', '--project', join(dir, 'seed.themata'), '--article', ARTICLE)).toMatchObject({ status: 2, out: '', err: expect.stringMatching(/^Count a project or an article, not both/) })
    expect(await cli('stats', '--project', join(dir, 'missing.themata'))).toMatchObject({ status: 2, out: '', err: expect.stringMatching(/^“missing\.themata” .+\.\n$/) })
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
