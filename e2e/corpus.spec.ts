/**
 * Across the corpus: the seed article and its Markdown and HTML versions open side by side; the
 * "All passages" view filters, opens and retags passages across them; search finds, steps and
 * autocodes.
 */
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { article, CORPUS, expectOpened, expectThemeCount, libraryRow, openApp, SEED_TITLE, selectText, tagToolbar } from './support/article'
import { expect, test, type DesktopBridge } from './support/desktopBridge'

const HYBRID = 'an attempt by Moscow to exert pressure on Baku'
const CIS = 'the disintegration of the Commonwealth of Independent States (CIS)'

function allPassages(page: Page): ReturnType<Page['getByRole']> {
  return page.getByRole('region', { name: 'All passages' })
}

function rows(page: Page): ReturnType<Page['getByRole']> {
  return page.getByRole('listbox', { name: 'Passages across the project' }).getByRole('option')
}

async function openCorpus(page: Page, desktop: DesktopBridge): Promise<void> {
  await openApp(page)
  for (const file of ['seed-article.md', 'seed-article.html', 'seed-article.txt']) {
    await desktop.openArticle(join(CORPUS, file))
    await expectOpened(page, file)
    await expect(article(page).locator('h1')).toHaveText(SEED_TITLE)
  }
  await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: new RegExp(SEED_TITLE.slice(0, 30)) })).toHaveCount(3)
}

async function tag(page: Page, phrase: string, theme: string): Promise<void> {
  await selectText(page, phrase)
  await tagToolbar(page).getByRole('button', { name: theme, exact: true }).click()
  await page.evaluate(() => document.getSelection()?.removeAllRanges())
}

test('All passages lists, filters, opens and retags passages across articles', async ({ page, desktop }) => {
  await openCorpus(page, desktop)
  await tag(page, HYBRID, 'Hybrid tactics')
  await tag(page, CIS, 'CIS')
  await expectThemeCount(page, 'CIS', 1)

  await page.getByRole('tab', { name: 'All passages' }).click()
  await expect(allPassages(page).getByRole('status')).toHaveText('2 passages')
  await expect(rows(page)).toHaveCount(2)
  await expect(rows(page).first()).toContainText(HYBRID)
  await expect(rows(page).first()).toContainText('Hybrid tactics')

  // Filtered by a theme.
  await allPassages(page).getByRole('combobox', { name: 'Add a theme to the filter' }).selectOption({ label: 'CIS' })
  await expect(allPassages(page).getByRole('status')).toHaveText('1 passage')
  await expect(rows(page)).toHaveCount(1)
  await expect(rows(page).first()).toContainText('Commonwealth of Independent States')
  await allPassages(page).getByRole('combobox', { name: 'Passages with' }).selectOption('none')
  await expect(rows(page)).toHaveCount(1)
  await expect(rows(page).first()).toContainText(HYBRID)
  await allPassages(page).getByRole('button', { name: 'Remove CIS from the filter' }).click()
  await expect(rows(page)).toHaveCount(2)

  // Text filter, in any case.
  await allPassages(page).getByRole('searchbox', { name: 'Filter by text in quote or note' }).fill('commonwealth')
  await expect(rows(page)).toHaveCount(1)
  await allPassages(page).getByRole('searchbox', { name: 'Filter by text in quote or note' }).fill('')
  await expect(rows(page)).toHaveCount(2)

  await page.screenshot({ path: 'test-results/corpus-all-passages-light.png' })
  await page.getByRole('button', { name: 'Switch to dark mode' }).click()
  await page.screenshot({ path: 'test-results/corpus-all-passages-dark.png' })
  await page.getByRole('button', { name: 'Switch to light mode' }).click()

  // Keyboard: select both, add a theme to both in one step, undo it in one step.
  await rows(page).first().locator('.check').click()
  await expect(page.getByRole('listbox', { name: 'Passages across the project' })).toBeFocused()
  await page.keyboard.press('Shift+ArrowDown')
  await expect(allPassages(page).getByRole('toolbar', { name: 'Selected passages' })).toContainText('2 selected')
  await allPassages(page).getByRole('combobox', { name: 'Add a theme to the selected passages' }).selectOption({ label: 'Economic pressure' })
  await expect(rows(page).filter({ hasText: 'Economic pressure' })).toHaveCount(2)
  await expectThemeCount(page, 'Economic pressure', 2)
  await page.keyboard.press('Control+z')
  await expect(rows(page).filter({ hasText: 'Economic pressure' })).toHaveCount(0)
  await expectThemeCount(page, 'Economic pressure', 0)

  // Ctrl+A and Delete: both passages go in one step, and come back with one undo.
  await page.getByRole('listbox', { name: 'Passages across the project' }).focus()
  await page.keyboard.press('Control+a')
  await expect(allPassages(page).getByRole('toolbar', { name: 'Selected passages' })).toContainText('2 selected')
  await page.keyboard.press('Delete')
  await expect(allPassages(page).getByRole('status')).toHaveText('0 passages')
  await page.keyboard.press('Control+z')
  await expect(allPassages(page).getByRole('status')).toHaveText('2 passages')

  // A row shows its whole paragraph on request: → from the keyboard, or its ¶ mark.
  await page.keyboard.press('Home')
  await page.keyboard.press('ArrowRight')
  await expect(rows(page).first()).toContainText('Previously, a missile landed near Azerbaijan’s embassy in Kyiv')
  await page.keyboard.press('ArrowLeft')
  await expect(rows(page).first()).not.toContainText('Previously, a missile landed near Azerbaijan’s embassy in Kyiv')
  await rows(page).first().locator('.expand').click()
  await expect(rows(page).first()).toContainText('Previously, a missile landed near Azerbaijan’s embassy in Kyiv')

  // Click a row: the article opens at the passage, flashing.
  await rows(page).nth(1).click()
  await expect(page.getByRole('tab', { name: 'Article' })).toHaveAttribute('aria-selected', 'true')
  await expect(article(page).locator('.hl-flash')).toContainText('Commonwealth of Independent States')
})

const SOCAR_SENTENCE = 'SOCAR is not just a national oil and gas company — it is a symbol of Azerbaijan’s growing economic presence abroad.'

function searchField(page: Page): ReturnType<Page['getByRole']> {
  return page.getByRole('searchbox', { name: 'Search the project' })
}

test('search finds SOCAR in every article and autocodes its sentences as one undoable step', async ({ page, desktop }) => {
  await openCorpus(page, desktop)
  // One of the sentences is tagged already: autocode skips it and says so.
  await tag(page, SOCAR_SENTENCE, 'Economic pressure')
  await expectThemeCount(page, 'Economic pressure', 1)

  // Typing searches on its own (Enter then steps through the open article's hits, once they are in).
  await searchField(page).fill('socar')
  const results = page.getByRole('region', { name: 'Search results' })
  await expect(results.getByRole('status').first()).toHaveText('18 hits in 3 articles')
  await expect(results.getByRole('heading', { name: SEED_TITLE })).toHaveCount(3)
  await expect(results.getByRole('button', { name: /SOCAR is not just a national oil/ })).toHaveCount(3)

  const autocode = results.getByRole('region', { name: 'Autocode' })
  await autocode.getByRole('checkbox', { name: 'Economic pressure' }).check()
  await autocode.getByRole('radio', { name: 'its sentence' }).check()
  await autocode.getByRole('button', { name: 'Preview' }).click()
  await expect(autocode.getByRole('status')).toHaveText('Would create 17 passages in 3 articles; 1 already tagged (skipped).')
  // Nothing is written by the preview.
  await expectThemeCount(page, 'Economic pressure', 1)
  await page.screenshot({ path: 'test-results/corpus-autocode-preview.png' })

  await autocode.getByRole('button', { name: 'Autocode' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Autocoded: 17 passages created in 3 articles; 1 already tagged, skipped.' })).toBeVisible()
  await page.getByRole('tab', { name: 'Article' }).click()
  await expectThemeCount(page, 'Economic pressure', 6)
  await expect(article(page).locator('.hl').filter({ hasText: 'Russia’s attacks on SOCAR facilities are a direct assault' })).toHaveCount(1)
  await expect(libraryRow(page, 'seed-article.md')).toContainText('6 passages')

  // All passages, filtered by the theme, shows them across the three articles.
  await page.getByRole('tab', { name: 'All passages' }).click()
  await allPassages(page).getByRole('combobox', { name: 'Add a theme to the filter' }).selectOption({ label: 'Economic pressure' })
  await expect(allPassages(page).getByRole('status')).toHaveText('18 passages')

  // One undo takes the whole autocode back.
  await page.keyboard.press('Control+z')
  await expect(allPassages(page).getByRole('status')).toHaveText('1 passage')
  await page.getByRole('tab', { name: 'Article' }).click()
  await expectThemeCount(page, 'Economic pressure', 1)
  await expect(libraryRow(page, 'seed-article.md')).toContainText('0 passages')
})

test('Enter and Shift+Enter step through the hits of the open article', async ({ page, desktop }) => {
  await openApp(page)
  await desktop.openArticle(join(CORPUS, 'seed-article.txt'))
  await page.getByRole('combobox', { name: 'Search in' }).selectOption('article')
  await searchField(page).fill('SOCAR')
  await searchField(page).press('Enter')
  const hit = article(page).locator('.search-hit')
  await expect(page.getByLabel('Hit 1 of 6 in this article')).toBeVisible()
  await expect(hit).toHaveText('SOCAR')
  await searchField(page).press('Enter')
  await expect(page.getByLabel('Hit 2 of 6 in this article')).toBeVisible()
  await searchField(page).press('Enter')
  await expect(page.getByLabel('Hit 3 of 6 in this article')).toBeVisible()
  await expect(hit).toBeInViewport()
  await expect(hit).toHaveText('SOCAR')
  await page.screenshot({ path: 'test-results/corpus-search-step.png' })
  const third = await hit.evaluate((el) => el.parentElement?.textContent ?? '')
  expect(third).toContain('another struck near SOCAR’s office in Ukraine')
  await searchField(page).press('Shift+Enter')
  await expect(page.getByLabel('Hit 2 of 6 in this article')).toBeVisible()
  await searchField(page).press('Shift+Enter')
  await searchField(page).press('Shift+Enter')
  await expect(page.getByLabel('Hit 6 of 6 in this article')).toBeVisible()
  await expect(searchField(page)).toBeFocused()
})

test('a broken or runaway regular expression gets a clear message, never a frozen window', async ({ page, desktop }) => {
  await openApp(page)
  await desktop.openArticle(join(CORPUS, 'seed-article.txt'))
  await page.getByRole('button', { name: 'Search options' }).click()
  await page.getByRole('checkbox', { name: 'Regular expression' }).check()
  await searchField(page).fill('(SOCAR')
  await searchField(page).press('Enter')
  await expect(page.getByRole('alert')).toContainText('That regular expression is not valid')

  // Six SOCARs, one of them followed by ’s rather than a space.
  // Typing searches on its own (Enter then steps through the open article's hits, once they are in).
  await searchField(page).fill('SOCAR\\s\\w+')
  await expect(page.getByRole('region', { name: 'Search results' }).getByRole('status').first()).toHaveText('5 hits in 1 article')

  // Exponential backtracking on every paragraph: the worker is stopped after its budget.
  await searchField(page).fill('^(\\w+\\s?)*$')
  await searchField(page).press('Enter')
  // The window answers meanwhile.
  await page.getByRole('tab', { name: 'All passages' }).click()
  await expect(page.getByRole('region', { name: 'All passages' })).toBeVisible()
  await expect(page.getByRole('alert')).toContainText('The search was stopped after 3 seconds', { timeout: 15_000 })
  // And the next search works again.
  // Typing searches on its own (Enter then steps through the open article's hits, once they are in).
  await searchField(page).fill('Baku|Bakı')
  await expect(page.getByRole('region', { name: 'Search results' }).getByRole('status').first()).toHaveText(/\d+ hits? in 1 article/)
})
