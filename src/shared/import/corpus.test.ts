import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { nodeImportEnv } from '../../main/services/nodeImportEnv'
import { blocksToText, type ImportedDocument } from '../document'
import { importDocument } from './index'

const CORPUS = resolve(__dirname, '../../../../shared/corpus')
const TITLE = 'Strikes on SOCAR and the collapse of the CIS: How Russia is escalating hostility toward Azerbaijan'
const env = nodeImportEnv()
const formats = ['txt', 'md', 'html', 'docx', 'odt', 'pdf'] as const

const bytesOf = (format: string): Uint8Array => new Uint8Array(readFileSync(join(CORPUS, `seed-article.${format}`)))
const paragraphsOf = (doc: ImportedDocument): string[] => doc.blocks.map((block) => block.text.replace(/\s+/g, ' ').trim())

describe('the seed article in every format', () => {
  const docs = {} as Record<(typeof formats)[number], ImportedDocument>
  beforeAll(async () => {
    for (const format of formats) docs[format] = await importDocument(bytesOf(format), `seed-article.${format}`, env)
  })

  it.each(formats)('.%s gives the title and the date', (format) => {
    expect(docs[format].title).toBe(TITLE)
    expect(docs[format].metadata.date).toBe('2025-08-08')
    expect(docs[format].format).toBe(format)
  })

  it.each(formats)('.%s gives the paragraphs of the .txt', (format) => {
    expect(paragraphsOf(docs[format])).toEqual(paragraphsOf(docs.txt))
  })

  it.each(formats)('.%s gives the same blocks, in the same order, as .md', (format) => {
    expect(docs[format].blocks).toEqual(docs.md.blocks)
    expect(docs[format].text).toBe(docs.md.text)
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

  it.each(['docx', 'odt', 'pdf'] as const)('takes the author from the .%s document properties', (format) => {
    expect(docs[format].metadata.author).toBe('Tural Heybatov')
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
