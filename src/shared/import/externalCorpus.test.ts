/**
 * What files other projects wrote (../shared/external: office/, pdf/ and hostile/) stress, checked
 * through the import code main and the CLI share. Every file's own sentence or refusal is checked
 * through the CLI (src/cli/externalCorpus.test.ts) and in the app (e2e/hostile-files.spec.ts).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { comparable, EXTERNAL, hostileSentences } from '../../../e2e/support/externalCorpus'
import { nodeImportEnv } from '../../main/services/nodeImportEnv'
import type { ImportedDocument } from '../document'
import { importDocument } from './index'
import { isImportError } from './errors'

const env = nodeImportEnv()

const open = (folder: string, file: string): Promise<ImportedDocument> =>
  importDocument(new Uint8Array(readFileSync(join(EXTERNAL, folder, file))), file, env)

async function refusal(folder: string, file: string): Promise<{ code: string; message: string }> {
  const error = await open(folder, file).then(
    () => expect.unreachable(`${file} was imported`),
    (error: unknown) => error
  )
  expect(isImportError(error)).toBe(true)
  return error as { code: string; message: string }
}

/** What the README expects of the files without a sentence. */
const REFUSED: Record<string, { code: string; message: string }> = {
  'external-picture.docx': { code: 'empty', message: '“external-picture.docx” has no readable text.' },
  'encrypted-with-pwd_hello.odt': {
    code: 'encrypted',
    message: '“encrypted-with-pwd_hello.odt” is password-protected; remove the password and open it again.'
  }
}

describe('what the external office and PDF files stress', () => {
  it('shows a tracked move once, and no field codes', async () => {
    expect((await open('office', 'track_changes_move.docx')).text.match(/Here is the text to be moved\./g)).toHaveLength(1)
    expect((await open('office', 'HC048-Excerpt.docx')).text).not.toMatch(/LISTNUM|GLUeberschriften/)
  })

  it('shows an external entity as the text it is, reading no file (XXE)', async () => {
    expect((await open('office', 'nasty.odt')).blocks).toEqual([{ type: 'paragraph', text: 'Test: &nasty;' }])
  })

  it('leaves comments out: they are the reviewers’, not the article’s', async () => {
    const comments = (await open('office', 'comments.docx')).text
    expect(comments).toContain('I want some text to have a comment on it.')
    expect(comments).not.toContain('A comment across paragraphs.')
    expect((await open('office', 'HC031-Complicated-Document.docx')).text).not.toContain('This is a comment.')
  })

  it.each(Object.entries(REFUSED))('refuses %s as its README expects', async (file, expected) => {
    expect(await refusal('office', file)).toMatchObject(expected)
  })

  it('leaves out change-tracking and annotation metadata', async () => {
    expect((await open('office', 'text-extract.odt')).text).not.toContain('RobCWeir2010')
  })

  it('reads a damaged PDF that PDF.js can rebuild (junk before the header, no startxref)', async () => {
    expect((await open('pdf', 'issue6069.pdf')).blocks).toEqual([{ type: 'paragraph', text: 'Missing value for startxref and junk before magic header' }])
  })

  it('gives right-to-left PDF lines in reading order', async () => {
    const arabic = comparable((await open('pdf', 'ArabicCIDTrueType.pdf')).text)
    expect(arabic).toBe(Array(4).fill('انواع الخطوط العربية').join(' '))
    expect(comparable((await open('pdf', 'issue11656.pdf')).text)).toContain('לחיוב פעולות אלה לפי סעיף 15(ב)(4) לחוק מבקר המדינה')
  })
})

describe('the hostile pages', () => {
  const sentences = [...hostileSentences()]

  it('are the eight the README lists', () => {
    expect(sentences.map(([file]) => file)).toEqual([
      'hostile-01-dompurify-fixtures-a.html', 'hostile-02-dompurify-fixtures-b.html', 'hostile-03-owasp-filter-evasion.html',
      'hostile-04-mxss-svg-mathml.html', 'hostile-05-document-level.html', 'hostile-06-control-characters.html',
      'hostile-md-01-markdown-it-xss.md', 'hostile-md-02-raw-html-and-references.md'
    ])
  })

  it.each(sentences)('%s opens with its sentence in a paragraph', async (file, sentence) => {
    const doc = await open('hostile', file)
    expect(doc.blocks.filter((block) => block.type === 'paragraph' && block.text.includes(sentence))).toHaveLength(1)
  })

  it('keeps markup in metadata as plain text, and a broken-out lang out', async () => {
    const doc = await open('hostile', 'hostile-05-document-level.html')
    expect(doc.title).toBe("Tanker premiums <img src=x onerror=alert('og-title')>")
    expect(doc.metadata.language).toBeUndefined()
  })
})
