/**
 * The Analysis view at corpus scale (issue #8): 500 articles, 100,000 passages, the corpus scenario's
 * 60-theme codebook in three levels (6 × 3 × 2), each article dated. Timed in the page from the click at a frame start to the
 * frame in which the section shows its answer (the mark `themata:analysis-painted`):
 *
 * - analysisLoadMs: the Analysis tab, first visit in the session: the view and Observable Plot
 *   loaded, the project's passages read from IndexedDB by the worker (once per project and session;
 *   afterwards the page sends it every change), counted, the table and the bar chart painted;
 * - analysisCorpusMs: back to the article, then the Analysis tab again: the view built, the whole
 *   project counted (sub-themes apart: 60 rows), the table and the bar chart painted;
 * - cooccurrenceMs: the Co-occurrence section: the 60 × 60 matrix counted and its heatmap painted;
 * - matrixThemeArticleMs: the Theme × article section: 60 × 500 counted and painted.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test'
import type { Tag } from '../src/shared/annotation'
import { corpusCodebook } from './corpus.ts'
import { BENCH_SEED, type BenchSizes } from './data.ts'

export interface AnalysisMetrics {
  analysisLoadMs: number
  analysisCorpusMs: number
  cooccurrenceMs: number
  matrixThemeArticleMs: number
}

/** What the runner lends: a fresh context with the benchmark's helpers and the app opened in a page. */
export interface RunnerHelpers {
  newContext(browser: Browser): Promise<BrowserContext>
  openApp(page: Page, url: string): Promise<void>
  reload(page: Page): Promise<void>
}

/** Replaces the app's codebook with `tags` and dates every article, one a day from 2025-01-01. */
function prepare(page: Page, tags: Tag[]): Promise<void> {
  return page.evaluate(async (tags) => {
    const request = <T>(req: IDBRequest<T>): Promise<T> =>
      new Promise((resolve, reject) => {
        req.onsuccess = () => resolve(req.result)
        req.onerror = () => reject(req.error)
      })
    const db = await request(indexedDB.open('themata'))
    try {
      const tx = db.transaction('tags', 'readwrite')
      const store = tx.objectStore('tags')
      store.clear()
      for (const tag of tags) store.put(tag)
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve
        tx.onerror = () => reject(tx.error)
      })
    } finally {
      db.close()
    }
  }, tags)
}

function dateArticles(page: Page): Promise<void> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('themata')
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(req.error)
    })
    try {
      const tx = db.transaction('documents', 'readwrite')
      const cursor = tx.objectStore('documents').openCursor()
      let day = 0
      cursor.onsuccess = () => {
        const at = cursor.result
        if (!at) return
        const record = at.value as { metadata: Record<string, string> }
        record.metadata = { ...record.metadata, date: new Date(Date.UTC(2025, 0, 1 + (day++ % 365))).toISOString().slice(0, 10) }
        at.update(record)
        at.continue()
      }
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve
        tx.onerror = () => reject(tx.error)
      })
    } finally {
      db.close()
    }
  })
}

/** Clicks a tab by its name at a frame start; resolves with ms until the Analysis view shows the answer. */
function timeTab(page: Page, name: string): Promise<number> {
  return page.evaluate(async (name) => {
    const tab = [...document.querySelectorAll<HTMLButtonElement>('[role="tab"]')].find((b) => b.textContent?.trim() === name)
    if (!tab) throw new Error(`No "${name}" tab.`)
    performance.clearMarks('themata:analysis-painted')
    const t0 = await window.__bench.atFrameStart(() => tab.click())
    return (await window.__bench.markTime('themata:analysis-painted', 120_000)) - t0
  }, name)
}

async function expectShown(page: Page, what: string, check: (themes: number) => boolean, themes: number): Promise<void> {
  if (!(await page.evaluate(check, themes))) throw new Error(`The Analysis view does not show ${what}.`)
}

export async function runAnalysis(browser: Browser, url: string, sizes: BenchSizes, helpers: RunnerHelpers): Promise<Partial<AnalysisMetrics>> {
  const context = await helpers.newContext(browser)
  try {
    const page = await context.newPage()
    await helpers.openApp(page, url)
    const tags = corpusCodebook()
    await prepare(page, tags)
    await page.evaluate(
      async ({ seed, sizes }) => ((await import('/__bench/seed.ts' as string)) as typeof import('./seed.ts')).seedLibrary(seed, sizes),
      { seed: BENCH_SEED, sizes }
    )
    await dateArticles(page)
    // Twice: the first start after seeding stores the passage counts; the second is a plain start.
    await helpers.reload(page)
    await page.waitForTimeout(300)
    await helpers.reload(page)
    await page.waitForTimeout(300)

    const analysisLoadMs = await timeTab(page, 'Analysis')
    await page.waitForTimeout(200)
    await page.getByRole('tab', { name: 'Article', exact: true }).click()
    await page.waitForTimeout(200)
    const analysisCorpusMs = await timeTab(page, 'Analysis')
    await expectShown(page, `a row per theme (${tags.length})`, (n) => document.querySelectorAll('section[aria-label="Analysis"] table tbody tr').length === n, tags.length)
    const cooccurrenceMs = await timeTab(page, 'Co-occurrence')
    await expectShown(page, `a ${tags.length} × ${tags.length} heatmap`, (n) => document.querySelectorAll('section[aria-label="Analysis"] figure svg g[aria-label="rect"] > rect').length === n, tags.length)
    const matrixThemeArticleMs = await timeTab(page, 'Theme × article')
    await expectShown(page, 'the theme × article matrix', () => document.querySelectorAll('section[aria-label="Analysis"] figure svg g[aria-label="raster"] image').length === 1, tags.length)
    return { analysisLoadMs, analysisCorpusMs, cooccurrenceMs, matrixThemeArticleMs }
  } finally {
    await context.close()
  }
}
