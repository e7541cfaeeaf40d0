import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import type { Block } from '../document'
import { parseDocx } from './docx'
import { importDocument } from './index'
import { normalizeDocument } from './normalize'
import { parseOdt } from './odt'
import { unzipParts } from './zip'

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(__dirname, 'fixtures', name)))
const p = (text: string): Block => ({ type: 'paragraph', text })
const li = (text: string): Block => ({ type: 'listItem', text })
const row = (text: string): Block => ({ type: 'tableRow', text })

/** briefing.fodt, as both its .docx and its .odt must read. */
const BRIEFING: Block[] = [
  { type: 'heading', level: 1, text: 'Grain corridor talks resume' },
  p('Negotiators met in Istanbul on Monday[1] to discuss the grain corridor. Azərbaycan və Türkiyə nümayəndələri də iştirak edirdilər 🌾.'),
  { type: 'heading', level: 2, text: 'Positions' },
  li('Ukraine asks for guarantees'),
  li('Türkiye offers to host the next round'),
  li('in Istanbul'),
  li('or in Ankara'),
  li('First round in June'),
  li('Second round in July'),
  { type: 'quote', text: '“We are ready to talk,” the minister said.' },
  { type: 'heading', level: 2, text: 'Exports' },
  row('Country | Tonnes (millions)'),
  row('Ukraine | 32.9'),
  row('Russia | 18.4'),
  p('Talks continue next week.'),
  p('[1] Reported by the ministry on 3 June.')
]

describe.each(['docx', 'odt'])('the briefing as .%s', (format) => {
  it('reads headings, lists, the quotation, table rows, and the footnote at the end', async () => {
    const doc = await importDocument(fixture(`briefing.${format}`), `briefing.${format}`, {})
    expect(doc.blocks).toEqual(BRIEFING)
  })

  it('takes title, author, creation date and language from the document properties', async () => {
    const doc = await importDocument(fixture(`briefing.${format}`), `briefing.${format}`, {})
    expect(doc.title).toBe('Grain corridor talks resume')
    expect(doc.metadata).toEqual({ author: 'Leyla Məmmədova', date: '2024-06-03', language: 'en-GB' })
  })
})

describe('parseDocx', () => {
  /** The first bytes of an OLE compound file, then a directory entry name in UTF-16LE. */
  const oleFile = (streamName: string): Uint8Array =>
    new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0), ...Array.from(streamName, (c) => [c.charCodeAt(0), 0]).flat()])

  it('says a password-protected Word file is one', async () => {
    await expect(parseDocx(oleFile('EncryptedPackage'), 'secret.docx')).rejects.toMatchObject({ code: 'encrypted' })
  })

  it('tells an old .doc apart', async () => {
    await expect(parseDocx(oleFile('WordDocument'), 'old.docx')).rejects.toMatchObject({
      code: 'unsupported',
      message: '“old.docx” is an old Word 97–2003 document; save it as .docx and open it again.'
    })
  })

  it('calls a zip without a Word document in it damaged', async () => {
    await expect(parseDocx(zipSync({ 'notes.txt': strToU8('hi') }), 'x.docx')).rejects.toMatchObject({ code: 'corrupt' })
  })
})

const ODF = {
  office: 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
  text: 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
  table: 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
  style: 'urn:oasis:names:tc:opendocument:xmlns:style:1.0',
  draw: 'urn:oasis:names:tc:opendocument:xmlns:drawing:1.0',
  dc: 'http://purl.org/dc/elements/1.1/'
}
const xmlns = Object.entries(ODF).map(([prefix, uri]) => `xmlns:${prefix}="${uri}"`).join(' ')

/** An .odt of the given body XML and automatic paragraph styles, zipped in memory. */
function odt(body: string, styles = '', extra: Record<string, string> = {}): Uint8Array {
  const content = `<office:document-content ${xmlns}><office:automatic-styles>${styles}</office:automatic-styles><office:body><office:text>${body}</office:text></office:body></office:document-content>`
  return zipSync(Object.fromEntries(Object.entries({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': content, ...extra }).map(([name, text]) => [name, strToU8(text)])))
}
const readOdt = (bytes: Uint8Array): Block[] => normalizeDocument(parseOdt(bytes, 'x.odt')).blocks

describe('parseOdt', () => {
  it('reads spaces, tabs and line breaks as spaces, and leaves out comments, tracked deletions and frames', () => {
    const body = `<text:tracked-changes><text:changed-region><text:deletion><text:p>DELETED</text:p></text:deletion></text:changed-region></text:tracked-changes>
      <text:p>One<text:s text:c="3"/>two<text:tab/>three<text:line-break/>four<office:annotation><dc:creator>Ann</dc:creator><text:p>COMMENT</text:p></office:annotation>
      <text:span>five</text:span><draw:frame><draw:text-box><text:p>FRAME</text:p></draw:text-box></draw:frame></text:p>`
    expect(readOdt(odt(body))).toEqual([p('One two three four five')])
  })

  it('finds headings by outline level, by heading or title style, and quotes by style', () => {
    const styles = `<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Heading_20_3"/>
      <style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph"/>
      <style:style style:name="P2" style:family="paragraph" style:parent-style-name="Title"/>
      <style:style style:name="Title" style:family="paragraph"/>
      <style:style style:name="P3" style:family="paragraph" style:parent-style-name="Quote"/>
      <style:style style:name="Quote" style:family="paragraph"/>`
    const body = `<text:p text:style-name="P2">Title</text:p><text:h>Untitled level</text:h><text:h text:outline-level="9">Deep</text:h>
      <text:p text:style-name="P1">By style</text:p><text:p text:style-name="P3">Quoted.</text:p><text:p text:style-name="Missing">Plain.</text:p>`
    expect(readOdt(odt(body, styles))).toEqual([
      { type: 'heading', level: 1, text: 'Title' },
      { type: 'heading', level: 1, text: 'Untitled level' },
      { type: 'heading', level: 6, text: 'Deep' },
      { type: 'heading', level: 3, text: 'By style' },
      { type: 'quote', text: 'Quoted.' },
      p('Plain.')
    ])
  })

  it('reads sections, list items of several paragraphs, and header rows of tables', () => {
    const body = `<text:section><text:list><text:list-item><text:p>Item</text:p><text:p>continued</text:p>
        <text:list><text:list-item><text:p>Nested</text:p></text:list-item></text:list></text:list-item></text:list></text:section>
      <table:table><table:table-header-rows><table:table-row><table:table-cell><text:p>A</text:p></table:table-cell><table:covered-table-cell/></table:table-row></table:table-header-rows>
        <table:table-row><table:table-cell><text:p>1</text:p><text:p>more</text:p></table:table-cell><table:table-cell/></table:table-row></table:table>`
    expect(readOdt(odt(body))).toEqual([li('Item continued'), li('Nested'), row('A'), row('1 more')])
  })

  it('says an encrypted document is password-protected', () => {
    const manifest = '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>'
    const bytes = zipSync({ 'content.xml': new Uint8Array([0x8f, 0x12, 0xee, 0x01]), 'META-INF/manifest.xml': strToU8(manifest) })
    expect(() => parseOdt(bytes, 'secret.odt')).toThrow(expect.objectContaining({ code: 'encrypted' }))
  })

  it('calls a package without a text body damaged', () => {
    expect(() => parseOdt(zipSync({ 'meta.xml': strToU8('<office:document-meta/>') }), 'x.odt')).toThrow(expect.objectContaining({ code: 'corrupt' }))
    const sheet = zipSync({ 'content.xml': strToU8(`<office:document-content ${xmlns}><office:body><office:spreadsheet/></office:body></office:document-content>`) })
    expect(() => parseOdt(sheet, 'x.odt')).toThrow(expect.objectContaining({ code: 'corrupt' }))
  })
})

describe('unzipParts', () => {
  it('refuses an archive that would unpack to more than an article could be', () => {
    const zip = zipSync({ 'content.xml': strToU8('<x/>') })
    // The central directory's record of the unpacked size (offset 24 of the entry) claims 4 GB.
    const entry = zip.findLastIndex((_, i) => zip[i] === 0x50 && zip[i + 1] === 0x4b && zip[i + 2] === 0x01 && zip[i + 3] === 0x02)
    zip.set([0xf0, 0xff, 0xff, 0xff], entry + 24)
    expect(() => unzipParts(zip, ['content.xml'], 'bomb.odt')).toThrow(expect.objectContaining({ code: 'too-large' }))
  })
})
