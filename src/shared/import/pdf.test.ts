import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { nodeImportEnv } from '../../main/services/nodeImportEnv'
import { importDocument } from './index'
import { parsePdf, type PdfJs } from './pdf'

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(__dirname, 'fixtures', name)))
const env = nodeImportEnv()

/** A stand-in for PDF.js that serves one page of the given text items and info dictionary. */
function fakePdfjs(items: { str: string; y: number }[], info: Record<string, unknown>, failure?: Error): PdfJs {
  const page = {
    getTextContent: async () => ({ items: items.map(({ str, y }) => ({ str, transform: [10, 0, 0, 10, 50, y], width: str.length * 5, hasEOL: false })) }),
    cleanup: () => true
  }
  const pdf = { numPages: 1, getPage: async () => page, getMetadata: async () => ({ info }) }
  const task = { promise: failure ? Promise.reject(failure) : Promise.resolve(pdf), destroy: async () => undefined }
  return { getDocument: () => task, normalizeUnicode: (text: string) => text } as unknown as PdfJs
}
const PDF_BYTES = new TextEncoder().encode('%PDF-1.7\n…\n%%EOF\n')

describe('PDF import', () => {
  it('reads the report as its source document reads: no running header, footer or page numbers, hyphenation undone', async () => {
    const [pdf, odt] = await Promise.all([
      importDocument(fixture('report.pdf'), 'report.pdf', env),
      importDocument(fixture('report.odt'), 'report.odt', env)
    ])
    expect(pdf.blocks).toEqual(odt.blocks)
    expect(pdf.text).not.toMatch(/Caspian Energy Review|Page \d of \d/)
    // The paragraph that runs across the page break is one block; "multi-vector" keeps its hyphen.
    expect(pdf.blocks.filter((block) => block.text.startsWith('Financing remains') && block.text.endsWith('completed in time.'))).toHaveLength(1)
    expect(pdf.text.match(/multi-vector/g)).toHaveLength(2)
  })

  it('reports progress page by page, ending at the whole document', async () => {
    const seen: { fraction: number; page: number; pages: number; fileName: string }[] = []
    await importDocument(fixture('report.pdf'), 'report.pdf', { ...env, onProgress: (p) => seen.push(p) })
    expect(seen).toEqual([
      { fileName: 'report.pdf', fraction: 0.5, page: 1, pages: 2 },
      { fileName: 'report.pdf', fraction: 1, page: 2, pages: 2 }
    ])
  })

  it('takes title, author, language and creation date from the info dictionary', async () => {
    const doc = await importDocument(fixture('report.pdf'), 'report.pdf', env)
    expect(doc.title).toBe('Caspian energy routes after the winter')
    expect(doc.metadata).toEqual({ author: 'Kamran Əliyev', language: 'en-GB', date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) })
  })

  it('ignores a title that is a file name or placeholder, and reads the creation date', async () => {
    const info = { Title: 'Microsoft Word - draft3.docx', CreationDate: "D:20240412090000+04'00'" }
    const raw = await parsePdf(PDF_BYTES, 'a.pdf', fakePdfjs([{ str: 'Body text.', y: 700 }], info))
    expect(raw).toMatchObject({ title: undefined, created: '2024-04-12', blocks: [{ type: 'paragraph', text: 'Body text.' }] })
  })

  it('leaves the caller’s bytes intact though PDF.js takes over its buffer', async () => {
    const bytes = fixture('report.pdf')
    const before = bytes.slice()
    await importDocument(bytes, 'report.pdf', env)
    expect(bytes.byteLength).toBeGreaterThan(0)
    expect(bytes.byteLength).toBe(before.byteLength)
    expect(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).equals(before)).toBe(true)
  })

  it('says a PDF whose only text is page numbers has no text layer', async () => {
    await expect(parsePdf(PDF_BYTES, 'scan.pdf', fakePdfjs([{ str: '3', y: 30 }], {}))).rejects.toMatchObject({ code: 'no-text-layer' })
  })

  it('calls a PDF.js failure other than a password damage', async () => {
    const password = Object.assign(new Error('No password given'), { name: 'PasswordException' })
    await expect(parsePdf(PDF_BYTES, 'a.pdf', fakePdfjs([], {}, password))).rejects.toMatchObject({ code: 'encrypted', cause: password })
    const invalid = Object.assign(new Error('Invalid PDF structure.'), { name: 'InvalidPDFException' })
    await expect(parsePdf(PDF_BYTES, 'a.pdf', fakePdfjs([], {}, invalid))).rejects.toMatchObject({ code: 'corrupt', cause: invalid })
  })
})
