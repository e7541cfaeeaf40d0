import { describe, expect, it } from 'vitest'
import { filesFromArgv } from './launchArgs'

const packaged = { cwd: '/home/ana/press', defaultApp: false }
const dev = { cwd: '/home/ana/press', defaultApp: true }

describe('filesFromArgv', () => {
  it('finds nothing in a plain start, packaged or from source', () => {
    expect(filesFromArgv(['/opt/Themata/themata'], packaged)).toEqual([])
    expect(filesFromArgv(['/usr/lib/electron', 'out/main/index.js'], dev)).toEqual([])
    expect(filesFromArgv(['/usr/lib/electron', '--no-sandbox', '.'], dev)).toEqual([])
  })

  it('resolves files against the folder the start was made from', () => {
    expect(filesFromArgv(['/opt/Themata/themata', 'article.txt', '../other/report.pdf', '/tmp/a.docx'], packaged)).toEqual([
      '/home/ana/press/article.txt',
      '/home/ana/other/report.pdf',
      '/tmp/a.docx'
    ])
  })

  it('skips the app path in development, and every switch before or after it', () => {
    expect(filesFromArgv(['/usr/lib/electron', '--inspect=0', '--remote-debugging-port=0', 'out/main/index.js', '--no-sandbox', 'a.md'], dev)).toEqual([
      '/home/ana/press/a.md'
    ])
  })

  it('skips what a second instance gains: Chromium switches, and macOS process serial numbers', () => {
    const second = ['/opt/Themata/themata', '--allow-file-access-from-files', '--original-process-start-time=13373737', '-psn_0_12345', 'b.odt']
    expect(filesFromArgv(second, { cwd: '/media/usb', defaultApp: false })).toEqual(['/media/usb/b.odt'])
  })

  it('takes everything after "--" as a file, even a name that starts with a dash', () => {
    expect(filesFromArgv(['/opt/Themata/themata', '--no-sandbox', '--', '-draft.txt', '--', 'c.txt'], packaged)).toEqual([
      '/home/ana/press/-draft.txt',
      '/home/ana/press/--',
      '/home/ana/press/c.txt'
    ])
  })

  it('reads file URLs as paths (a desktop entry hands over %U), and ignores other URLs', () => {
    expect(filesFromArgv(['/opt/Themata/themata', 'file:///home/ana/Press%20cuttings/d%C3%BCnya.html', 'https://example.org/a.html', 'mailto:x@y.z'], packaged)).toEqual([
      '/home/ana/Press cuttings/dünya.html'
    ])
  })

  it('names each file once, in the order given', () => {
    expect(filesFromArgv(['/opt/Themata/themata', 'a.txt', './a.txt', 'b.txt', '/home/ana/press/a.txt'], packaged)).toEqual([
      '/home/ana/press/a.txt',
      '/home/ana/press/b.txt'
    ])
  })
})
