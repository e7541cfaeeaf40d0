/**
 * Project → .qdpx → project, compared field by field: texts with CRLF, a BOM, curly quotes,
 * combining accents, right-to-left script and emoji before and inside passages. No passage may
 * move by a character, and every project.qde written must pass Project-mrt2019.xsd.
 */
import fc from 'fast-check'
import { unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { quoteAt, type Annotation, type Tag } from '../annotation'
import { importDocument } from '../import/index'
import { CODEBOOK_SEEDED_KEY, themeCountsOf, type ProjectData, type ProjectDocument } from '../project/projectData'
import { exportQdpx } from './exportQdpx'
import { importQdpx } from './importQdpx'
import { projectXml, projectXsdErrors } from './testSupport'

const NOW = Date.UTC(2026, 10, 29, 12)
const options = { origin: 'Themata 0.1.0', userName: 'Analyst', now: NOW }
const id = (): string => crypto.randomUUID()

/** Raw files as another program saved them; the app keeps their canonical text. */
const SOURCES: { fileName: string; raw: string }[] = [
  {
    fileName: 'windows-notes.txt',
    raw: '\ufeffSanctions and “energy” leverage\r\n\r\nThe minister’s reply\tcame late:\u00a0“we won’t yield.” 😀 Then 👍🏽 followed.\r\nA second line\r\n\r\nLast paragraph with 🇦🇿 flag.\r\n'
  },
  { fileName: 'accents.md', raw: 'Cafe\u0301 crème — naïve re\u0301sumé\n\nCombining e\u0301\u0301 twice, then 😀😀 two emoji.' },
  { fileName: 'rtl.txt', raw: 'مرحبا بالعالم 😀 سلام\n\nשלום עולם, and English after it.\n\nРусский текст: «ёлка».' }
]

async function buildProject(): Promise<ProjectData> {
  const tag = (name: string, parentId: string | null, order: number, extra: Partial<Tag> = {}): Tag => ({
    id: id(),
    name,
    color: '#d97706',
    description: '',
    memo: '',
    parentId,
    order,
    shortcut: null,
    ...extra
  })
  const economic = tag('Economic pressure', null, 0, { color: '#0d9488', description: 'Trade as “leverage”.', memo: 'Memo line one\nline two <b>&</b>', shortcut: 1 })
  const sanctions = tag('Sanctions & energy', economic.id, 0, { color: '#7c3aed' })
  const hybrid = tag('Hybrid tactics', null, 3, { shortcut: 2 })
  const deep = tag('Дезинформация', hybrid.id, 5, { description: 'Desc\r\nwith CRLF' })
  const tags = [economic, sanctions, hybrid, deep]
  const sets = [
    { id: id(), name: 'Aug 2025', order: 0 },
    { id: id(), name: 'Русские СМИ', order: 4 }
  ]
  const documents: ProjectDocument[] = []
  const contents: ProjectData['contents'] = []
  const annotations: Annotation[] = []
  for (const [i, source] of SOURCES.entries()) {
    const imported = await importDocument(new TextEncoder().encode(source.raw), source.fileName, {})
    const documentId = id()
    const passages = (quotes: [string, string[], string][]): Annotation[] =>
      quotes.map(([quote, tagIds, note], k) => {
        const start = imported.text.indexOf(quote)
        if (start < 0) throw new Error(`no “${quote}” in ${imported.text}`)
        return { id: id(), documentId, start, end: start + quote.length, ...quoteAt(imported.text, start, start + quote.length), tagIds, note, createdAt: NOW - 1000 * (k + 1), updatedAt: NOW - k }
      })
    const mine =
      i === 0
        ? passages([
            ['“energy”', [economic.id, sanctions.id], 'Quoted “energy”.\nSecond line & <tag>'],
            ['😀 Then 👍🏽', [hybrid.id], ''],
            ['we won’t yield', [], 'A note without a theme'],
            ['followed. A second line\n\nLast', [deep.id, economic.id], ''],
            ['🇦🇿', [sanctions.id], '']
          ])
        : i === 1
          ? passages([
              ['re\u0301sumé', [deep.id], ''],
              ['e\u0301\u0301 twice', [economic.id], 'CR\r\nLF note'],
              ['😀😀', [hybrid.id, deep.id], '']
            ])
          : passages([
              ['بالعالم 😀', [economic.id], 'RTL'],
              ['עולם', [hybrid.id], ''],
              ['«ёлка»', [sanctions.id], '']
            ])
    annotations.push(...mine)
    documents.push({
      id: documentId,
      contentHash: imported.contentHash,
      title: imported.title,
      fileName: imported.fileName,
      format: imported.format,
      metadata: i === 0 ? { author: 'İlham Əliyev', date: '2025-08-08', source: 'News.Az', language: 'en' } : {},
      byteLength: imported.byteLength,
      charCount: imported.text.length,
      importedAt: NOW - 86_400_000 * (i + 1),
      openedAt: NOW - 3_600_000 * i,
      passageCount: mine.length,
      themeCounts: themeCountsOf(mine),
      memo: i === 2 ? 'Article memo\nwith two lines' : '',
      setIds: i === 0 ? [(sets[0] as { id: string }).id, (sets[1] as { id: string }).id] : i === 2 ? [(sets[1] as { id: string }).id] : []
    })
    contents.push({ documentId, blocks: imported.blocks, text: imported.text })
  }
  return { name: 'Round trip “project”', documents, contents, tags, annotations, sets, settings: [{ key: CODEBOOK_SEEDED_KEY, value: true }] }
}

const byId = <T extends { id: string }>(list: readonly T[]): T[] => [...list].sort((a, b) => (a.id < b.id ? -1 : 1))

function withoutSidecar(archive: Uint8Array): Uint8Array {
  const files = unzipSync(archive)
  delete files['themata.json']
  return zipSync(files)
}

describe('a project through .qdpx and back', () => {
  it('comes back identical, field by field, and its project.qde is valid against Project-mrt2019.xsd', async () => {
    const project = await buildProject()
    const archive = exportQdpx(project, options)
    expect(await projectXsdErrors(projectXml(archive))).toBe('')
    const { project: back, report } = await importQdpx(archive, 'round-trip.qdpx')
    expect(back.name).toBe(project.name)
    expect(back.documents).toEqual(project.documents)
    expect(back.contents).toEqual(project.contents)
    expect(byId(back.tags)).toEqual(byId(project.tags))
    expect(byId(back.annotations)).toEqual(byId(project.annotations))
    expect(byId(back.sets)).toEqual(byId(project.sets))
    expect(back.settings).toEqual(project.settings)
    expect(report.unplaced).toEqual([])
    expect(report.notes).toBe(4 + 1 + 1)
  })

  it('writes what other tools read: UTF-16 offsets into sources/<guid>.txt, the canonical text in UTF-8', async () => {
    const project = await buildProject()
    const files = unzipSync(exportQdpx(project, options))
    const xml = projectXml(exportQdpx(project, options))
    for (const content of project.contents) {
      const path = Object.keys(files).find((p) => p === `sources/${content.documentId}.txt`) as string
      expect(new TextDecoder().decode(files[path])).toBe(content.text)
      expect(xml).toContain(`plainTextPath="internal://${content.documentId}.txt"`)
    }
    const emoji = project.annotations.find((a) => a.exact === '😀 Then 👍🏽') as Annotation
    expect(xml).toContain(`startPosition="${emoji.start}" endPosition="${emoji.end}"`)
    expect(xml).toMatch(/<User guid="[0-9a-f-]{36}" name="Analyst"\/>/)
    expect(xml).toContain('<Variable guid=')
    expect(xml).toContain('<MemberSource targetGUID=')
  })

  it('read as another tool’s file (no themata.json), keeps every text and every passage on the same characters', async () => {
    const project = await buildProject()
    const { project: back } = await importQdpx(withoutSidecar(exportQdpx(project, options)), 'foreign.qdpx')
    expect(back.contents.map((c) => c.text)).toEqual(project.contents.map((c) => c.text))
    const strip = ({ id, documentId, start, end, exact, prefix, suffix, tagIds, note }: Annotation) => ({ id, documentId, start, end, exact, prefix, suffix, tagIds, note })
    expect(byId(back.annotations).map(strip)).toEqual(byId(project.annotations).map(strip))
    expect(back.documents.map((d) => [d.title, d.metadata, d.memo, d.setIds])).toEqual(project.documents.map((d) => [d.title, d.metadata, d.memo, d.setIds]))
  })

  it('exports chosen articles only, with their passages and the whole codebook', async () => {
    const project = await buildProject()
    const chosen = project.documents[1] as ProjectDocument
    const { project: back } = await importQdpx(exportQdpx(project, { ...options, documentIds: new Set([chosen.id]) }), 'one.qdpx')
    expect(back.documents.map((d) => d.id)).toEqual([chosen.id])
    expect(back.annotations).toHaveLength(chosen.passageCount as number)
    expect(back.tags).toHaveLength(project.tags.length)
  })
})

/** Tricky pieces a raw text is made of: scripts, combining marks, emoji, every kind of whitespace, soft hyphens. */
const PIECES = ['a', 'b', 'word', 'é', 'e\u0301', 'Ж', 'ب', 'ש', '“', '”', '’', '😀', '👍🏽', '🇦🇿', ' ', '  ', '\t', '\u00a0', '\r\n', '\n', '\n\n', '\r\n\r\n', '\u00ad', '.']

const rawTexts = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 80 }).map((pieces) => pieces.join(''))

/** Positions between words (as tools select), in UTF-16 units. */
function boundaries(raw: string): number[] {
  const at: number[] = [0, raw.length]
  for (let i = 1; i < raw.length; i++) if (/\s/.test(raw[i] as string) !== /\s/.test(raw[i - 1] as string)) at.push(i)
  return [...new Set(at)].sort((a, b) => a - b)
}

const codePoints = (text: string, utf16: number): number => Array.from(text.slice(0, utf16)).length

/** A project file as another tool writes it: the raw text with its BOM, selections at raw positions in `unit`. */
function foreignArchive(raw: string, selections: [number, number][], unit: 'utf16' | 'codepoints', withBom: boolean): Uint8Array {
  const source = 'abcdef00-0000-4000-8000-000000000001'
  const code = 'abcdef00-0000-4000-8000-000000000002'
  const position = (p: number): number => (unit === 'utf16' ? p : codePoints(raw, p))
  const xmlAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/[\r\n\t]/g, ' ')
  const sel = selections
    .map(
      ([s, e], i) =>
        `<PlainTextSelection guid="abcdef00-0000-4000-8001-${String(i).padStart(12, '0')}" name="${xmlAttr(raw.slice(s, e))}" startPosition="${position(s)}" endPosition="${position(e)}"><Coding guid="abcdef00-0000-4000-8002-${String(i).padStart(12, '0')}"><CodeRef targetGUID="${code}"/></Coding></PlainTextSelection>`
    )
    .join('')
  const xml = `<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="p" origin="${unit === 'utf16' ? 'NVivo' : 'QualCoder 3.5'}"><CodeBook><Codes><Code guid="${code}" name="Theme" isCodable="true"/></Codes></CodeBook><Sources><TextSource guid="${source}" name="raw" plainTextPath="internal://${source}.txt">${sel}</TextSource></Sources></Project>`
  const text = new TextEncoder().encode(`${withBom ? '\ufeff' : ''}${raw}`)
  return zipSync({ 'project.qde': new TextEncoder().encode(xml), [`Sources/${source}.txt`]: text })
}

const cleaned = (text: string): string => text.replace(/\u00ad/g, '').replace(/[\s\p{Cc}]+/gu, ' ').trim()

describe('property: arbitrary texts and passages survive every round trip', () => {
  it('a raw text with selections from another tool (UTF-16 units or code points): each passage holds exactly its selection’s text', async () => {
    await fc.assert(
      fc.asyncProperty(
        rawTexts.filter((raw) => cleaned(raw) !== ''),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 8 }),
        fc.constantFrom('utf16' as const, 'codepoints' as const),
        fc.boolean(),
        async (raw, picks, unit, withBom) => {
          const at = boundaries(raw)
          const selections = picks
            .map(([a, b]): [number, number] => {
              const [s, e] = [at[a % at.length] as number, at[b % at.length] as number]
              return s <= e ? [s, e] : [e, s]
            })
            .filter(([s, e]) => cleaned(raw.slice(s, e)) !== '')
          const { project, report } = await importQdpx(foreignArchive(raw, selections, unit, withBom), 'foreign.qdpx')
          const text = project.contents[0]?.text as string
          expect(text).toBe((await importDocument(new TextEncoder().encode(raw), 'x.txt', {})).text)
          for (const [s, e] of selections) {
            const passage = project.annotations.find((a) => cleaned(a.exact) === cleaned(raw.slice(s, e)))
            expect(passage, JSON.stringify({ raw, s, e, unit, report: report.positions })).toBeDefined()
            expect(text.slice(passage?.start, passage?.end)).toBe(passage?.exact)
          }
          expect(report.unplaced).toEqual([])
        }
      ),
      { numRuns: 150 }
    )
  })

  it('a Themata project through .qdpx and back: every text and passage identical, every export schema-valid', async () => {
    let validated = 0
    await fc.assert(
      fc.asyncProperty(
        fc.array(rawTexts.filter((raw) => cleaned(raw) !== ''), { minLength: 1, maxLength: 3 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.string()), { maxLength: 10 }),
        async (raws, picks) => {
          const tagId = id()
          const tags: Tag[] = [{ id: tagId, name: 'T', color: '#2563eb', description: '', memo: '', parentId: null, order: 0, shortcut: 1 }]
          const project: ProjectData = { name: 'p', documents: [], contents: [], tags, annotations: [], sets: [], settings: [{ key: CODEBOOK_SEEDED_KEY, value: true }] }
          for (const [i, raw] of raws.entries()) {
            const imported = await importDocument(new TextEncoder().encode(`${raw} ${i}`), `${i}.txt`, {})
            const documentId = id()
            project.contents.push({ documentId, blocks: imported.blocks, text: imported.text })
            project.documents.push({ id: documentId, contentHash: imported.contentHash, title: imported.title, fileName: imported.fileName, format: imported.format, metadata: {}, byteLength: imported.byteLength, charCount: imported.text.length, importedAt: NOW, openedAt: NOW - i, passageCount: 0, themeCounts: {}, memo: '', setIds: [] })
          }
          for (const [d, a, b, note] of picks) {
            const document = project.documents[d % project.documents.length] as ProjectDocument
            const text = project.contents[d % project.contents.length]?.text as string
            const points = Array.from(text)
            const offsets = points.map((_, k) => points.slice(0, k).join('').length).concat(text.length)
            const [s, e] = [offsets[a % offsets.length] as number, offsets[b % offsets.length] as number].sort((x, y) => x - y) as [number, number]
            if (s === e || project.annotations.some((x) => x.documentId === document.id && x.start === s && x.end === e)) continue
            project.annotations.push({ id: id(), documentId: document.id, start: s, end: e, ...quoteAt(text, s, e), tagIds: [tagId], note: note.trim() ? note : '', createdAt: NOW, updatedAt: NOW })
            document.passageCount = (document.passageCount ?? 0) + 1
            document.themeCounts = { [tagId]: (document.themeCounts?.[tagId] ?? 0) + 1 }
          }
          const archive = exportQdpx(project, options)
          if (validated++ < 10) expect(await projectXsdErrors(projectXml(archive))).toBe('')
          const { project: back } = await importQdpx(archive, 'p.qdpx')
          expect(back.contents).toEqual(project.contents)
          expect(back.documents).toEqual(project.documents)
          expect(byId(back.annotations)).toEqual(byId(project.annotations))
        }
      ),
      { numRuns: 60 }
    )
  })
})
