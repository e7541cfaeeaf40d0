/**
 * Opening what analysts receive: the seed article as Word and PDF files through the desktop
 * bridge (main's real import services), tagged like any article; damaged and locked files refused
 * in one sentence; and in browser mode, the same formats parsed in the import worker.
 */
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { test as browserTest, type Page } from '@playwright/test'
import { article, CORPUS, errorMessage, expectThemeCount, openApp, recordTopBarStatus, SEED_TITLE, selectText } from './support/article'
import { expect, test } from './support/desktopBridge'

const FIXTURES = resolve(__dirname, '../src/shared/import/fixtures')
/** Runs across a line break in the PDF ("… oil exports —" / "as well as …"). */
const ACROSS_LINES = 'a key route for Azerbaijani oil exports — as well as the targeting of a SOCAR gas station'
const HYPHENATED = 'a multi-vector approach'

async function expectSeedArticle(page: Page): Promise<void> {
  await expect(article(page).locator('h1')).toHaveText(SEED_TITLE)
  await expect(article(page).locator('h2')).toHaveCount(5)
  // Thirteen paragraphs, the byline and the site name, as in the .txt: no date line, no broken lines.
  await expect(article(page).locator('p')).toHaveCount(15)
}

test('opens the seed article as .docx and tags a passage', async ({ page, desktop }) => {
  await openApp(page)
  await desktop.openArticle(join(CORPUS, 'seed-article.docx'))
  await expectSeedArticle(page)
  await selectText(page, 'SOCAR is not just a national oil and gas company')
  await page.keyboard.press('1')
  await expectThemeCount(page, 'Economic pressure', 1)
})

test('opens the seed article as .pdf with whole paragraphs and tags a passage', async ({ page, desktop }) => {
  await openApp(page)
  const shown = await recordTopBarStatus(page)
  const release = desktop.holdAnswers()
  await desktop.openArticle(join(CORPUS, 'seed-article.pdf'))
  // While the import is unanswered, the top bar shows how far it got: its label and a full bar.
  const status = page.locator('header').getByRole('status')
  await expect(status).toHaveText('Opening “seed-article.pdf” — Reading page 2 of 2')
  await expect(status.getByRole('progressbar', { name: 'Import progress' })).toHaveJSProperty('value', 1)
  await expect(page.getByRole('button', { name: 'Open article' })).toBeDisabled()
  release()
  await expectSeedArticle(page)
  await expect(status).toHaveCount(0)
  expect(desktop.progress.map((p) => `${p.page}/${p.pages}`)).toEqual(['1/2', '2/2'])
  // Page by page, as main sent it.
  expect((await shown()).filter((s) => s.progress !== null)).toEqual([
    { text: 'Opening “seed-article.pdf” — Reading page 1 of 2', progress: 0.5 },
    { text: 'Opening “seed-article.pdf” — Reading page 2 of 2', progress: 1 }
  ])
  await expect(article(page).locator('p').filter({ hasText: ACROSS_LINES })).toHaveCount(1)
  await selectText(page, ACROSS_LINES)
  await page.keyboard.press('2')
  await expectThemeCount(page, 'Hybrid tactics', 1)
  await page.evaluate(() => document.getSelection()?.removeAllRanges())
  await page.screenshot({ path: 'test-results/pdf-import.png' })
})

test('says in one sentence why a damaged Word file or a locked PDF cannot be opened, and keeps nothing', async ({ page, desktop }) => {
  await openApp(page)
  await desktop.openArticle(join(FIXTURES, 'truncated.docx'))
  await expect(page.getByRole('alert')).toContainText('“truncated.docx” is damaged or incomplete and could not be opened.')
  await expect(errorMessage(page)).toHaveText('“truncated.docx” is damaged or incomplete and could not be opened.')
  await desktop.openArticle(join(FIXTURES, 'encrypted.pdf'))
  await expect(page.getByRole('alert').filter({ hasText: 'encrypted.pdf' })).toContainText(
    '“encrypted.pdf” is password-protected; remove the password and open it again.'
  )
  await expect(page.getByRole('navigation', { name: 'Library' })).toContainText('Articles you open are kept here.')
})

async function dropFile(page: Page, path: string): Promise<void> {
  const name = path.split('/').pop() as string
  const data = (await readFile(path)).toString('base64')
  const transfer = await page.evaluateHandle(
    ({ name, data }) => {
      const dt = new DataTransfer()
      dt.items.add(new File([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], name))
      return dt
    },
    { name, data }
  )
  for (const type of ['dragenter', 'dragover', 'drop']) await page.dispatchEvent('.app', type, { dataTransfer: transfer })
}

browserTest('browser mode parses PDF and Word files in its import worker', async ({ page }) => {
  const workers: string[] = []
  page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname))
  await openApp(page)
  await expect(page.locator('.app')).toHaveAttribute('data-host', 'browser')
  const shown = await recordTopBarStatus(page)
  await dropFile(page, join(FIXTURES, 'report.pdf'))
  await expect(article(page).locator('h1')).toHaveText('Caspian energy routes after the winter: what the pipeline operators expect')
  // The worker's progress reached the top bar, page by page.
  expect((await shown()).filter((s) => s.progress !== null)).toEqual([
    { text: 'Opening “report.pdf” — Reading page 1 of 2', progress: 0.5 },
    { text: 'Opening “report.pdf” — Reading page 2 of 2', progress: 1 }
  ])
  // One import worker for this file, and the page itself never loaded PDF.js's parser.
  expect(workers.filter((path) => /\/importWorker-[\w-]+\.js$/.test(path))).toHaveLength(1)
  expect(await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /pdf/i.test(n)))).toEqual([])
  await expect(article(page).locator('p').filter({ hasText: HYPHENATED })).toHaveCount(1)
  await expect(article(page)).not.toContainText('Page 1 of 2')
  await dropFile(page, join(FIXTURES, 'briefing.docx'))
  await expect(article(page).locator('h1')).toHaveText('Grain corridor talks resume')
  expect(workers.filter((path) => /\/importWorker-[\w-]+\.js$/.test(path))).toHaveLength(2)
  await expect(article(page).locator('blockquote')).toHaveText('“We are ready to talk,” the minister said.')
  await dropFile(page, join(FIXTURES, 'scanned.pdf'))
  await expect(page.getByRole('alert')).toContainText('“scanned.pdf”: This PDF has no text layer (scanned?) — OCR is not supported yet.')
  await expect(errorMessage(page)).toHaveText('“scanned.pdf”: This PDF has no text layer (scanned?) — OCR is not supported yet.')
  expect(workers.filter((path) => /\/importWorker-[\w-]+\.js$/.test(path))).toHaveLength(3)
})
