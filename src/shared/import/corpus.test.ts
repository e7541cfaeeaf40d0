import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { JSDOM } from 'jsdom'
import { beforeAll, describe, expect, it } from 'vitest'
import { blocksToText, type ImportedDocument } from '../document'
import { importDocument, type ImportEnv } from './index'

const CORPUS = resolve(__dirname, '../../../../shared/corpus')
const TITLE = 'Strikes on SOCAR and the collapse of the CIS: How Russia is escalating hostility toward Azerbaijan'
const env: ImportEnv = { window: new JSDOM('').window as unknown as ImportEnv['window'] }
const formats = ['txt', 'md', 'html'] as const

const bytesOf = (format: string): Uint8Array => new Uint8Array(readFileSync(join(CORPUS, `seed-article.${format}`)))

describe('the seed article in every text format', () => {
  const docs = {} as Record<(typeof formats)[number], ImportedDocument>
  beforeAll(async () => {
    for (const format of formats) docs[format] = await importDocument(bytesOf(format), `seed-article.${format}`, env)
  })

  it.each(formats)('.%s gives the title and the date', (format) => {
    expect(docs[format].title).toBe(TITLE)
    expect(docs[format].metadata.date).toBe('2025-08-08')
    expect(docs[format].format).toBe(format)
  })

  it('gives the same blocks, in the same order, from .txt, .md and .html', () => {
    expect(docs.txt.blocks).toEqual(docs.md.blocks)
    expect(docs.html.blocks).toEqual(docs.md.blocks)
    expect(docs.txt.text).toBe(docs.md.text)
    expect(docs.html.text).toBe(docs.md.text)
  })

  it('reads the structure: title heading, five section headings, no date block, byline at the end', () => {
    const { blocks } = docs.md
    expect(blocks[0]).toEqual({ type: 'heading', level: 1, text: TITLE })
    expect(blocks.filter((b) => b.type === 'heading' && b.level === 2).map((b) => b.text)).toEqual([
      'Economic pressure as a tool of political coercion',
      'Missile strikes and the downing of an aircraft: Episodes of the same campaign',
      'Russia: The new occupying power of the post-Soviet space',
      'The disintegration of the CIS reflects the collapse of Russia’s regional ambitions',
      'Time for Russia to rethink its strategy — before it’s too late'
    ])
    expect(blocks.filter((b) => b.type === 'paragraph')).toHaveLength(15)
    expect(blocks[1]?.text).toMatch(/^Repeated missile strikes on the gas infrastructure near Odesa/)
    expect(blocks.slice(-2)).toEqual([
      { type: 'paragraph', text: 'By Tural Heybatov' },
      { type: 'paragraph', text: 'News.Az' }
    ])
    expect(blocks.some((b) => b.text.includes('2025-08-08'))).toBe(false)
  })

  it('takes author and language from the .html head', () => {
    expect(docs.html.metadata).toEqual({ author: 'Tural Heybatov', date: '2025-08-08', language: 'en' })
  })

  it.each(formats)('.%s keeps text, blocks, hash and size consistent', (format) => {
    const doc = docs[format]
    const bytes = bytesOf(format)
    expect(doc.text).toBe(blocksToText(doc.blocks))
    expect(doc.blocks.every((b) => b.text !== '' && !/[\n\r]/.test(b.text) && b.text === b.text.trim())).toBe(true)
    expect(doc.fileName).toBe(`seed-article.${format}`)
    expect(doc.byteLength).toBe(bytes.byteLength)
    expect(doc.contentHash).toBe(createHash('sha256').update(bytes).digest('hex'))
  })
})
