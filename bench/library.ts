/**
 * Projects and batch import (issue #7): switching to another project until its library is painted,
 * and opening many text articles at once, per article, with the longest main-thread task meanwhile
 * (the window must stay responsive while they import).
 */
import type { Page } from '@playwright/test'
import { BENCH_SEED, generateArticle, type BenchSizes } from './data.ts'
import { percentile } from './report.ts'

const OTHER_PROJECT = 'Bench: another project'
const projectButton = (page: Page) => page.getByRole('button', { name: /^Project: / })

async function waitForProject(page: Page, name: string): Promise<void> {
  await page.waitForFunction((name) => document.querySelector('button[aria-label^="Project: "]')?.getAttribute('aria-label') === `Project: ${name}`, name, { timeout: 60_000 })
}

/** Switches through the project menu (not timed), then lets the reopened article settle. */
async function switchTo(page: Page, name: string): Promise<void> {
  await projectButton(page).click()
  await page.getByRole('dialog', { name: 'Projects' }).getByRole('button', { name, exact: true }).click()
  await waitForProject(page, name)
  await page.waitForTimeout(300)
}

/**
 * From a second, empty project to the open one (the library scenario's 500 articles): the click on
 * its name in the project menu until its name shows and its library rows are painted. Median of
 * `samples` switches, each from the empty project.
 */
export async function measureProjectSwitch(page: Page, samples: number): Promise<number> {
  const home = ((await projectButton(page).getAttribute('aria-label')) ?? '').replace(/^Project: /, '')
  await projectButton(page).click()
  const menu = page.getByRole('dialog', { name: 'Projects' })
  await menu.getByRole('button', { name: 'New project…' }).click()
  await menu.getByRole('textbox', { name: 'Project name' }).fill(OTHER_PROJECT)
  await menu.getByRole('button', { name: 'Create project' }).click()
  await waitForProject(page, OTHER_PROJECT)
  const times: number[] = []
  for (let i = 0; i < samples; i++) {
    await page.waitForTimeout(300)
    await projectButton(page).click()
    await menu.getByRole('button', { name: home, exact: true }).waitFor()
    times.push(
      await page.evaluate(async (home) => {
        const b = window.__bench
        const target = [...document.querySelectorAll<HTMLButtonElement>('[role="dialog"][aria-label="Projects"] button')].find((x) => x.textContent?.trim() === home)
        if (!target) throw new Error(`No project "${home}" in the menu.`)
        const nav = document.querySelector('nav[aria-label="Library"]') as HTMLElement
        const ms = await b.measure(
          () => target.click(),
          () => document.querySelector('button[aria-label^="Project: "]')?.getAttribute('aria-label') === `Project: ${home}` && nav.querySelectorAll('ul > li').length > 0,
          10_000
        )
        if (Number.isNaN(ms)) throw new Error('The library of the project switched to never showed.')
        return ms
      }, home)
    )
    await page.waitForTimeout(300)
    await switchTo(page, OTHER_PROJECT)
  }
  await switchTo(page, home)
  return percentile(times, 50)
}

export interface BatchImportFigures {
  batchImport50Ms: number
  batchImportLongestTaskMs: number
}

/**
 * Opens `count` generated text articles at once through the Open dialog (browser mode: parsed in a
 * worker, each stored as it arrives), from the batch's start until the first article is painted
 * after the last one is stored; per article. Long tasks (≥ 50 ms, the API's threshold) are
 * observed meanwhile; none gives 0.
 */
export async function measureBatchImport(page: Page, sizes: Pick<BenchSizes, 'libraryDocumentChars'>, count: number): Promise<BatchImportFigures> {
  const files = Array.from({ length: count }, (_, i) => {
    const article = generateArticle(BENCH_SEED + 7000 + i, sizes.libraryDocumentChars, `Batch article ${i + 1}`)
    return { name: `batch-${String(i + 1).padStart(3, '0')}.txt`, mimeType: 'text/plain', buffer: Buffer.from(article.text) }
  })
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[] }
    w.__longTasks = []
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration })
    }).observe({ type: 'longtask' })
    performance.clearMarks('themata:batch-start')
    performance.clearMarks('themata:batch-done')
  })
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Open article' }).click()
  await (await chooser).setFiles(files)
  const figures = await page.evaluate(async (count) => {
    const b = window.__bench
    const start = await b.markTime('themata:batch-start', 60_000)
    const done = await b.markTime('themata:batch-done', 600_000)
    // The library draws only the rows in view: its heading counts them all.
    const listed = Number((document.querySelector('nav[aria-label="Library"] h2 .count')?.textContent ?? '').replace(/\D/g, ''))
    if (listed < count) throw new Error(`The library lists ${listed} of the ${count} articles opened.`)
    if (document.querySelector('[aria-label="Import finished"][role="alert"]')) throw new Error('Some of the batch failed to import.')
    const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks.filter((t) => t.start >= start && t.start <= done)
    return { perArticle: (done - start) / count, longest: tasks.reduce((max, t) => Math.max(max, t.duration), 0) }
  }, count)
  return { batchImport50Ms: figures.perArticle, batchImportLongestTaskMs: figures.longest }
}
