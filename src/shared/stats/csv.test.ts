import { describe, expect, it } from 'vitest'
import { toCsv } from './csv'

describe('CSV', () => {
  it('starts with a byte-order mark, ends lines with CRLF and quotes what needs quoting', () => {
    expect(toCsv(['Theme', 'Passages'], [['Energy, gas', 3], ['He said "no"', 0.25]])).toBe('\uFEFFTheme,Passages\r\n"Energy, gas",3\r\n"He said ""no""",0.25\r\n')
  })

  it('defuses text a spreadsheet would run as a formula', () => {
    const csv = toCsv(['a'], [['=HYPERLINK("x")'], ['+1'], ['-2'], ['@SUM(A1)'], ['\tx'], ['=1+1\n2'], [-2], ['plain']])
    expect(csv.split('\r\n').slice(1, -1)).toEqual([`"'=HYPERLINK(""x"")"`, `"'+1"`, `"'-2"`, `"'@SUM(A1)"`, `"'\tx"`, `"'=1+1\n2"`, '-2', 'plain'])
  })
})
