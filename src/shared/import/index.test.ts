import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { nodeImportEnv } from '../../main/services/nodeImportEnv'
import { MAX_FILE_BYTES } from '../ipc/contract'
import { isImportError, type ImportErrorCode } from './errors'
import { importDocument, SUPPORTED_EXTENSIONS, type ImportEnv } from './index'

const env = nodeImportEnv()
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(__dirname, 'fixtures', name)))
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

/** What every import must do with any input: give a well-formed document, or fail with an ImportError naming the file. */
async function expectDocumentOrImportError(input: Uint8Array, fileName: string): Promise<void> {
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
    expect(SUPPORTED_EXTENSIONS).toEqual(['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.docx', '.odt', '.pdf'])
    const files: [string, Uint8Array][] = [
      ...['a.TXT', 'a.text', 'a.Md', 'a.markdown', 'a.HTML', 'a.htm'].map((name): [string, Uint8Array] => [name, encode('Hi')]),
      ['a.DOCX', fixture('briefing.docx')],
      ['a.Odt', fixture('briefing.odt')],
      ['a.PDF', fixture('report.pdf')]
    ]
    const formats = await Promise.all(files.map(async ([name, bytes]) => (await importDocument(bytes, name, env)).format))
    expect(formats).toEqual(['txt', 'txt', 'md', 'md', 'html', 'html', 'docx', 'odt', 'pdf'])
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
    await expectImportError(noise(2048, 42), 'noise.txt', 'binary')
    await expectImportError(fixture('random.txt'), 'random.txt', 'binary')
  })

  it('rejects the empty fixture file', async () => {
    await expectImportError(fixture('empty.txt'), 'empty.txt', 'empty')
  })

  it.each([
    ['truncated.docx', 'corrupt', '“truncated.docx” is damaged or incomplete and could not be opened.'],
    ['truncated.odt', 'corrupt', '“truncated.odt” is damaged or incomplete and could not be opened.'],
    ['damaged.odt', 'corrupt', '“damaged.odt” is damaged or incomplete and could not be opened.'],
    ['truncated.pdf', 'corrupt', '“truncated.pdf” is damaged or incomplete and could not be opened.'],
    ['encrypted.pdf', 'encrypted', '“encrypted.pdf” is password-protected; remove the password and open it again.'],
    ['scanned.pdf', 'no-text-layer', '“scanned.pdf”: This PDF has no text layer (scanned?) — OCR is not supported yet.']
  ] as const)('says in one sentence why %s cannot be opened', async (name, code, message) => {
    expect((await expectImportError(fixture(name), name, code)).message).toBe(message)
  })

  it.each(['x.docx', 'x.odt', 'x.pdf'])('rejects text that only claims to be %s as damaged', async (name) => {
    await expectImportError(encode('Just some text, not a document.'), name, 'corrupt')
  })

  it('says which part of the environment an import is missing', async () => {
    const error = await expectImportError(fixture('report.pdf'), 'report.pdf', 'unreadable', {})
    expect(error.cause).toEqual(new Error('this import environment has no PDF.js'))
  })

  it('rejects an unknown extension, listing the supported ones', async () => {
    const error = await expectImportError(encode('text'), 'x.xyz', 'unsupported')
    expect(error.message).toBe('“x.xyz” is not a format Themata can open (.txt, .text, .md, .markdown, .html, .htm, .docx, .odt, .pdf).')
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
    const broken: ImportEnv = { window: {} as NonNullable<ImportEnv['window']> }
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
      fc.asyncProperty(bytes, fc.constantFrom('.txt', '.md', '.html'), (input, extension) => expectDocumentOrImportError(input, `input${extension}`)),
      { numRuns: 300 }
    )
  })
})

describe('importDocument on damaged office files and PDFs', () => {
  const originals = { '.docx': fixture('briefing.docx'), '.odt': fixture('briefing.odt'), '.pdf': fixture('report.pdf') }
  /** A real document cut short or with bytes overwritten, or bytes that never were one. */
  const damaged = fc.constantFrom('.docx', '.odt', '.pdf' as const).chain((extension) => {
    const original = originals[extension]
    const cut = fc.nat(original.length - 1).map((end) => original.slice(0, end))
    const overwritten = fc.array(fc.tuple(fc.nat(original.length - 1), fc.nat(255)), { minLength: 1, maxLength: 20 }).map((edits) => {
      const copy = original.slice()
      for (const [at, byte] of edits) copy[at] = byte
      return copy
    })
    return fc.tuple(fc.constant(extension), fc.oneof(cut, overwritten, fc.uint8Array({ maxLength: 2000 })))
  })

  it('either imports a well-formed document or rejects with an ImportError', async () => {
    await fc.assert(
      fc.asyncProperty(damaged, ([extension, input]) => expectDocumentOrImportError(input, `input${extension}`)),
      { numRuns: 150 }
    )
  })
})
