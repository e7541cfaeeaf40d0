import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { JSDOM, requestInterceptor } from 'jsdom'
import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Block } from '../document'
import { declaredCharset, parseHtml, type HtmlWindow } from './html'
import { importDocument } from './index'
import { normalizeDocument } from './normalize'

const window = new JSDOM('').window as unknown as HtmlWindow & { __pwned?: string }
const env = { window }
const hostile = readFileSync(join(__dirname, 'fixtures', 'hostile-page.html'), 'utf8')
const newsPage = readFileSync(join(__dirname, 'fixtures', 'news-page.html'), 'utf8')
const read = (html: string): Block[] => normalizeDocument(parseHtml(html, window)).blocks
const p = (text: string): Block => ({ type: 'paragraph', text })

const ARTICLE = [
  { type: 'heading', level: 1, text: 'Harbour reopens after the storm' },
  p('The harbour reopened on Tuesday, three days after the storm.'),
  p('Fishing crews returned to the quay before dawn.'),
  p('The port authority expects full traffic by Friday.')
]
const HOSTILE_MARKERS = [
  'HEAD-SCRIPT', 'STYLE-TEXT', 'ONLOAD', 'SITE-HEADER', 'NAV-LINK', 'AD-OVERLAY', 'ONERROR', 'IMG-ALT', 'JS-URL',
  'IFRAME-TEXT', 'SVG-', 'OBJECT-TEXT', 'FORM-', 'INPUT-VALUE', 'AD-POPUP', 'HIDDEN-TEXT', 'DISPLAY-NONE-TEXT',
  'NOSCRIPT-TEXT', 'ASIDE-TEXT', 'BODY-SCRIPT', 'FOOTER-TEXT', 'evil.example', 'javascript', '<', '__pwned'
]

describe('a hostile saved web page', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('gives the article paragraphs and nothing else', async () => {
    const doc = await importDocument(new TextEncoder().encode(hostile), 'page.html', env)
    expect(doc.blocks).toEqual(ARTICLE)
    const everything = JSON.stringify(doc)
    for (const marker of HOSTILE_MARKERS) expect(everything).not.toContain(marker)
  })

  it('runs nothing from the file and fetches nothing', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch')
    await importDocument(new TextEncoder().encode(hostile), 'page.html', env)
    expect(window.__pwned).toBeUndefined()
    expect(globalThis).not.toHaveProperty('__pwned')
    expect(fetch).not.toHaveBeenCalled()
    expect(window.document.body.innerHTML).toBe('')
  })

  it('loads nothing through the window, even one that loads every resource and runs scripts', async () => {
    const requested: string[] = []
    const open = new JSDOM('<!doctype html><body></body>', {
      url: 'https://themata.test/',
      runScripts: 'dangerously',
      resources: {
        interceptors: [
          requestInterceptor((request) => {
            requested.push(request.url)
            return Promise.resolve(new Response('', { status: 404 }))
          })
        ]
      }
    }).window as unknown as HtmlWindow & { __pwned?: string }
    const doc = await importDocument(new TextEncoder().encode(hostile), 'page.html', { window: open })
    expect(doc.blocks).toEqual(ARTICLE)
    expect(open.__pwned).toBeUndefined()
    // The probe: a stylesheet link added to the window's own document is requested. Requests are
    // recorded in the order they are made, so once the probe's is in, any the import made would be too.
    const probe = open.document.createElement('link')
    probe.rel = 'stylesheet'
    probe.href = 'https://themata.test/probe.css'
    open.document.head.append(probe)
    await vi.waitFor(() => expect(requested).toContain('https://themata.test/probe.css'))
    expect(requested).toEqual(['https://themata.test/probe.css'])
    open.close()
  })

  it('skips the chrome even without <article> or <main>', () => {
    const unwrapped = hostile.replace(/<\/?(?:main|article)>/g, '')
    expect(read(unwrapped)).toEqual(ARTICLE)
  })

  it('takes title, date, site and language from the head', () => {
    expect(parseHtml(hostile, window)).toMatchObject({
      title: 'Harbour reopens after the storm',
      metadata: { date: '2024-03-05', source: 'Daily Example', language: 'en-GB' }
    })
  })
})

describe('a saved news page without semantic markup', () => {
  it('keeps the story — its headings, paragraphs and quote — and nothing of the page around it', () => {
    const blocks = read(newsPage)
    expect(blocks.map((block) => [block.type, block.level, block.text.slice(0, 24)])).toEqual([
      ['heading', 1, 'Ferry service to Aktau r'],
      ['paragraph', undefined, 'The passenger ferry betw'],
      ['paragraph', undefined, 'Port officials in Alat s'],
      ['paragraph', undefined, 'The shipping company pla'],
      ['heading', 2, 'Freight first'],
      ['paragraph', undefined, 'Freight remains the main'],
      ['quote', undefined, '“Passengers are welcome,'],
      ['paragraph', undefined, 'Travel agents in Baku re']
    ])
    expect(JSON.stringify(blocks)).not.toMatch(/MENU|SIDEBAR|SHARE|RELATED|COMMENT|FOOTER/)
  })

  it('takes headline, authors, date, publisher and language from its JSON-LD', () => {
    expect(parseHtml(newsPage, window)).toMatchObject({
      title: 'Ferry service to Aktau resumes after a two-year pause',
      metadata: { author: 'Aysel Quliyeva', date: '2024-11-05', source: 'Baku Daily', language: 'en' }
    })
  })

  it('moves the byline Readability finds into the metadata when the page states no author', () => {
    const sentence = 'The ferry sailed again on Tuesday, carrying passengers, lorries and spare parts, after two years in port. '
    const html = `<div class="story"><h1>Ferry</h1><p class="byline">By Aysel Quliyeva</p>${`<p>${sentence.repeat(3)}</p>`.repeat(4)}</div>`
    const raw = parseHtml(html, window)
    expect(raw.metadata?.author).toBe('Aysel Quliyeva')
    expect(raw.blocks.map((block) => block.text)).not.toContain('By Aysel Quliyeva')
  })
})

describe('parseHtml on arbitrary pages', () => {
  const prose = 'A paragraph long enough for Readability to weigh it, with commas, clauses, and several sentences. '.repeat(3)
  const part = fc.constantFrom(
    `<p>${prose}</p>`, '<h2>Section</h2>', '<ul><li>item</li></ul>', '<table><tr><td>cell</td></tr></table>', '<blockquote>quoted</blockquote>',
    '<div>', '</div>', '<article>', '</article>', '<nav>menu</nav>', '<div class="comments"><p>remark</p></div>',
    '<script>window.__pwned = 1</script>', '<img src=x onerror="window.__pwned = 2">', '<a href="javascript:window.__pwned = 3">link</a>',
    '<svg onload="window.__pwned = 4"><script>window.__pwned = 5</script></svg>', '<iframe srcdoc="<script>window.__pwned = 6</script>"></iframe>'
  )

  it('never throws, runs nothing, and gives plain-text blocks', () => {
    fc.assert(
      fc.property(fc.array(part, { maxLength: 30 }), (parts) => {
        const { blocks } = parseHtml(parts.join(''), window)
        for (const block of blocks) expect(block.text).not.toMatch(/__pwned|javascript:|<\/?[a-z]/)
        expect(window.__pwned).toBeUndefined()
      }),
      { numRuns: 200 }
    )
  })
})

describe('parseHtml', () => {
  it('reads headings, lists, quotes and table rows', () => {
    const html = `
      <h2>Section</h2>
      <ul><li>one</li><li>two <b>bold</b><ul><li>two.a</li></ul></li><li><p>three</p><p>more</p></li></ul>
      <blockquote><p>Quoted one.</p><p>Quoted two.</p></blockquote>
      <blockquote>Bare quote</blockquote>
      <table><thead><tr><th>Name</th><th>Role</th></tr></thead>
        <tbody><tr><td>Ann</td><td>Lead</td></tr><tr><td>Bo</td><td></td></tr></tbody></table>`
    expect(read(html)).toEqual([
      { type: 'heading', level: 2, text: 'Section' },
      { type: 'listItem', text: 'one' },
      { type: 'listItem', text: 'two bold' },
      { type: 'listItem', text: 'two.a' },
      { type: 'listItem', text: 'three more' },
      { type: 'quote', text: 'Quoted one.' },
      { type: 'quote', text: 'Quoted two.' },
      { type: 'quote', text: 'Bare quote' },
      { type: 'tableRow', text: 'Name | Role' },
      { type: 'tableRow', text: 'Ann | Lead' },
      { type: 'tableRow', text: 'Bo' }
    ])
  })

  it('makes paragraphs of direct text in divs, with <br> as a space', () => {
    const html = '<div>Lead in<br>text <span>here</span><p>Inner.</p>tail</div><div><div>Nested.</div></div>'
    expect(read(html)).toEqual([p('Lead in text here'), p('Inner.'), p('tail'), p('Nested.')])
  })

  it('reads a link wrapping blocks as those blocks', () => {
    expect(read('<a href="/x"><h3>Card</h3><p>Teaser.</p></a>')).toEqual([
      { type: 'heading', level: 3, text: 'Card' },
      p('Teaser.')
    ])
  })

  it('keeps the header inside the article, not the site header', () => {
    const html = '<header>Site</header><article><header><h1>Title</h1><p>By Ann</p></header><p>Body.</p><footer>Tags</footer></article>'
    expect(read(html).map((b) => b.text)).toEqual(['Title', 'By Ann', 'Body.'])
  })

  it('prefers the longest article over teasers', () => {
    const html = '<article><p>Teaser.</p></article><article><p>The real story, which is longer.</p></article>'
    expect(read(html)).toEqual([p('The real story, which is longer.')])
  })

  it('drops elements hidden by attribute or style', () => {
    const html = '<p aria-hidden="true">a</p><p style="color:red; visibility: hidden">b</p><div role="navigation">c</div><p>kept</p>'
    expect(read(html)).toEqual([p('kept')])
  })

  it('falls back to <title>, then the first heading, for the title', () => {
    expect(normalizeDocument(parseHtml('<title> Page </title><h1>Head</h1>', window)).title).toBe('Page')
    expect(normalizeDocument(parseHtml('<p>Intro</p><h2>Head</h2>', window)).title).toBe('Head')
  })

  it('reads <meta name=date> and ignores a malformed lang', () => {
    const html = '<html lang="en&quot;><script>"><meta name="date" content="2023-01-02"><p>x</p>'
    expect(parseHtml(html, window).metadata).toMatchObject({ date: '2023-01-02', language: undefined })
  })
})

describe('a page that clobbers the DOM', () => {
  const story = '<article><h1>Harbour</h1><p>The harbour reopened on Tuesday after the storm had passed.</p></article>'

  it.each([
    ['an image named body', '<img name="body">'],
    ['images named after document methods', '<img name="querySelectorAll"><img name="documentElement"><img name="title"><embed name="createElement">'],
    ['an object with an id', '<object id="body"></object>'],
    ['a form whose controls shadow its methods', '<form id="f"><input name="attributes"><input id="querySelectorAll"><button name="remove"></button></form>'],
    ['a form named after a document property', '<form name="body"><input name="innerHTML"></form>']
  ])('still reads the article past %s', (_, clobber) => {
    const blocks = read(`<html><head><title>Harbour news</title></head><body>${clobber}${story}${clobber}</body></html>`)
    expect(blocks.map((block) => block.text)).toEqual(['Harbour', 'The harbour reopened on Tuesday after the storm had passed.'])
  })

  it('keeps the metadata of <meta name> tags', () => {
    const doc = parseHtml(`<html lang="en"><head><meta name="author" content="A. Writer"><img name="querySelectorAll"></head><body>${story}</body></html>`, window)
    expect(doc.metadata).toMatchObject({ author: 'A. Writer', language: 'en' })
  })
})

describe('declaredCharset', () => {
  it('finds meta charset and http-equiv declarations', () => {
    const encode = (s: string): Uint8Array => new TextEncoder().encode(s)
    expect(declaredCharset(encode('<meta charset="windows-1251">'))).toBe('windows-1251')
    expect(declaredCharset(encode("<meta http-equiv='Content-Type' content='text/html; charset=koi8-r'>"))).toBe('koi8-r')
    expect(declaredCharset(encode('<p>charset=utf-8</p>'))).toBeUndefined()
  })

  it('decodes a short page in the charset it declares', async () => {
    const head = new TextEncoder().encode('<meta charset="windows-1251"><p>')
    const bytes = new Uint8Array([...head, 0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]) // "Привет"
    expect((await importDocument(bytes, 'ru.html', env)).text).toBe('Привет')
  })
})
