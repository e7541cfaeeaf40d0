/**
 * Inputs made to exhaust, opened in the app: a 50 MB text at the size limit, a text of 200,000
 * paragraphs, HTML nested 5,000 levels deep, zip bombs dressed as .docx, .odt and .qdpx. Each opens
 * or is refused with one sentence, and the window stays responsive meanwhile: no task on the page's
 * thread runs long enough to freeze it (the parsing happens in the import worker, or in main).
 * Every file is generated here.
 */
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as browserTest, type Page } from '@playwright/test'
import { MAX_FILE_BYTES } from '../src/shared/ipc/contract'
import { disguisedBomb } from '../src/shared/zip/testSupport'
import { article, errorMessage, openApp } from './support/article'
import { expect, test } from './support/desktopBridge'

/** Longer than this, a task on the page's thread is a freeze a user notices (a frame is 16 ms). */
const FREEZE_MS = 1000
const BOMB_MATCHES = 1_100_000

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'themata-huge-')), name)
  await writeFile(path, content)
  return path
}

const paragraphs = (n: number): string => Array.from({ length: n }, (_, i) => `${i} Short line.`).join('\n\n')

/** Starts noting the page thread's long tasks; returns a reader of the longest so far. */
async function watchLongTasks(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const seen: number[] = [0]
    ;(window as unknown as { __longTasks: number[] }).__longTasks = seen
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => seen.push(entry.duration))).observe({ type: 'longtask' })
  })
  return () => page.evaluate(() => Math.max(...(window as unknown as { __longTasks: number[] }).__longTasks))
}

async function chooseFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Open article' }).click()
  await (await chooser).setFiles(path)
}

browserTest('browser mode: a 50 MB text, 200,000 paragraphs and zip bombs are refused in one sentence; 5,000-level HTML opens; the window never freezes', async ({ page }) => {
  browserTest.setTimeout(180_000)
  await openApp(page)
  const longest = await watchLongTasks(page)

  const atLimit = new Uint8Array(MAX_FILE_BYTES).fill(0x20)
  atLimit.set(new TextEncoder().encode(paragraphs(3_000_000)).subarray(0, MAX_FILE_BYTES))
  await chooseFile(page, await file('limit.txt', atLimit))
  await expect(errorMessage(page).filter({ hasText: 'limit.txt' })).toHaveText(
    /^“limit\.txt” holds [\d.]+ million characters of text; Themata opens articles of up to 5 million \(about 2,000 pages\)\.$/,
    { timeout: 60_000 }
  )

  await chooseFile(page, await file('long.txt', paragraphs(200_000)))
  await expect(errorMessage(page).filter({ hasText: 'long.txt' })).toHaveText('“long.txt” has 200,000 paragraphs; Themata opens articles of up to 100,000.', { timeout: 60_000 })

  for (const kind of ['docx', 'odt'] as const) {
    await chooseFile(page, await file(`bomb.${kind}`, disguisedBomb(kind, BOMB_MATCHES, 4096)))
    await expect(errorMessage(page).filter({ hasText: `bomb.${kind}` })).toHaveText(`“bomb.${kind}” is damaged or incomplete and could not be opened.`)
  }

  const codebookChooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import/Export' }).click()
  await page.getByRole('menu', { name: 'Codebook import and export' }).getByRole('menuitem', { name: 'Import codebook…' }).click()
  await (await codebookChooser).setFiles(await file('bomb.qdpx', disguisedBomb('qdpx', BOMB_MATCHES, 4096)))
  await expect(errorMessage(page).filter({ hasText: 'bomb.qdpx' })).toHaveText('“bomb.qdpx” is damaged: its project document could not be unpacked.')

  const depth = 5000
  await chooseFile(page, await file('deep.html', `<title>Deep</title>${'<div><span>'.repeat(depth / 2)}<p>Deep text at the bottom.</p>${'</span></div>'.repeat(depth / 2)}`))
  await expect(article(page).locator('p')).toHaveText(['Deep text at the bottom.'])

  const longestTask = await longest()
  test.info().annotations.push({ type: 'longest task (ms)', description: String(Math.round(longestTask)) })
  expect(longestTask).toBeLessThan(FREEZE_MS)
})

test('desktop: main refuses 200,000 paragraphs and zip bombs in one sentence, and opens 5,000-level HTML', async ({ page, desktop }) => {
  test.setTimeout(120_000)
  await openApp(page)
  const longest = await watchLongTasks(page)
  await desktop.openArticle(await file('long.txt', paragraphs(200_000)))
  await expect(errorMessage(page).filter({ hasText: 'long.txt' })).toHaveText('“long.txt” has 200,000 paragraphs; Themata opens articles of up to 100,000.', { timeout: 60_000 })
  for (const kind of ['docx', 'odt'] as const) {
    await desktop.openArticle(await file(`bomb.${kind}`, disguisedBomb(kind, BOMB_MATCHES, 1024 ** 3)))
    await expect(errorMessage(page).filter({ hasText: `bomb.${kind}` })).toHaveText(
      `“bomb.${kind}” would unpack to more than 256 MB, far more than any article; Themata did not open it.`
    )
  }
  await desktop.openArticle(await file('deep.html', `<title>Deep</title>${'<div>'.repeat(5000)}<p>Deep text at the bottom.</p>${'</div>'.repeat(5000)}`))
  await expect(article(page).locator('p')).toHaveText(['Deep text at the bottom.'], { timeout: 30_000 })
  const longestTask = await longest()
  test.info().annotations.push({ type: 'longest task (ms)', description: String(Math.round(longestTask)) })
  expect(longestTask).toBeLessThan(FREEZE_MS)
})
