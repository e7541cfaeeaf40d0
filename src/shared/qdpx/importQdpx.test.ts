/** The quirks of SOURCES.md one at a time, in archives made by hand. */
import { zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { translator } from '../i18n/format'
import { say } from '../i18n/words'
import { ProjectFileError } from '../project/errors'
import { importQdpx } from './importQdpx'
import { guid, qde, qdpx } from './testSupport'

const code = (g: string, name: string, inner = '', attributes = '') => `<Code guid="${g}" name="${name}" isCodable="true"${attributes}>${inner}</Code>`
const codebook = (codes: string) => `<CodeBook><Codes>${codes}</Codes></CodeBook>`
const coding = (codeGuid: string) => `<Coding guid="${guid()}"><CodeRef targetGUID="${codeGuid}"/></Coding>`
const selection = (start: number, end: number, inner = '', name = '') => `<PlainTextSelection guid="${guid()}" name="${name}" startPosition="${start}" endPosition="${end}">${inner}</PlainTextSelection>`

async function importOf(xml: string, files: Record<string, string | Uint8Array> = {}, name = 'p.qdpx') {
  return importQdpx(qdpx(xml, files), name, { now: 1000 })
}

describe('finding the source text', () => {
  it('follows a plainTextPath whose GUID is not the source’s, in Sources/ or sources/, any case', async () => {
    const [a, b, file] = [guid(true), guid(), guid(true)]
    const xml = qde(`<Sources><TextSource guid="${a}" name="A" plainTextPath="internal://${file}.txt"/><TextSource guid="${b}" name="B" plainTextPath="internal://${b}.txt"/></Sources>`)
    const { project } = await importOf(xml, { [`Sources/${file.toLowerCase()}.txt`]: 'Text of A', [`sources/${b.toUpperCase()}.TXT`]: 'Text of B' })
    expect(project.contents.map((c) => c.text)).toEqual(['Text of A', 'Text of B'])
    expect(project.documents.map((d) => d.id)).toEqual([a.toLowerCase(), b])
  })

  it('reads a bare relative path (qc), inline PlainTextContent, and a PDF’s plain-text representation as articles', async () => {
    const [a, b, pdf, rep] = [guid(), guid(), guid(), guid()]
    const xml = qde(
      `<Sources><TextSource guid="${a}" plainTextPath="admin.txt"/><TextSource guid="${b}" name="Inline"><PlainTextContent>Inline text</PlainTextContent></TextSource>` +
        `<PDFSource guid="${pdf}" name="Report.pdf" path="internal://${pdf}.pdf"><Representation guid="${rep}" plainTextPath="internal://${rep}.txt">${selection(0, 6)}</Representation></PDFSource></Sources>`
    )
    const { project, report } = await importOf(xml, { 'sources/admin.txt': 'Admin text', [`sources/${rep}.txt`]: 'Page 1 text' })
    expect(report.articles).toEqual([
      { title: 'admin', characters: 10, passages: 0 },
      { title: 'Inline', characters: 11, passages: 0 },
      { title: 'Report.pdf', characters: 11, passages: 1 }
    ])
    expect(project.annotations[0]?.exact).toBe('Page 1')
  })

  it('imports the codes of a source without text and lists each of its codings', async () => {
    const [s, c] = [guid(), guid()]
    const xml = qde(codebook(code(c, 'Theme')) + `<Sources><TextSource guid="${s}" name="Gone" plainTextPath="internal://${s}.txt">${selection(0, 4, coding(c))}</TextSource></Sources>`)
    const { project, report } = await importOf(xml, { [`sources/${s}.txt`]: '\n' })
    expect(project.tags.map((t) => t.name)).toEqual(['Theme'])
    expect(report.unplaced).toMatchObject([
      { source: 'Gone', reason: 'not imported: its text in the file is empty' },
      { source: 'Gone', reason: 'the selection at 0–4 coded “Theme” could not be placed without the source’s text' }
    ])
  })

  it('skips pictures, recordings and videos by name', async () => {
    const xml = qde(`<Sources><PictureSource guid="${guid()}" name="photo.jpg"/><AudioSource guid="${guid()}" name="talk.m4a"/><VideoSource guid="${guid()}" name="clip.mp4"/></Sources>`)
    const { report } = await importOf(xml)
    expect(report.unplaced.map((u) => u.source)).toEqual(['photo.jpg', 'talk.m4a', 'clip.mp4'])
  })
})

describe('placing selections', () => {
  it('maps positions through CRLF, a BOM, NBSP, tabs and soft hyphens without moving a passage', async () => {
    const raw = 'Title line\r\n\r\nFirst\tparagraph\u00a0with “quotes”.\r\nSame para\u00adgraph 😀 end.\r\n\r\n\r\nLast one.'
    const [s, c] = [guid(), guid()]
    const pick = (quote: string) => [raw.indexOf(quote), raw.indexOf(quote) + quote.length] as const
    const quotes = ['“quotes”.\r\nSame', 'para\u00adgraph 😀', 'end.\r\n\r\n\r\nLast', 'Title']
    const selections = quotes.map((q) => selection(...pick(q), coding(c))).join('')
    const xml = qde(codebook(code(c, 'T')) + `<Sources><TextSource guid="${s}" name="crlf" plainTextPath="internal://${s}.txt">${selections}</TextSource></Sources>`)
    const { project } = await importOf(xml, { [`Sources/${s}.txt`]: new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(raw)]) })
    expect(project.contents[0]?.text).toBe('Title line\n\nFirst paragraph with “quotes”. Same paragraph 😀 end.\n\nLast one.')
    expect(project.annotations.map((a) => a.exact)).toEqual(['Title', '“quotes”. Same', 'paragraph 😀', 'end.\n\nLast'])
  })

  it('reads code points when a UTF-16 reading would cut an emoji in half, and says so', async () => {
    const raw = '😀😀 one two three'
    const [s, c] = [guid(), guid()]
    // "one" is at code points 3–6 (UTF-16 5–8); read as UTF-16, 3 falls inside the second emoji.
    const xml = qde(codebook(code(c, 'T')) + `<Sources><TextSource guid="${s}" name="qc" plainTextPath="internal://${s}.txt">${selection(3, 6, coding(c))}</TextSource></Sources>`)
    const { project, report } = await importOf(xml, { [`sources/${s}.txt`]: raw })
    expect(project.annotations.map((a) => a.exact)).toEqual(['one'])
    expect(report.positions).toMatchObject([{ source: 'qc', unit: 'codepoints', reason: 'code points: read as UTF-16 units, a selection at 3–6 would cut an emoji in half' }])
  })

  it('lets quotes in selection names decide between the two readings', async () => {
    const raw = '🙂 alpha beta gamma delta'
    const [s, c] = [guid(), guid()]
    // 2–12 in UTF-16 units is “ alpha bet”, in code points “alpha beta”: the name says which.
    const xml = qde(codebook(code(c, 'T')) + `<Sources><TextSource guid="${s}" name="n" plainTextPath="internal://${s}.txt">${selection(2, 12, coding(c), 'alpha beta')}</TextSource></Sources>`)
    const { project, report } = await importOf(xml, { [`sources/${s}.txt`]: raw })
    expect(report.positions[0]?.unit).toBe('codepoints')
    expect(project.annotations[0]?.exact).toBe('alpha beta')
  })

  it('keeps one passage with every theme where selections repeat a range (NVivo) or carry several codings (qc)', async () => {
    const [s, a, b, c] = [guid(), guid(), guid(), guid()]
    const selections = selection(0, 5, coding(a)) + selection(0, 5, coding(b)) + selection(6, 11, coding(a) + coding(c))
    const xml = qde(codebook(code(a, 'A') + code(b, 'B') + code(c, 'C')) + `<Sources><TextSource guid="${s}" name="s" plainTextPath="internal://${s}.txt">${selections}</TextSource></Sources>`)
    const { project } = await importOf(xml, { [`sources/${s}.txt`]: 'Hello world' })
    expect(project.annotations.map((p) => [p.exact, p.tagIds])).toEqual([
      ['Hello', [a, b]],
      ['world', [a, c]]
    ])
  })

  it('keeps a selection without codes as a passage with its note (ATLAS.ti’s commented quotation), and linked notes too', async () => {
    const [s, note, sel] = [guid(), guid(), guid()]
    const xml = qde(
      `<Sources><TextSource guid="${s}" name="s" plainTextPath="internal://${s}.txt"><PlainTextSelection guid="${sel}" name="" startPosition="0" endPosition="5"><Description>Comment on it</Description></PlainTextSelection></TextSource></Sources>` +
        `<Notes><Note guid="${note}" name="Linked memo"><PlainTextContent>Body of the memo</PlainTextContent></Note></Notes><Links><Link guid="${guid()}" originGUID="${note}" targetGUID="${sel.toUpperCase()}"/></Links>`
    )
    const { project, report } = await importOf(xml, { [`sources/${s}.txt`]: 'Hello world' })
    expect(project.annotations.map((a) => [a.exact, a.tagIds, a.note])).toEqual([['Hello', [], 'Comment on it\n\nLinked memo\nBody of the memo']])
    expect(report.notes).toBe(1)
  })

  it('lists selections it cannot place, each with its reason', async () => {
    const [s, c] = [guid(), guid()]
    const selections = [selection(5, 2, coding(c)), selection(3, 3), selection(0, 99), selection(5, 6), selection(0, 2, coding(guid()))].join('')
    const xml = qde(codebook(code(c, 'T')) + `<Sources><TextSource guid="${s}" name="s" plainTextPath="internal://${s}.txt">${selections}</TextSource></Sources>`)
    const { project, report } = await importOf(xml, { [`sources/${s}.txt`]: 'Hello world' })
    expect(report.unplaced.map((u) => u.reason)).toEqual([
      'the selection at 5–2 coded “T” could not be placed: it ends before it starts',
      'the selection at 3–3 could not be placed: it is empty',
      'the selection at 0–99 could not be placed: it ends past the end of the text (11)',
      'the selection at 5–6 could not be placed: it covers only spaces and line breaks',
      expect.stringMatching(/^a coding of the selection at 0–2 coded “[0-9a-f-]+” refers to a code that is not in the codebook$/)
    ])
    expect(project.annotations.map((a) => [a.exact, a.tagIds])).toEqual([['He', []]])
  })

  it('words what it could not bring in for the app in the reader’s language, the CLI’s English unchanged', async () => {
    const ru = translator('ru')
    const [s, c, set] = [guid(), guid(), guid()]
    const xml = qde(
      codebook(code(c, 'Экономика')) +
        `<Sources><TextSource guid="${s}" name="Gone" plainTextPath="internal://${s}.txt">${selection(0, 4, coding(c))}${selection(9, 2)}</TextSource>` +
        `<PictureSource guid="${guid()}" name="photo.jpg"><PictureSelection guid="${guid()}"/><PictureSelection guid="${guid()}"/></PictureSource></Sources>` +
        `<Sets><Set guid="${set}" name="Codes"><MemberCode targetGUID="${c}"/></Set></Sets>`
    )
    const { report } = await importOf(xml, { [`sources/${s}.txt`]: ' ' })
    expect(report.unplaced.map((u) => `${u.source}: ${u.reason}`)).toEqual([
      'Gone: not imported: its text in the file is empty',
      'Gone: the selection at 0–4 coded “Экономика” could not be placed without the source’s text',
      'Gone: the selection at 9–2 could not be placed without the source’s text',
      'photo.jpg: skipped: a picture, and Themata imports text only; its 2 selections were not imported',
      'Set “Codes”: not imported: it groups codes, and Themata’s sets group articles'
    ])
    expect(report.unplaced.map((u) => `${u.sourceWords ? say(u.sourceWords, ru) : u.source}: ${say(u.words, ru)}`)).toEqual([
      'Gone: не импортирован: его текст в файле пуст',
      'Gone: выделение 0–4 (коды: «Экономика»): без текста источника разместить не удалось',
      'Gone: выделение 9–2: без текста источника разместить не удалось',
      'photo.jpg: пропущен: это изображение, а Themata импортирует только текст; его 2 выделения не импортированы',
      'Подборка «Codes»: не импортирована: она объединяет коды, а подборки в Themata объединяют статьи'
    ])
  })

  it('says why a selection could not be placed, and how positions were counted, in Russian', async () => {
    const ru = translator('ru')
    const [s, c] = [guid(), guid()]
    const xml = qde(codebook(code(c, 'T')) + `<Sources><TextSource guid="${s}" name="s" plainTextPath="internal://${s}.txt">${selection(3, 6, coding(c))}${selection(5, 2, coding(c))}</TextSource></Sources>`)
    const { report } = await importOf(xml, { [`sources/${s}.txt`]: '😀😀 one two three' })
    expect(report.unplaced.map((u) => [u.reason, say(u.words, ru)])).toEqual([
      ['the selection at 5–2 coded “T” could not be placed: it ends before it starts', 'выделение 5–2 (коды: «T»): разместить не удалось — оно заканчивается раньше, чем начинается']
    ])
    expect(report.positions.map((p) => [p.reason, say(p.words, ru)])).toEqual([
      ['code points: read as UTF-16 units, a selection at 3–6 would cut an emoji in half', 'в кодовых точках: если читать в единицах UTF-16, выделение 3–6 разрезало бы эмодзи пополам']
    ])
  })
})

describe('codebook, notes, sets', () => {
  it('turns notes on codes and sources into theme and article memos, with the note’s title', async () => {
    const [s, c, n1, n2] = [guid(), guid(), guid(), guid()]
    const xml = qde(
      codebook(code(c, 'Theme', `<NoteRef targetGUID="${n1}"/>`, ' color="#ABC"')) +
        `<Sources><TextSource guid="${s}" name="s" plainTextPath="internal://${s}.txt"><Description>About the source</Description><NoteRef targetGUID="${n2}"/></TextSource></Sources>` +
        `<Notes><Note guid="${n1}" name="Why"><PlainTextContent>Because.</PlainTextContent></Note><Note guid="${n2}" name=""><PlainTextContent>Source memo</PlainTextContent></Note></Notes>`
    )
    const { project, report } = await importOf(xml, { [`sources/${s}.txt`]: 'Text' })
    expect(project.tags[0]).toMatchObject({ name: 'Theme', color: '#aabbcc', memo: 'Why\nBecause.' })
    expect(project.documents[0]?.memo).toBe('About the source\n\nSource memo')
    expect(report.notes).toBe(2)
  })

  it('brings sets of documents in and lists sets of codes', async () => {
    const [s, c] = [guid(), guid()]
    const xml = qde(
      codebook(code(c, 'T')) +
        `<Sources><TextSource guid="${s}" name="s" plainTextPath="internal://${s}.txt"/></Sources>` +
        `<Sets><Set guid="${guid()}" name="Docs"><MemberSource targetGUID="${s.toUpperCase()}"/></Set><Set guid="${guid()}" name="Codes"><MemberCode targetGUID="${c}"/></Set></Sets>`
    )
    const { project, report } = await importOf(xml, { [`sources/${s}.txt`]: 'Text' })
    expect(project.sets.map((x) => x.name)).toEqual(['Docs'])
    expect(project.documents[0]?.setIds).toEqual([project.sets[0]?.id])
    expect(report.unplaced).toMatchObject([{ source: 'Set “Codes”', reason: 'not imported: it groups codes, and Themata’s sets group articles' }])
  })

  it('gives two sources with the same text different content hashes (the library keys articles by them)', async () => {
    const [a, b] = [guid(), guid()]
    const xml = qde(`<Sources><TextSource guid="${a}" name="a" plainTextPath="internal://${a}.txt"/><TextSource guid="${b}" name="b" plainTextPath="internal://${b}.txt"/></Sources>`)
    const { project } = await importOf(xml, { [`sources/${a}.txt`]: 'Same', [`sources/${b}.txt`]: 'Same' })
    expect(new Set(project.documents.map((d) => d.contentHash)).size).toBe(2)
  })
})

describe('files that are not projects: one sentence', () => {
  const cases: [string, Uint8Array, string, string][] = [
    ['not a zip', new TextEncoder().encode('<!DOCTYPE html><html></html>'), 'page.qdpx', '“page.qdpx” is not a zip archive, so it is not a REFI-QDA project (.qdpx).'],
    ['a zip without project.qde', zipSync({ 'a.txt': new Uint8Array([65]) }), 'p.qdpx', '“p.qdpx” holds no project.qde, so it is not a REFI-QDA project (.qdpx).'],
    ['empty', new Uint8Array(), 'p.qdpx', '“p.qdpx” is empty — there is no project in it.'],
    ['not XML', new TextEncoder().encode('not xml'), 'p.qde', '“p.qde” is not well-formed XML, so it cannot be read as a REFI-QDA project.'],
    ['a codebook, not a project', new TextEncoder().encode('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"/>'), 'p.qde', '“p.qde” is not a REFI-QDA project: it has the root element <CodeBook>, not <Project> in urn:QDA-XML:project:1.0.'],
    ['a project in another namespace', new TextEncoder().encode('<Project name="x"/>'), 'p.qde', '“p.qde” is not a REFI-QDA project: it has a Project element in no namespace, not <Project> in urn:QDA-XML:project:1.0.']
  ]
  it.each(cases)('%s', async (_what, bytes, name, sentence) => {
    const error = await importQdpx(bytes, name).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ProjectFileError)
    expect((error as Error).message).toBe(sentence)
  })
})
