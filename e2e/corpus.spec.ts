/**
 * Across the corpus: the seed article and its Markdown and HTML versions open side by side; the
 * "All passages" view filters, opens and retags passages across them; search finds, steps and
 * autocodes.
 */
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { article, CORPUS, expectThemeCount, openApp, SEED_TITLE, selectText, tagToolbar } from './support/article'
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
  await rows(page).first().locator('input[type="checkbox"]').click()
  await page.getByRole('listbox', { name: 'Passages across the project' }).focus()
  await page.keyboard.press('Shift+ArrowDown')
  await expect(allPassages(page).getByRole('toolbar', { name: 'Selected passages' })).toContainText('2 selected')
  await allPassages(page).getByRole('combobox', { name: 'Add a theme to the selected passages' }).selectOption({ label: 'Economic pressure' })
  await expect(rows(page).filter({ hasText: 'Economic pressure' })).toHaveCount(2)
  await expectThemeCount(page, 'Economic pressure', 2)
  await page.keyboard.press('Control+z')
  await expect(rows(page).filter({ hasText: 'Economic pressure' })).toHaveCount(0)
  await expectThemeCount(page, 'Economic pressure', 0)

  // Click a row: the article opens at the passage, flashing.
  await rows(page).nth(1).click()
  await expect(page.getByRole('tab', { name: 'Article' })).toHaveAttribute('aria-selected', 'true')
  await expect(article(page).locator('.hl-flash')).toContainText('Commonwealth of Independent States')
})
