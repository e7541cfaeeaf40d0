import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import { MAX_FILE_BYTES } from '../ipc/contract'
import { isImportError, type ImportErrorCode } from './errors'
import { importDocument, SUPPORTED_EXTENSIONS, type ImportEnv } from './index'

const env: ImportEnv = { window: new JSDOM('').window as unknown as ImportEnv['window'] }
const encode = (text: string): Uint8Array => new TextEncoder().encode(text)

async function rejection(bytes: Uint8Array, fileName: string, importEnv = env): Promise<unknown> {
  return importDocument(bytes, fileName, importEnv).then(
    () => expect.unreachable(`${fileName} was imported`),
    (error: unknown) => error
  )
}

async function expectImportError(bytes: Uint8Array, fileName: string, code: ImportErrorCode, importEnv = env) {
  const error = await rejection(bytes, fileName, importEnv)
  expect(isImportError(error)).toBe(true)
  expect(error).toMatchObject({ code, fileName })
  expect((error as Error).message).toContain(`“${fileName}”`)
  return error as Error
}

/** A deterministic stand-in for random bytes, NULs included. */
function noise(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length)
  let state = seed
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0
    bytes[i] = state >>> 24
  }
  return bytes
}

describe('importDocument', () => {
  it('imports each supported extension, case-insensitively', async () => {
    expect(SUPPORTED_EXTENSIONS).toEqual(['.txt', '.text', '.md', '.markdown', '.html', '.htm'])
    const formats = await Promise.all(
      ['a.TXT', 'a.text', 'a.Md', 'a.markdown', 'a.HTML', 'a.htm'].map(async (name) => (await importDocument(encode('Hi'), name, env)).format)
    )
    expect(formats).toEqual(['txt', 'txt', 'md', 'md', 'html', 'html'])
  })

  it('returns the file name, size and SHA-256 of the bytes', async () => {
    const bytes = encode('# Title\n\nBody.')
    const doc = await importDocument(bytes, 'note.md', env)
    expect(doc).toMatchObject({ fileName: 'note.md', format: 'md', byteLength: bytes.byteLength, title: 'Title' })
    expect(doc.contentHash).toBe(createHash('sha256').update(bytes).digest('hex'))
  })

  it('rejects an empty file', async () => {
    const error = await expectImportError(new Uint8Array(), 'notes.txt', 'empty')
    expect(error.message).toBe('“notes.txt” is empty — there is nothing to read.')
  })

  it('rejects a whitespace-only file, even with a BOM', async () => {
    await expectImportError(encode(' \n\t\r\n  '), 'blank.md', 'empty')
    await expectImportError(new Uint8Array([0xef, 0xbb, 0xbf, 0x0a]), 'bom.txt', 'empty')
  })

  it('rejects a page with no readable text', async () => {
    const error = await expectImportError(encode('<script>alert(1)</script><nav>Menu</nav>'), 'blank.html', 'empty')
    expect(error.message).toBe('“blank.html” has no readable text.')
  })

  it('rejects random bytes named .txt as binary', async () => {
    await expectImportError(noise(2048, 42), 'random.txt', 'binary')
  })

  it('rejects an unknown extension, listing the supported ones', async () => {
    const error = await expectImportError(encode('text'), 'x.xyz', 'unsupported')
    expect(error.message).toBe('“x.xyz” is not a format Themata can open (.txt, .text, .md, .markdown, .html, .htm).')
    await expectImportError(encode('text'), 'README', 'unsupported')
  })

  it('rejects an over-size file before anything else', async () => {
    const error = await expectImportError(new Uint8Array(MAX_FILE_BYTES + 1), 'big.xyz', 'too-large')
    expect(error.message).toBe('“big.xyz” is 50.1 MB; Themata opens files up to 50 MB.')
  })

  it('checks emptiness before the extension', async () => {
    await expectImportError(new Uint8Array(), 'empty.xyz', 'empty')
  })

  it('turns an unexpected parser failure into a readable ImportError', async () => {
    const broken = { window: {} as ImportEnv['window'] }
    const error = await expectImportError(encode('<p>x</p>'), 'page.html', 'unreadable', broken)
    expect(error.message).toBe('Themata could not read “page.html”; the file may be damaged.')
    expect(error.cause).toBeInstanceOf(TypeError)
  })
})

describe('importDocument on arbitrary input', () => {
  const htmlish = fc
    .array(fc.constantFrom('<p>', '</p>', '<li>', '<ul>', '<table><tr><td>', '</td><td>', '<br>', '<h2>', '<blockquote>', '<article>', '&nbsp;', '\n', ' ', 'word', 'date 2025-08-08', '2025-08-08', '<script>x</script>', '<div hidden>', '# ', '- ', '> ', '| a | b |\n|---|---|\n'), { maxLength: 40 })
    .map((parts) => encode(parts.join('')))
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 600 }),
    fc.string({ unit: 'binary', maxLength: 300 }).map(encode),
    fc.string({ unit: fc.constantFrom('a', 'Ə', ' ', '\n', '\r', '\t', '\u00a0', '😀', '.', '#', '<', '>', '\x01'), maxLength: 200 }).map(encode),
    htmlish
  )

  it('either imports a well-formed document or rejects with an ImportError', async () => {
    await fc.assert(
      fc.asyncProperty(bytes, fc.constantFrom('.txt', '.md', '.html'), async (input, extension) => {
        const fileName = `input${extension}`
        try {
          const doc = await importDocument(input, fileName, env)
          expect(doc.text).toBe(doc.blocks.map((b) => b.text).join('\n\n'))
          for (const block of doc.blocks) {
            expect(block.text).not.toBe('')
            expect(block.text).not.toMatch(/[\n\r]/)
          }
        } catch (error) {
          expect(isImportError(error)).toBe(true)
          expect((error as Error).message).toContain(`“${fileName}”`)
        }
      }),
      { numRuns: 300 }
    )
  })
})
