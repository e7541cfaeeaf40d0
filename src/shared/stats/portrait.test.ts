import { describe, expect, it } from 'vitest'
import { toCsv } from './csv'
import { portraitOf } from './portrait'

describe('document portrait', () => {
  it('marks each stretch of text with the theme covering most of it', () => {
    const passages = [
      { start: 0, end: 30, tagIds: ['red'] },
      { start: 20, end: 25, tagIds: ['blue'] },
      { start: 60, end: 100, tagIds: ['blue'] },
      { start: 70, end: 75, tagIds: [] }
    ]
    expect(portraitOf(passages, 100, 5).bins).toEqual(['red', 'red', null, 'blue', 'blue'])
  })

  it('is empty for an empty text', () => {
    expect(portraitOf([{ start: 0, end: 0, tagIds: ['red'] }], 0, 3).bins).toEqual([null, null, null])
  })
})

describe('CSV', () => {
  it('starts with a byte-order mark, ends lines with CRLF and quotes what needs quoting', () => {
    expect(toCsv(['Theme', 'Passages'], [['Energy, gas', 3], ['He said "no"', 0.25]])).toBe('\uFEFFTheme,Passages\r\n"Energy, gas",3\r\n"He said ""no""",0.25\r\n')
  })

  it('defuses text a spreadsheet would run as a formula', () => {
    const csv = toCsv(['a'], [['=HYPERLINK("x")'], ['+1'], ['-2'], ['@SUM(A1)'], ['\tx'], [-2], ['plain']])
    expect(csv.split('\r\n').slice(1, -1)).toEqual([`"'=HYPERLINK(""x"")"`, `'+1`, `'-2`, `'@SUM(A1)`, `'\tx`, '-2', 'plain'])
  })
})
