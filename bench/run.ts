/**
 * `npm run bench`: drives the production renderer build in Debian Chromium over generated data
 * and prints every figure of issue #4 with its target, median and p95 over fresh-browser runs,
 * next to the peer library (@recogito/text-annotator) painting the same passages on the same text.
 *
 *   npm run bench                  full sizes (1 MB article, 10,000 passages, 500 articles), 5 runs
 *   npm run bench -- --smoke       small sizes, 1 run: the CI check that the benchmark still works
 *   npm run bench -- --runs 7      more runs;  --no-peer  skips the peer (slow) column
 *   npm run bench -- --only article|library|batch|corpus|w3c|codebook|qdpx|backup|analysis --verbose    one scenario, with the time of each step
 *
 * Writes bench/results/latest.json and a dated copy (a smoke run writes test-results/bench-smoke.json).
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { cpus, tmpdir, totalmem } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test'
import sirv from 'sirv'
import { runCodebook } from './codebook.ts'
import { BENCH_SEED, FULL_SIZES, SMOKE_SIZES, type BenchSizes } from './data.ts'
import { runAnalysis } from './analysis.ts'
import { routeBenchModules } from './modules.ts'
import { measureBatchImport, measureProjectSwitch } from './library.ts'
import { installHelpers } from './page.ts'
import { runCorpus } from './corpus.ts'
import { runBackupRestore } from './backup.ts'
import type { ArticleScenario, LibraryScenario } from './seed.ts'
import { ADD_TIMEOUT_MS, FIELDS, formatTable, percentile, SELECT_TIMEOUT_MS, summarize, type Metrics, type Summary } from './report.ts'
import { exportFromDialog, longest, measureArticleExports, measureProjectCsv } from './reports.ts'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const rendererDir = join(root, 'out', 'renderer')

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
const VIEWPORT = { width: 1360, height: 860 }

interface Options {
  smoke: boolean
  runs: number
  peer: boolean
  build: boolean
  samples: number
  verbose: boolean
  /** Runs one scenario only (a name of SCENARIOS), for working on one figure. */
  only: string | undefined
}

let verbose = false
let stepStart = Date.now()
/** With --verbose, how long each step took (to see where a slow run spends its time). */
function step(name: string): void {
  if (verbose) console.log(`  ${name} (${Date.now() - stepStart} ms since the last step)`)
  stepStart = Date.now()
}

function parseArgs(argv: string[]): Options {
  const smoke = argv.includes('--smoke')
  const value = (name: string): string | undefined => {
    const at = argv.findIndex((a) => a === name || a.startsWith(`${name}=`))
    if (at < 0) return undefined
    const arg = argv[at] as string
    return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[at + 1]
  }
  const runs = Number(value('--runs') ?? (smoke ? 1 : 5))
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number of runs, 1 or more.')
  return { smoke, runs, peer: !argv.includes('--no-peer'), build: !argv.includes('--no-build'), samples: smoke ? 5 : 20, verbose: argv.includes('--verbose'), only: value('--only') }
}

/** Newest modification time of anything under `dir`. */
function newest(dir: string): number {
  let latest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs)
  }
  return latest
}

/** Builds the renderer when there is none or the sources are newer, so a fresh clone just works. */
function ensureBuild(options: Options): void {
  const index = join(rendererDir, 'index.html')
  const stale = !existsSync(index) || newest(join(root, 'src', 'renderer')) > statSync(index).mtimeMs || newest(join(root, 'src', 'shared')) > statSync(index).mtimeMs
  if (!stale) return
  if (!options.build) throw new Error('The renderer build is missing or stale; run "npx electron-vite build" (or drop --no-build).')
  console.log('Building the renderer (npx electron-vite build)…')
  const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' })
  if (build.status !== 0) throw new Error('The build failed; see the messages above.')
}

/**
 * Serves a snapshot of the build: other work in the same tree may rebuild out/ (new asset hashes)
 * while the benchmark runs, and a page must never load half of one build and half of another.
 */
function serveRenderer(): Promise<{ server: Server; url: string; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'themata-bench-'))
  cpSync(rendererDir, dir, { recursive: true })
  const assets = sirv(dir, { single: true, dev: false, etag: true })
  const server = createServer((req, res) => assets(req, res))
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, dir, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` }))
  )
}

async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true })
  await routeBenchModules(context)
  await context.addInitScript(installHelpers)
  return context
}

async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await page.waitForSelector('.app[data-ready="true"]', { timeout: 60_000 })
}

async function reload(page: Page): Promise<void> {
  await page.reload()
  await page.waitForSelector('.app[data-ready="true"]', { timeout: 60_000 })
}

/** Clicks the library entry titled `title` at a frame start; resolves with the time of the click. */
function clickLibraryEntry(page: Page, title: string): Promise<number> {
  return page.evaluate(async (title) => {
    const nav = document.querySelector('nav[aria-label="Library"]') as HTMLElement
    await window.__bench.until(() => [...nav.querySelectorAll('button')].some((b) => b.textContent?.includes(title)))
    const button = [...nav.querySelectorAll('button')].find((b) => b.textContent?.includes(title)) as HTMLButtonElement
    for (const name of ['article-painted', 'highlights-start', 'highlights-painted', 'passages-start', 'passages-painted']) performance.clearMarks(`themata:${name}`)
    return window.__bench.atFrameStart(() => button.click())
  }, title)
}

function markTime(page: Page, name: string, timeoutMs = 120_000): Promise<number> {
  return page.evaluate(({ name, timeoutMs }) => window.__bench.markTime(name, timeoutMs), { name, timeoutMs })
}

/**
 * The same text as plain paragraphs in the app's page, timed from building them to painted. With
 * `skipOffscreen`, the paragraphs sit in the app's sections with the app's `content-visibility: auto`
 * and estimated heights, so off-screen text is skipped as the app skips it: the like-for-like base.
 */
function measurePlainDom(page: Page, seed: number, chars: number, skipOffscreen: boolean): Promise<number> {
  return page.evaluate(
    async ({ seed, chars, skipOffscreen }) => {
      const { generateArticle, plainSections } = (await import('/__bench/data.ts' as string)) as typeof import('./data.ts')
      const article = generateArticle(seed, chars)
      const sections = skipOffscreen ? plainSections(article.blocks) : [{ blocks: article.blocks, heightEm: 0 }]
      const pane = document.querySelector('main.article-pane') as HTMLElement
      const host = document.createElement('div')
      host.style.cssText = "max-width: 46rem; margin: 0 auto; font: 17px/1.7 Charter, 'Iowan Old Style', Georgia, 'Noto Serif', serif; white-space: pre-wrap"
      await window.__bench.afterPaint()
      const ms = await window.__bench.measure(
        () => {
          for (const section of sections) {
            let parent: HTMLElement = host
            if (skipOffscreen) {
              parent = document.createElement('section')
              parent.style.cssText = `display: block; content-visibility: auto; contain-intrinsic-size: auto ${section.heightEm}em`
              host.append(parent)
            }
            for (const block of section.blocks) {
              const p = document.createElement('p')
              p.style.margin = '0 0 0.9em'
              p.textContent = block.text
              parent.append(p)
            }
          }
          pane.append(host)
        },
        () => true
      )
      host.remove()
      await window.__bench.afterPaint()
      await window.__bench.afterPaint()
      return ms
    },
    { seed, chars, skipOffscreen }
  )
}

/**
 * Selecting text until the toolbar shows, then tagging it until the highlight and the panel show it.
 * A sample that times out is kept at the timeout's value (so it weighs in the percentiles) and counted.
 */
function measureSelectAndAdd(
  page: Page,
  seed: number,
  samples: number
): Promise<{ select: number[]; add: number[]; selectTimeouts: number; addTimeouts: number }> {
  return page.evaluate(
    async ({ seed, samples, selectTimeout, addTimeout }) => {
      const { random } = (await import('/__bench/data.ts' as string)) as typeof import('./data.ts')
      const rng = random(seed)
      const b = window.__bench
      const pane = document.querySelector('main.article-pane') as HTMLElement
      const editor = document.querySelector('.article .ProseMirror') as HTMLElement
      const toolbar = (): HTMLElement | null => document.querySelector('[role="toolbar"][aria-label="Tag selection"]')
      const count = (): number => Number((document.querySelector('aside[aria-label="Passages"] h2 .count')?.textContent ?? '').replace(/\D/g, ''))
      const idsIn = (block: Element): Set<string> => {
        const ids = new Set<string>()
        for (const el of block.querySelectorAll<HTMLElement>('.hl')) for (const id of (el.dataset['ids'] ?? '').split(' ')) if (id) ids.add(id)
        return ids
      }
      /** A few words of a paragraph in view, as a DOM range over its text nodes. */
      const pickRange = (): { range: Range; block: Element } | null => {
        const box = pane.getBoundingClientRect()
        const article = editor.getBoundingClientRect()
        const y = box.top + box.height * (0.2 + 0.6 * rng())
        const hit = document.elementFromPoint(article.left + article.width / 2, y)
        const block = hit?.closest('.ProseMirror > section > p')
        if (!block || block.parentElement?.parentElement !== editor) return null
        const text = block.textContent ?? ''
        const words = [...text.matchAll(/\S+/g)]
        if (words.length < 8) return null
        const first = Math.floor(rng() * (words.length - 6))
        const last = Math.min(words.length - 1, first + 1 + Math.floor(rng() * 10))
        const start = (words[first] as RegExpMatchArray).index as number
        const lastWord = words[last] as RegExpMatchArray
        const end = (lastWord.index as number) + lastWord[0].length
        const locate = (offset: number): [Node, number] => {
          const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT)
          let seen = 0
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const length = node.textContent?.length ?? 0
            if (offset <= seen + length) return [node, offset - seen]
            seen += length
          }
          throw new Error('offset outside the block')
        }
        const range = document.createRange()
        range.setStart(...locate(start))
        range.setEnd(...locate(end))
        return { range, block }
      }
      const select: number[] = []
      const add: number[] = []
      let selectTimeouts = 0
      let addTimeouts = 0
      const selection = document.getSelection() as Selection
      let theme = 0
      for (let i = 0; i < samples * 3 && add.length < samples; i++) {
        selection.removeAllRanges()
        await b.until(() => toolbar() === null)
        pane.scrollTop = Math.floor(rng() * Math.max(0, pane.scrollHeight - pane.clientHeight))
        await b.afterPaint()
        await b.afterPaint()
        await b.afterPaint()
        const picked = pickRange()
        if (!picked) continue
        const shown = await b.measure(
          () => {
            selection.removeAllRanges()
            selection.addRange(picked.range)
          },
          () => toolbar() !== null,
          selectTimeout
        )
        if (Number.isNaN(shown)) {
          // No toolbar, so nothing to tag: the sample counts at the timeout, the next one starts afresh.
          select.push(selectTimeout)
          selectTimeouts++
          continue
        }
        select.push(shown)
        const buttons = [...(toolbar() as HTMLElement).querySelectorAll<HTMLButtonElement>('button.theme')]
        const button = buttons[theme++ % buttons.length] as HTMLButtonElement
        const before = count()
        const known = idsIn(picked.block)
        const added = await b.measure(
          () => button.click(),
          () => count() === before + 1 && [...idsIn(picked.block)].some((id) => !known.has(id)),
          addTimeout
        )
        if (Number.isNaN(added)) {
          add.push(addTimeout)
          addTimeouts++
        } else add.push(added)
        await new Promise((resolve) => setTimeout(resolve, 30))
      }
      selection.removeAllRanges()
      await b.until(() => toolbar() === null)
      return { select, add, selectTimeouts, addTimeouts }
    },
    { seed, samples, selectTimeout: SELECT_TIMEOUT_MS, addTimeout: ADD_TIMEOUT_MS }
  )
}

/** Scrolls the article from top to bottom, half a viewport per frame; per-frame time from frame start to painted. */
function measureScroll(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    const pane = document.querySelector('main.article-pane') as HTMLElement
    pane.scrollTop = 0
    for (let i = 0; i < 5; i++) await window.__bench.afterPaint()
    const step = Math.round(pane.clientHeight / 2)
    const frames: number[] = []
    await new Promise<void>((resolve) => {
      const tick = (frameStart: number): void => {
        if (pane.scrollTop + pane.clientHeight >= pane.scrollHeight - 1 || frames.length > 20_000) {
          resolve()
          return
        }
        pane.scrollTop += step
        const channel = new MessageChannel()
        channel.port1.onmessage = () => {
          channel.port1.close()
          frames.push(performance.now() - frameStart)
          requestAnimationFrame(tick)
        }
        channel.port2.postMessage(null)
      }
      requestAnimationFrame(tick)
    })
    return frames
  })
}

/** Clicks the last passage of the panel (scrolled to the bottom first) until it is in view and flashing. */
function measureJump(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const b = window.__bench
    const pane = document.querySelector('main.article-pane') as HTMLElement
    const aside = document.querySelector('aside[aria-label="Passages"]') as HTMLElement
    pane.scrollTop = 0
    aside.scrollTop = aside.scrollHeight
    for (let i = 0; i < 4; i++) await b.afterPaint()
    aside.scrollTop = aside.scrollHeight
    for (let i = 0; i < 4; i++) await b.afterPaint()
    const buttons = aside.querySelectorAll<HTMLButtonElement>('button.passage')
    const last = buttons[buttons.length - 1]
    if (!last) throw new Error('The passages panel lists no passage.')
    return b.measure(
      () => last.click(),
      () => {
        const flash = document.querySelector('.article .hl-flash')
        if (!flash) return false
        const r = flash.getBoundingClientRect()
        const p = pane.getBoundingClientRect()
        return r.bottom > p.top && r.top < p.bottom
      }
    )
  })
}

/** Narrows the panel to the second theme and back; NaN when the panel has no theme filter. */
function measurePanelFilter(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const b = window.__bench
    const aside = document.querySelector('aside[aria-label="Passages"]') as HTMLElement
    const select = aside.querySelector<HTMLSelectElement>('select')
    if (!select || select.options.length < 3) return Number.NaN
    aside.scrollTop = 0
    await b.afterPaint()
    const choose = (value: string): void => {
      select.value = value
      select.dispatchEvent(new Event('change', { bubbles: true }))
    }
    const all = (select.options[0] as HTMLOptionElement).value
    const one = (select.options[2] as HTMLOptionElement).value
    const ms = await b.measure(
      () => choose(one),
      () => aside.querySelectorAll('details[data-theme]').length === 1
    )
    await b.measure(
      () => choose(all),
      () => aside.querySelectorAll('details[data-theme]').length > 1
    )
    return ms
  })
}

/** The HTML report from the report dialog, clicked to bytes ready. */
async function measureReport(page: Page): Promise<{ ms: number; mb: number; file: string }> {
  const { ms, mb, file } = await exportFromDialog(page, 'Web page (HTML)')
  return { ms, mb, file }
}

async function measureMemory(page: Page, context: BrowserContext): Promise<{ heapMB: number; domNodes: number }> {
  const cdp = await context.newCDPSession(page)
  await cdp.send('HeapProfiler.enable')
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  await cdp.detach()
  const domNodes = await page.evaluate(() => {
    const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL)
    let n = 0
    while (walker.nextNode()) n++
    return n + 1
  })
  return { heapMB: usedSize / 2 ** 20, domNodes }
}

/** The peer: the same passages on the same text, painted by @recogito/text-annotator. */
async function measurePeer(context: BrowserContext, url: string, sizes: BenchSizes): Promise<number> {
  const page = await context.newPage()
  try {
    await page.goto(new URL('__bench/peer.html', url).href)
    return await page.evaluate(
      async ({ seed, sizes }) => {
        const { generateArticle, generatePassages } = (await import('/__bench/data.ts' as string)) as typeof import('./data.ts')
        const article = generateArticle(seed, sizes.articleChars)
        const specs = generatePassages(seed, article, sizes.highlights, 3)
        const container = document.getElementById('text') as HTMLElement
        // Blocks joined by two newlines, as in the app, so the container's text is the canonical text and offsets agree.
        article.blocks.forEach((block, i) => {
          if (i > 0) container.append('\n\n')
          const p = document.createElement('p')
          p.textContent = block.text
          container.append(p)
        })
        await window.__bench.afterPaint()
        await window.__bench.afterPaint()
        const colors = ['#d97706', '#7c3aed', '#0d9488']
        const recogito = (window as unknown as { RecogitoJS: { createTextAnnotator(el: HTMLElement, options?: object): PeerAnnotator } }).RecogitoJS
        interface PeerAnnotator {
          setAnnotations(annotations: object[], replace?: boolean): void
          getAnnotations(): object[]
          renderer: { on(event: 'onRedraw', callback: () => void): () => void }
        }
        const anno = recogito.createTextAnnotator(container, {
          style: (a: { bodies: { value?: string }[] }) => ({ fill: colors[Number(a.bodies[0]?.value ?? 0)] ?? '#6b7280', fillOpacity: 0.25 })
        })
        const annotations = specs.map((s, i) => ({
          id: `p${i}`,
          bodies: s.themes.map((t) => ({ id: `p${i}-${t}`, annotation: `p${i}`, purpose: 'tagging', value: String(t) })),
          target: { annotation: `p${i}`, selector: [{ quote: article.text.slice(s.start, s.end), start: s.start, end: s.end }] }
        }))
        const painted = new Promise<void>((resolve) => {
          const stop = anno.renderer.on('onRedraw', () => {
            if (document.querySelector('.r6o-span-highlight-layer .r6o-annotation, .r6o-annotation')) {
              stop()
              resolve()
            }
          })
        })
        const t0 = performance.now()
        anno.setAnnotations(annotations, true)
        await painted
        const ms = (await window.__bench.afterPaint()) - t0
        const held = anno.getAnnotations().length
        if (held !== annotations.length) throw new Error(`The peer holds ${held} of the ${annotations.length} passages.`)
        return ms
      },
      { seed: BENCH_SEED, sizes }
    )
  } finally {
    await page.close()
  }
}

/** One fresh-browser run over the long article: every figure but the library's. */
async function runArticle(browser: Browser, url: string, sizes: BenchSizes, options: Options, run: number): Promise<Partial<Metrics>> {
  const context = await newContext(browser)
  const m: Partial<Metrics> = {}
  try {
    const page = await context.newPage()
    await openApp(page, url)
    const scenario: ArticleScenario = await page.evaluate(
      async ({ seed, sizes }) => ((await import('/__bench/seed.ts' as string)) as typeof import('./seed.ts')).seedArticle(seed, sizes),
      { seed: BENCH_SEED, sizes }
    )
    step('seeded the article')
    await reload(page)

    m.plainDomMs = await measurePlainDom(page, BENCH_SEED, sizes.articleChars, false)
    m.plainDomSkipOffscreenMs = await measurePlainDom(page, BENCH_SEED, sizes.articleChars, true)

    step('plain DOM')
    // 1. The text alone: from the click on its library entry to the text painted.
    let t0 = await clickLibraryEntry(page, scenario.plainTitle)
    m.open1MbMs = (await markTime(page, 'themata:article-painted')) - t0
    await checkArticle(page, scenario.blocks)

    step('opened the text')
    // 2. The same text with its passages, in a fresh page state.
    await reload(page)
    t0 = await clickLibraryEntry(page, scenario.annotatedTitle)
    const highlightsPainted = await markTime(page, 'themata:highlights-painted')
    // From the click: the text and the passages read from IndexedDB, the text painted, then the highlights.
    m.open10kFromStorageMs = highlightsPainted - t0
    m.open1MbWith10kMs = m.open10kFromStorageMs
    // From the passages in memory (read, not yet indexed) to the first screen of highlights painted.
    m.paint10kMs = highlightsPainted - (await markTime(page, 'themata:highlights-start', 2000).catch(() => t0))
    const passagesPainted = await markTime(page, 'themata:passages-painted', 2000).catch(() => Number.NaN)
    m.panel10kMs = passagesPainted - (await markTime(page, 'themata:passages-start', 2000).catch(() => Number.NaN))
    await checkPassages(page, scenario.passages)
    await page.waitForTimeout(300)
    Object.assign(m, await measureMemory(page, context))
    step('opened with passages, memory')

    // 3–4. Select → toolbar, and tag → highlight and panel, at random places.
    const { select, add, selectTimeouts, addTimeouts } = await measureSelectAndAdd(page, BENCH_SEED + run, options.samples)
    m.selectToToolbarP95Ms = percentile(select, 95)
    m.addOneP50Ms = percentile(add, 50)
    m.addOneP95Ms = percentile(add, 95)
    m.selectTimeouts = selectTimeouts
    m.addTimeouts = addTimeouts
    step('select and add')

    // 5. Scrolling, and jumping to the last passage of the panel.
    m.scrollP95FrameMs = percentile(await measureScroll(page), 95)
    step('scroll')
    m.jumpToPassageMs = await measureJump(page)
    step('jump')

    // 6. Narrowing the panel to one theme.
    m.panelFilterMs = await measurePanelFilter(page)
    step('panel filter')

    // 8. The HTML report.
    const report = await measureReport(page)
    m.htmlReport10kMs = report.ms
    m.htmlReportMB = report.mb
    step('report')
    Object.assign(m, await measureArticleExports(page, browser, report.file))
    step('Word, Excel and PDF exports')
    await page.close()

    // 10. The peer, in the same browser after the app's page is gone.
    if (options.peer) m.peerPaint10kMs = await measurePeer(context, url, sizes)
    step('peer')
    return m
  } finally {
    await context.close()
  }
}

/** The library scenario in its own fresh context: the list at startup, then reopening an article. */
async function runLibrary(browser: Browser, url: string, sizes: BenchSizes, smoke: boolean): Promise<Partial<Metrics>> {
  const context = await newContext(browser)
  try {
    const page = await context.newPage()
    await openApp(page, url)
    const scenario: LibraryScenario = await page.evaluate(
      async ({ seed, sizes }) => ((await import('/__bench/seed.ts' as string)) as typeof import('./seed.ts')).seedLibrary(seed, sizes),
      { seed: BENCH_SEED, sizes }
    )
    step('seeded the library')
    // Seeded records carry no passage count, like records from before counts were kept: the first
    // listing counts them once and stores the counts; every later listing reads them.
    await reload(page)
    const firstStart = await markTime(page, 'themata:library-start')
    const libraryFirstListMs = (await markTime(page, 'themata:library-painted')) - firstStart
    await page.waitForTimeout(200)
    await reload(page)
    const start = await markTime(page, 'themata:library-start')
    const library500Ms = (await markTime(page, 'themata:library-painted')) - start
    const listed = await page.evaluate(() => document.querySelector('nav[aria-label="Library"] ul > li')?.textContent ?? '')
    if (!/\d+ passages/.test(listed)) throw new Error(`The library lists no passage counts: "${listed}"`)
    const title = scenario.titles[scenario.titles.length - 2] as string
    const t0 = await clickLibraryEntry(page, title)
    const reopenMs = (await markTime(page, 'themata:highlights-painted')) - t0
    step('library and reopen')
    const projectSwitchMs = await measureProjectSwitch(page, smoke ? 1 : 3)
    step('project switch')
    return { library500Ms, libraryFirstListMs, reopenMs, projectSwitchMs, ...(await measureProjectCsv(page, scenario.passages)) }
  } finally {
    await context.close()
  }
}

/** Many text articles opened at once, in a fresh context (an empty project). */
async function runBatchImport(browser: Browser, url: string, sizes: BenchSizes, smoke: boolean): Promise<Partial<Metrics>> {
  const context = await newContext(browser)
  try {
    const page = await context.newPage()
    await openApp(page, url)
    return await measureBatchImport(page, sizes, smoke ? 5 : 50)
  } finally {
    await context.close()
  }
}

/** The exchange figures, measured in plain Node with the app's shared code (no browser). */
async function nodeExchange(sizes: BenchSizes): Promise<Partial<Metrics>> {
  await import('../scripts/sourceHooks.mjs')
  const { measureW3cImport } = await import('./w3c.ts')
  return measureW3cImport(BENCH_SEED, sizes, 1)
}

/** The REFI-QDA project figures, in plain Node with the app's shared code. */
async function nodeQdpx(sizes: BenchSizes): Promise<Partial<Metrics>> {
  await import('../scripts/sourceHooks.mjs')
  const { measureQdpx } = await import('./qdpx.ts')
  return measureQdpx(BENCH_SEED, sizes, 1)
}

/** The backup scenario (back up the library's project, restore it) in its own fresh context. */
async function runBackupIn(browser: Browser, url: string, sizes: BenchSizes): Promise<Partial<Metrics>> {
  const context = await newContext(browser)
  try {
    return await runBackupRestore(context, url, sizes, step)
  } finally {
    await context.close()
  }
}

/** The corpus scenario (All passages, search, autocode) in its own fresh context. */
async function runCorpusIn(browser: Browser, url: string, sizes: BenchSizes): Promise<Partial<Metrics>> {
  const context = await newContext(browser)
  try {
    return await runCorpus(context, url, sizes, step)
  } finally {
    await context.close()
  }
}

type Scenario = (browser: Browser, url: string, sizes: BenchSizes, options: Options, run: number) => Promise<Partial<Metrics>>

/** Every scenario of a run, in order; `--only <name>` runs one. A new figure's scenario is one line here. */
const SCENARIOS: Record<string, Scenario> = {
  article: runArticle,
  library: (browser, url, sizes, options) => runLibrary(browser, url, sizes, options.smoke),
  batch: (browser, url, sizes, options) => runBatchImport(browser, url, sizes, options.smoke),
  corpus: (browser, url, sizes) => runCorpusIn(browser, url, sizes),
  w3c: (_browser, _url, sizes) => nodeExchange(sizes),
  codebook: (browser, url, sizes) => runCodebook(browser, url, sizes),
  qdpx: (_browser, _url, sizes) => nodeQdpx(sizes),
  backup: (browser, url, sizes) => runBackupIn(browser, url, sizes),
  analysis: (browser, url, sizes) => runAnalysis(browser, url, sizes, { newContext, openApp, reload })
}

async function checkArticle(page: Page, blocks: number): Promise<void> {
  const shown = await page.evaluate(() => document.querySelectorAll('.article .ProseMirror > section > *').length)
  if (shown !== blocks) throw new Error(`The article shows ${shown} blocks, expected ${blocks}.`)
}

async function checkPassages(page: Page, passages: number): Promise<void> {
  await page.evaluate(
    (passages) =>
      window.__bench.until(
        () =>
          Number((document.querySelector('aside[aria-label="Passages"] h2 .count')?.textContent ?? '').replace(/\D/g, '')) === passages &&
          document.querySelector('.article .ProseMirror .hl') !== null
      ),
    passages
  )
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2))
  verbose = options.verbose
  const sizes = options.smoke ? SMOKE_SIZES : FULL_SIZES
  ensureBuild(options)
  const { server, url, dir: served } = await serveRenderer()
  const started = Date.now()
  const runs: Partial<Metrics>[] = []
  let version = ''
  try {
    for (let run = 0; run < options.runs; run++) {
      const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: CHROMIUM_ARGS })
      try {
        version = browser.version()
        const t = Date.now()
        const scenarios = Object.entries(SCENARIOS).filter(([name]) => options.only === undefined || options.only === name)
        const metrics: Partial<Metrics> = {}
        for (const [, scenario] of scenarios) {
          const figures = await scenario(browser, url, sizes, options, run)
          // Several scenarios export: the figure is the longest task over all of them.
          Object.assign(metrics, figures, { exportLongestTaskMs: longest(metrics, figures) })
        }
        runs.push(metrics)
        console.log(`run ${run + 1}/${options.runs} done in ${((Date.now() - t) / 1000).toFixed(1)} s`)
      } finally {
        await browser.close()
      }
    }
  } finally {
    server.close()
    rmSync(served, { recursive: true, force: true })
  }
  const summary: Summary = summarize(runs)
  const result = {
    date: new Date().toISOString(),
    mode: options.smoke ? 'smoke' : 'full',
    machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGB: Math.round(totalmem() / 2 ** 30), platform: `${process.platform} ${process.arch}`, node: process.version },
    chromium: version,
    sizes,
    runs: runs.length,
    seconds: Math.round((Date.now() - started) / 1000),
    ...summary.median,
    p95: summary.p95,
    perRun: runs
  }
  console.log('')
  console.log(formatTable(summary, { chromium: version, cores: cpus().length, date: result.date.slice(0, 10), runs: runs.length, smoke: options.smoke, sizes }))
  if (options.smoke || options.only || !options.peer) {
    const out = join(root, 'test-results', `bench-${options.smoke ? 'smoke' : 'partial'}.json`)
    mkdirSync(dirname(out), { recursive: true })
    writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`)
    console.log(`\nResults of this partial run in ${out} (bench/results/ keeps full runs only).`)
  } else {
    const dir = join(root, 'bench', 'results')
    mkdirSync(dir, { recursive: true })
    const json = `${JSON.stringify(result, null, 2)}\n`
    writeFileSync(join(dir, 'latest.json'), json)
    writeFileSync(join(dir, `${result.date.slice(0, 10)}.json`), json)
    console.log(`\nResults in bench/results/latest.json and bench/results/${result.date.slice(0, 10)}.json (${result.seconds} s).`)
  }
  const missing = FIELDS.filter((f) => !Number.isFinite(summary.median[f.key]))
  if (missing.length > 0 && !options.only && options.peer) {
    console.error(`\nNot measured: ${missing.map((f) => f.key).join(', ')}`)
    process.exitCode = 1
  }
  const timedOut = summary.median.selectTimeouts + summary.median.addTimeouts
  if (timedOut > 0) {
    console.error(
      `\n${timedOut} sample${timedOut === 1 ? '' : 's'} timed out (select → toolbar: ${summary.median.selectTimeouts}, add one: ${summary.median.addTimeouts}); ` +
        'they are in the percentiles at the timeout, and the run counts as failed.'
    )
    process.exitCode = 1
  }
}

await main()
