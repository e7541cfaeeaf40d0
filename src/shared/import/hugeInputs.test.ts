/**
 * Inputs made to exhaust: a file at the size limit, a text of 200,000 paragraphs, HTML nested 5,000
 * levels deep, zip bombs dressed as the archives Themata opens. Each opens or is refused with one
 * sentence, without taking unbounded memory. All are generated here; none is committed.
 */
import { describe, expect, it } from 'vitest'
import { nodeImportEnv } from '../../main/services/nodeImportEnv'
import { readCodebookFile } from '../codebookExchange/readCodebookFile'
import { readProjectFile } from '../project/projectFiles'
import { MAX_FILE_BYTES } from '../ipc/contract'
import { disguisedBomb } from '../zip/testSupport'
import { ARTICLE_LIMITS, importDocument } from './index'

const env = nodeImportEnv()
const encode = (text: string): Uint8Array => new TextEncoder().encode(text)
const PARAGRAPH = 'The corridor carried fourteen million tonnes of freight through the port last year, officials said.'
/** About 280 MB of zeros (past every limit), from 1.8 MB of deflate data. */
const BOMB_MATCHES = 1_100_000

async function refusal(bytes: Uint8Array, fileName: string): Promise<{ code: string; message: string }> {
  return importDocument(bytes, fileName, env).then(
    () => expect.unreachable(`${fileName} was imported`),
    (error: unknown) => error as { code: string; message: string }
  )
}

// Each of these reads tens of megabytes: far slower than a unit test, by design.
describe('huge inputs', { timeout: 60_000 }, () => {
  it('refuses a text file of exactly the size limit for its length, and one byte more for its size', async () => {
    const lines = encode(Array.from({ length: 600_000 }, (_, i) => `${i}. ${PARAGRAPH}`).join('\n\n'))
    const atLimit = new Uint8Array(MAX_FILE_BYTES).fill(0x20)
    atLimit.set(lines.subarray(0, MAX_FILE_BYTES))
    expect(await refusal(atLimit, 'limit.txt')).toMatchObject({
      code: 'too-large',
      message: '“limit.txt” holds 52.5 million characters of text; Themata opens articles of up to 5 million (about 2,000 pages).'
    })
    const over = await refusal(new Uint8Array(MAX_FILE_BYTES + 1).fill(0x20), 'over.txt')
    expect(over).toMatchObject({ code: 'too-large', message: '“over.txt” is 50.1 MB; Themata opens files up to 50 MB.' })
  })

  it('refuses a text of 200,000 paragraphs in one sentence, and opens one of 100,000', async () => {
    const paragraphs = (n: number, text: string) => encode(Array.from({ length: n }, (_, i) => `${i} ${text}`).join('\n\n'))
    expect(await refusal(paragraphs(200_000, 'Short line.'), 'long.txt')).toMatchObject({
      code: 'too-large',
      message: '“long.txt” has 200,000 paragraphs; Themata opens articles of up to 100,000.'
    })
    const doc = await importDocument(paragraphs(ARTICLE_LIMITS.paragraphs, 'Short line.'), 'longest.txt', env)
    expect(doc.blocks).toHaveLength(100_000)
    expect(doc.blocks.at(-1)?.text).toBe('99999 Short line.')
  })

  it('opens HTML nested 5,000 levels deep with its text, headings and paragraphs', async () => {
    const depth = 5000
    const html = `<html><head><title>Deep</title></head><body>${'<div><span>'.repeat(depth / 2)}<h2>Deep heading</h2><p>Deep text, <b>bold</b> and plain.</p><script>window.__pwned = 1</script>${'</span></div>'.repeat(depth / 2)}<p>${PARAGRAPH}</p></body></html>`
    const doc = await importDocument(encode(html), 'deep.html', env)
    expect(doc.blocks).toEqual([
      { type: 'heading', level: 2, text: 'Deep heading' },
      { type: 'paragraph', text: 'Deep text, bold and plain.' },
      { type: 'paragraph', text: PARAGRAPH }
    ])
  })

  describe.each(['docx', 'odt'] as const)('a zip bomb named .%s', (kind) => {
    it('is refused before inflating when it claims its size', async () => {
      const error = await refusal(disguisedBomb(kind, 1000, 1024 ** 3), `bomb.${kind}`)
      expect(error).toMatchObject({
        code: 'too-large',
        message: `“bomb.${kind}” would unpack to more than 256 MB, far more than any article; Themata did not open it.`
      })
    })

    it('is stopped as it inflates when it lies about its size, within bounded memory', async () => {
      const bomb = disguisedBomb(kind, BOMB_MATCHES, 4096)
      const before = process.memoryUsage().arrayBuffers
      const error = await refusal(bomb, `bomb.${kind}`)
      expect(error).toMatchObject({ code: 'corrupt', message: `“bomb.${kind}” is damaged or incomplete and could not be opened.` })
      expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * 1024 * 1024)
    })
  })

  describe('a zip bomb named .qdpx or .themata (a project import or a restore)', () => {
    it('is refused when it claims its size, and stopped as it inflates when it lies', async () => {
      await expect(readProjectFile(disguisedBomb('qdpx', 1000, 2 * 1024 ** 3), 'bomb.qdpx')).rejects.toThrow('“bomb.qdpx” unpacks to more than 1 GB, more than Themata imports.')
      const before = process.memoryUsage().arrayBuffers
      await expect(readProjectFile(disguisedBomb('qdpx', BOMB_MATCHES, 4096), 'bomb.qdpx')).rejects.toThrow('“bomb.qdpx” is damaged: a file in it could not be unpacked.')
      await expect(readProjectFile(disguisedBomb('themata', BOMB_MATCHES, 4096), 'bomb.themata')).rejects.toThrow('“bomb.themata” is damaged: a file in it could not be unpacked.')
      expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * 1024 * 1024)
    })
  })

  describe('a zip bomb named .qdpx (a codebook import)', () => {
    it('is refused when its project document claims more than a codebook could be', () => {
      expect(() => readCodebookFile(disguisedBomb('qdpx', 1000, 1024 ** 3), 'bomb.qdpx')).toThrow('“bomb.qdpx” holds a project document too large to read.')
    })

    it('is stopped as it inflates when it lies about its size', () => {
      const before = process.memoryUsage().arrayBuffers
      expect(() => readCodebookFile(disguisedBomb('qdpx', BOMB_MATCHES, 4096), 'bomb.qdpx')).toThrow(
        '“bomb.qdpx” is damaged: its project document could not be unpacked.'
      )
      expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * 1024 * 1024)
    })
  })
})
