import { describe, expect, it } from 'vitest'
import { CodebookFileError } from '../codebookExchange/errors'
import { mergeCodebook } from '../codebookExchange/merge'
import { readCodebookFile } from '../codebookExchange/readCodebookFile'
import { tagsFrom, withoutGuids } from '../codebookExchange/testSupport'
import { codebookTree } from '../codebookExchange/tree'
import { writeCodebookFile } from '../codebookExchange/writeCodebookFile'
import { formatParentPath, parseParentPath } from './parentPath'
import { parseCodebookCsv } from './parseCodebookCsv'
import { writeCodebookCsv } from './writeCodebookCsv'

const tags = tagsFrom([
  ['Economic pressure', [['Sanctions, tariffs and "quotas"', [], { description: 'Trade, energy;\nand debt.' }]], { color: '#d97706', description: 'Leverage.' }],
  ['Гибридные методы', [['Дезинформация', [['Боты / тролли', [], { color: '#7c3aed' }]]]]],
  ['Azərbaycan', [['İlham Əliyev', [['ığdır ŞÜÖÇĞ']]]]],
  ['Path\\with/slashes', [['child/of\\it']]],
  ['=SUM(A1:A2)', [['+cmd', [], { description: '-2+3' }], ['@home']], { description: '=HYPERLINK("http://x")' }]
])

const bytes = (text: string) => new TextEncoder().encode(text)

describe('codebook CSV', () => {
  it('writes UTF-8 with a BOM, a header row, and one row per theme in codebook order', () => {
    const csv = writeCodebookFile('csv', tags)
    expect(csv.startsWith('\uFEFFname,parent path,colour,description\r\n')).toBe(true)
    const lines = csv.slice(1).split('\r\n')
    expect(lines[1]).toBe('Economic pressure,,#d97706,Leverage.')
    expect(lines[2]).toBe('"Sanctions, tariffs and ""quotas""",Economic pressure,#d97706,"Trade, energy;\nand debt."')
    expect(csv).toContain('Боты / тролли,Гибридные методы/Дезинформация,#7c3aed,')
    expect(csv).toContain('ığdır ŞÜÖÇĞ,Azərbaycan/İlham Əliyev,')
    expect(csv).toContain('child/of\\it,Path\\\\with\\/slashes,')
  })

  it('guards cells that start with = + - @ against being run as formulas', () => {
    const csv = writeCodebookFile('csv', tags)
    expect(csv).toContain(`"'=SUM(A1:A2)",,#d97706,"'=HYPERLINK(""http://x"")"`)
    expect(csv).toContain(`"'+cmd","'=SUM(A1:A2)",#d97706,"'-2+3"`)
    expect(csv).toContain(`"'@home"`)
    for (const line of csv.slice(1).split('\r\n')) expect(line).not.toMatch(/(^|,)[=+\-@]/)
  })

  it('round-trips names, paths, colours and descriptions, Cyrillic and Azerbaijani included', () => {
    const back = readCodebookFile(bytes(writeCodebookFile('csv', tags)), 'codebook.csv')
    expect(withoutGuids(back)).toEqual(withoutGuids(codebookTree(tags)))
    const { tags: imported } = mergeCodebook([], back, () => crypto.randomUUID())
    expect(imported.map((t) => t.name)).toEqual(tags.map((t) => t.name))
  })

  it('reads what a spreadsheet saves: semicolons, spaced paths, US headers, blank rows, other column orders', () => {
    const csv = 'Description;Color;Name;Parent\r\n;;Hybrid tactics;\r\n\r\nFalse stories;#7C3AED;Disinformation; Hybrid tactics \r\n;;Bots; Hybrid tactics / Disinformation\r\n'
    expect(withoutGuids(readCodebookFile(bytes(csv), 'sheet.csv'))).toEqual([
      {
        name: 'Hybrid tactics',
        color: null,
        description: '',
        children: [{ name: 'Disinformation', color: '#7c3aed', description: 'False stories', children: [{ name: 'Bots', color: null, description: '', children: [] }] }]
      }
    ])
  })

  it('creates the parents a path names without rows of their own, and merges repeated rows', () => {
    const csv = 'name,parent path,colour,description\nDeepfakes,Hybrid tactics/Disinformation,,\nDisinformation,hybrid tactics,#abc,Lies.\ndeepfakes,Hybrid tactics/Disinformation,#123456,Video.\n'
    expect(withoutGuids(parseCodebookCsv(csv, 'x.csv'))).toEqual([
      {
        name: 'Hybrid tactics',
        color: null,
        description: '',
        children: [{ name: 'Disinformation', color: '#aabbcc', description: 'Lies.', children: [{ name: 'Deepfakes', color: '#123456', description: 'Video.', children: [] }] }]
      }
    ])
  })

  it('reads a CSV saved in windows-1251 (Excel on a Russian Windows)', () => {
    const text = 'name,parent path\nДезинформация,Гибридные методы\n'
    const cp1251 = Uint8Array.from(text, (ch) => {
      const c = ch.charCodeAt(0)
      return c >= 0x410 && c <= 0x44f ? c - 0x410 + 0xc0 : c
    })
    expect(readCodebookFile(cp1251, 'ru.csv').map((n) => [n.name, n.children[0]?.name])).toEqual([['Гибридные методы', 'Дезинформация']])
  })

  it('says in one sentence what is wrong with a malformed CSV', () => {
    const cases: [string, string, string][] = [
      ['noheader.csv', 'Economic pressure,#d97706\nCIS,#0d9488\n', '“noheader.csv” has no “name” column; its first row must name the columns (name, parent path, colour, description).'],
      ['quote.csv', 'name,description\nCIS,"never closed\n', '“quote.csv” has a quoted cell that is not closed properly (row 2), so it cannot be read as CSV.'],
      ['noname.csv', 'name,parent path,colour\nCIS,,\n\n ,CIS,#d97706\n', '“noname.csv” has a theme without a name on row 4, so it cannot be imported.'],
      ['binary.csv', '\u0000\u0001\u0002PK', '“binary.csv” looks like binary data, not text.']
    ]
    for (const [name, text, sentence] of cases) {
      let thrown: unknown
      try {
        readCodebookFile(bytes(text), name)
      } catch (error) {
        thrown = error
      }
      expect(thrown, name).toBeInstanceOf(CodebookFileError)
      expect((thrown as Error).message, name).toBe(sentence)
    }
  })

  it('reads a header-only file as no themes', () => {
    expect(readCodebookFile(bytes(writeCodebookCsv([])), 'empty.csv')).toEqual([])
  })
})

describe('parent paths', () => {
  it('escape a slash or backslash inside a name, and read back every name', () => {
    const names = ['Hybrid tactics', 'a/b', 'c\\d', '\\/', 'ends with \\']
    const path = formatParentPath(names)
    expect(path).toBe('Hybrid tactics/a\\/b/c\\\\d/\\\\\\//ends with \\\\')
    expect(parseParentPath(path)).toEqual(names)
  })

  it('drop empty names and the spaces around names', () => {
    expect(parseParentPath('/ Hybrid   tactics //Disinformation/')).toEqual(['Hybrid tactics', 'Disinformation'])
    expect(parseParentPath('')).toEqual([])
    expect(parseParentPath('a\\b')).toEqual(['a\\b'])
  })
})
