/**
 * The library of a corpus: opening many files at once (progress, failures, cancel), the articles
 * with their counts per theme, sorting and filtering, memos, article sets, and removing an article
 * with undo.
 */
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { test as browserMode, type Locator, type Page } from '@playwright/test'
import { article, CORPUS, expectThemeCount, libraryRow, openApp, SEED_TITLE, selectText } from './support/article'
import { expect, test } from './support/desktopBridge'

const OFFICE = resolve(__dirname, '../../shared/external/office')
const LOCKED = 'encrypted-with-pwd_hello.odt'

const library = (page: Page): Locator => page.getByRole('navigation', { name: 'Library' })
/** The library's row for a file (several files may share a title). */
const row = libraryRow
const rowTitles = (page: Page): Locator => library(page).locator('.doc-title')
const progress = (page: Page): Locator => page.getByRole('status', { name: 'Opening files' })
const importReport = (page: Page): Locator => page.getByRole('alert', { name: 'Import finished' })

/**
 * Holds the import of the `n`th file chosen (0-based) until `release()`, as a slow file would, so
 * the test can look at the progress and cancel. Wraps the desktop bridge's call from the page.
 */
async function holdImport(page: Page): Promise<{ at(n: number): Promise<void>; release(): Promise<void> }> {
  await page.addInitScript(() => {
    const w = window as unknown as { themata: Record<string, (r: unknown) => Promise<unknown>>; __hold: { at: number; calls: number; release?: () => void } }
    const original = w.themata['importChosen'] as (r: unknown) => Promise<unknown>
    w.__hold = { at: -1, calls: 0 }
    w.themata['importChosen'] = (request) => {
      const hold = w.__hold
      if (hold.calls++ !== hold.at) return original(request)
      return new Promise((resolve) => (hold.release = () => resolve(original(request))))
    }
  })
  return {
    at: (n) => page.evaluate((n) => Object.assign((window as unknown as { __hold: { at: number; calls: number } }).__hold, { at: n, calls: 0 }), n).then(() => undefined),
    release: () => page.evaluate(() => (window as unknown as { __hold: { release?: () => void } }).__hold.release?.())
  }
}

test('opens several files at once with one progress display, listing the one that fails with its reason', async ({ page, desktop }) => {
  const hold = await holdImport(page)
  await openApp(page)
  await hold.at(1)
  await desktop.openArticle([join(CORPUS, 'seed-article.txt'), join(CORPUS, 'seed-article.md'), join(OFFICE, LOCKED), join(OFFICE, 'text-extract.odt')])
  await expect(progress(page)).toContainText('Opening 2 of 4: “seed-article.md”')
  await expect(page.getByRole('button', { name: 'Open article' })).toBeDisabled()
  await expect(library(page).getByRole('button', { name: /seed-article\.txt/ })).toBeVisible()
  await page.screenshot({ path: 'test-results/library-import-progress.png' })
  await hold.release()

  await expect(importReport(page)).toContainText('3 of 4 files opened; 1 could not be opened.')
  await expect(importReport(page).getByRole('listitem')).toHaveText([`“${LOCKED}” is password-protected; remove the password and open it again.`])
  await expect(progress(page)).toHaveCount(0)
  await expect(rowTitles(page)).toHaveCount(3)
  // The first file imported is opened.
  await expect(article(page).locator('h1')).toHaveText(SEED_TITLE)
  await page.screenshot({ path: 'test-results/library-import-report.png' })
  await importReport(page).getByRole('button', { name: 'Dismiss import report' }).click()
  await expect(importReport(page)).toHaveCount(0)
})

test('cancel stops after the current file and keeps what was imported', async ({ page, desktop }) => {
  const hold = await holdImport(page)
  await openApp(page)
  await hold.at(0)
  await desktop.openArticle([join(CORPUS, 'seed-article.md'), join(CORPUS, 'seed-article.txt'), join(OFFICE, 'text-extract.odt')])
  await expect(progress(page)).toContainText('Opening 1 of 3: “seed-article.md”')
  await progress(page).getByRole('button', { name: 'Cancel' }).click()
  await expect(progress(page).getByRole('button', { name: 'Stopping…' })).toBeDisabled()
  await hold.release()
  await expect(page.getByRole('status', { name: 'Import finished' })).toContainText('Import cancelled: 1 of 3 files opened.')
  await expect(rowTitles(page)).toHaveText([SEED_TITLE])
  await expect(row(page, 'seed-article.md')).toBeVisible()
})

test('lists articles with counts per theme; sorts, filters, keeps memos and sets; removes an article, undoably', async ({ page, desktop }) => {
  await openApp(page)
  await desktop.openArticle([join(CORPUS, 'seed-article.txt'), join(OFFICE, 'text-extract.odt'), join(CORPUS, 'seed-article.md')])
  await expect(rowTitles(page)).toHaveCount(3)
  await expect(page.getByRole('status').filter({ hasText: 'Opened 3 articles.' })).toBeVisible()

  // Passages per theme show on the article's row as they are tagged.
  await expect(article(page).locator('h1')).toHaveText(SEED_TITLE)
  await selectText(page, 'SOCAR is not just a national oil and gas company')
  await page.keyboard.press('1')
  await selectText(page, 'Repeated missile strikes on the gas infrastructure near Odesa')
  await page.keyboard.press('1')
  await selectText(page, 'an attempt by Moscow to exert pressure on Baku')
  await page.keyboard.press('2')
  await page.evaluate(() => document.getSelection()?.removeAllRanges())
  await expectThemeCount(page, 'Hybrid tactics', 1)
  const seed = row(page, 'seed-article.txt')
  await expect(seed).toContainText('3 passages')
  await expect(seed.locator('li[data-theme="Economic pressure"]')).toHaveText('Economic pressure: 2')
  await expect(seed.locator('li[data-theme="Hybrid tactics"]')).toHaveText('Hybrid tactics: 1')
  await expect(seed.locator('li[data-theme="CIS"]')).toHaveCount(0)

  // Sort and filter.
  await library(page).getByRole('combobox', { name: 'Sort articles' }).selectOption({ label: 'Passages (most first)' })
  await expect(library(page).locator('ul > li').first()).toContainText('seed-article.txt')
  await library(page).getByRole('combobox', { name: 'Sort articles' }).selectOption({ label: 'Title' })
  await expect(rowTitles(page)).toHaveText(['ODFDOM in a title', SEED_TITLE, SEED_TITLE])
  await library(page).getByRole('searchbox', { name: 'Filter articles' }).fill('odfdom')
  await expect(rowTitles(page)).toHaveText(['ODFDOM in a title'])
  await expect(library(page).getByRole('heading')).toContainText('1 of 3')
  await library(page).getByRole('searchbox', { name: 'Filter articles' }).fill('')
  await expect(rowTitles(page)).toHaveCount(3)

  // A memo, undoable.
  await seed.getByRole('button', { name: 'Article details' }).click()
  const details = page.getByRole('dialog', { name: 'About this article' })
  await details.getByRole('textbox', { name: 'Memo' }).fill('Compare with the 2023 gas dispute.')
  await page.keyboard.press('Escape')
  await expect(details).toHaveCount(0)
  await expect(seed.getByTitle('Has a memo')).toBeVisible()
  await library(page).getByRole('searchbox', { name: 'Filter articles' }).fill('gas dispute')
  await expect(rowTitles(page)).toHaveCount(1)
  await library(page).getByRole('searchbox', { name: 'Filter articles' }).fill('')
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(seed.getByTitle('Has a memo')).toHaveCount(0)
  await page.getByRole('button', { name: 'Redo' }).click()
  await seed.getByRole('button', { name: 'Article details' }).click()
  await expect(details.getByRole('textbox', { name: 'Memo' })).toHaveValue('Compare with the 2023 gas dispute.')
  await page.keyboard.press('Escape')

  // Article sets: made, filled, used as a filter, renamed, deleted.
  await library(page).getByRole('button', { name: 'Sets…' }).click()
  const sets = page.getByRole('dialog', { name: 'Article sets' })
  await sets.getByRole('textbox', { name: 'New set name' }).fill('Aug 2025')
  await sets.getByRole('button', { name: 'Create set' }).click()
  await sets.getByRole('textbox', { name: 'New set name' }).fill('aug 2025')
  await sets.getByRole('button', { name: 'Create set' }).click()
  await expect(page.getByRole('alert')).toContainText('There is already a set called “Aug 2025”.')
  await page.keyboard.press('Escape')
  for (const file of ['seed-article.txt', 'text-extract.odt']) {
    await row(page, file).getByRole('button', { name: 'Article details' }).click()
    await details.getByRole('checkbox', { name: 'Aug 2025' }).check()
    await page.keyboard.press('Escape')
  }
  await library(page).getByRole('combobox', { name: 'Article set' }).selectOption({ label: 'Aug 2025' })
  await expect(rowTitles(page)).toHaveText(['ODFDOM in a title', SEED_TITLE])
  await page.screenshot({ path: 'test-results/library-light.png' })
  await page.keyboard.press('Control+Shift+D')
  await seed.getByRole('button', { name: 'Article details' }).click()
  await page.screenshot({ path: 'test-results/library-details-dark.png' })
  await page.keyboard.press('Escape')
  await page.keyboard.press('Control+Shift+D')
  await library(page).getByRole('button', { name: 'Sets…' }).click()
  await sets.getByRole('button', { name: 'Rename set “Aug 2025”' }).click()
  await sets.getByRole('textbox', { name: 'New name for “Aug 2025”' }).fill('August 2025')
  await sets.getByRole('button', { name: 'Save' }).click()
  await expect(library(page).getByRole('combobox', { name: 'Article set' })).toContainText('August 2025')
  await sets.getByRole('button', { name: 'Delete set “August 2025”' }).click()
  await page.keyboard.press('Escape')
  await expect(rowTitles(page)).toHaveCount(3)
  await expect(library(page).getByRole('combobox', { name: 'Article set' })).toHaveValue('')
  await page.getByRole('button', { name: 'Undo' }).click()
  await library(page).getByRole('combobox', { name: 'Article set' }).selectOption({ label: 'August 2025' })
  await expect(rowTitles(page)).toHaveCount(2)
  await library(page).getByRole('combobox', { name: 'Article set' }).selectOption({ label: 'All articles' })

  // Removing the open article asks first, closes it, and undo brings it back with its passages.
  await seed.getByRole('button', { name: 'Article details' }).click()
  await details.getByRole('button', { name: 'Remove from project…' }).click()
  await expect(details).toContainText('Remove this article and its 3 passages from the project? You can undo this until you close Themata or switch projects.')
  await details.getByRole('button', { name: 'Remove article' }).click()
  await expect(rowTitles(page)).toHaveCount(2)
  await expect(seed).toHaveCount(0)
  await expect(article(page)).toHaveCount(0)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(seed).toContainText('3 passages')
  await expect(seed.locator('li[data-theme="Economic pressure"]')).toHaveText('Economic pressure: 2')
  await seed.getByRole('button', { name: /seed-article\.txt/ }).click()
  await expectThemeCount(page, 'Economic pressure', 2)
  await expectThemeCount(page, 'Hybrid tactics', 1)

  // Still so after a reload: undo wrote it back.
  await page.reload()
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible()
  await expect(row(page, 'seed-article.txt')).toContainText('3 passages')
  await expect(row(page, 'seed-article.txt').locator('li[data-theme="Hybrid tactics"]')).toHaveText('Hybrid tactics: 1')
})

browserMode('browser mode: dropping several files opens them as one batch', async ({ page }) => {
  await openApp(page)
  const files = [
    { name: 'seed-article.html', data: (await readFile(join(CORPUS, 'seed-article.html'))).toString('base64') },
    { name: 'empty-notes.txt', data: '' },
    { name: 'seed-article.md', data: (await readFile(join(CORPUS, 'seed-article.md'))).toString('base64') }
  ]
  const transfer = await page.evaluateHandle((files) => {
    const dt = new DataTransfer()
    for (const f of files) dt.items.add(new File([Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0))], f.name))
    return dt
  }, files)
  for (const type of ['dragenter', 'dragover', 'drop']) await page.dispatchEvent('.app', type, { dataTransfer: transfer })
  await expect(importReport(page)).toContainText('2 of 3 files opened; 1 could not be opened.')
  await expect(importReport(page).getByRole('listitem')).toContainText(['empty-notes.txt'])
  await expect(rowTitles(page)).toHaveText([SEED_TITLE, SEED_TITLE])
})
