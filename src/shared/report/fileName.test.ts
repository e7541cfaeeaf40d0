import { describe, expect, it } from 'vitest'
import { reportFileName, safeSaveName, slugFileName } from './fileName'

describe('reportFileName', () => {
  it('slugs a title', () => {
    expect(reportFileName('Strikes on SOCAR: what Baku expects')).toBe('strikes-on-socar-what-baku-expects-report.html')
  })

  it('drops Latin accents but keeps other scripts', () => {
    expect(reportFileName('Économie et énergie à Bakou')).toBe('economie-et-energie-a-bakou-report.html')
    expect(reportFileName('Удары по SOCAR и СНГ')).toBe('удары-по-socar-и-снг-report.html')
  })

  it('removes path separators and reserved characters', () => {
    for (const title of ['../../etc/passwd', 'a\\b/c:d*e?f"g<h>i|j', 'CON', 'x\u0000y\ttab']) {
      const name = reportFileName(title)
      expect([...name].filter((c) => '/\\:*?"<>|'.includes(c) || c.charCodeAt(0) < 32)).toEqual([])
      expect(name).toMatch(/^[^.-].*-report\.html$/)
    }
    expect(reportFileName('../../etc/passwd')).toBe('etc-passwd-report.html')
  })

  it('is never empty', () => {
    expect(reportFileName('')).toBe('untitled-report.html')
    expect(reportFileName('   ///  ...  ')).toBe('untitled-report.html')
  })

  it('stays within 80 characters, cutting at a word and not inside a character', () => {
    const long = reportFileName('Sanctions and energy leverage in the South Caucasus '.repeat(5))
    expect(long.length).toBeLessThanOrEqual(80)
    expect(long).toMatch(/^sanctions-and-energy-[a-z-]*[a-z]-report\.html$/)
    const astral = reportFileName('𠀀'.repeat(100))
    expect(astral.length).toBeLessThanOrEqual(80)
    expect(astral).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/)
  })
})

describe('safeSaveName', () => {
  it('gives back the names the app suggests', () => {
    for (const title of ['Strikes on SOCAR', 'Удары по SOCAR', '../../etc/passwd', '']) {
      expect(safeSaveName(reportFileName(title), '.html')).toBe(reportFileName(title))
      expect(safeSaveName(slugFileName(title, '-codebook.qdc'), '.qdc')).toBe(slugFileName(title, '-codebook.qdc'))
    }
  })

  it('keeps only a plain file name with the expected extension, whatever the renderer sends', () => {
    expect(safeSaveName('../../.config/autostart/evil.desktop', '.html')).toBe('evil-desktop.html')
    expect(safeSaveName('C:\\Windows\\System32\\drivers\\etc\\hosts', '.csv')).toBe('hosts.csv')
    expect(safeSaveName('/etc/', '.qdc')).toBe('untitled.qdc')
    expect(safeSaveName('report.HTML', '.html')).toBe('report.html')
    expect(safeSaveName('CON', '.html')).toBe('con-file.html')
    expect(safeSaveName('lpt1.csv', '.csv')).toBe('lpt1-file.csv')
  })
})
