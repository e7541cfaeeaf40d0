/**
 * The spine, as an analyst walks it in the desktop app: open the seed article, tag passages
 * with each theme (toolbar and keys), add a note, overlap two passages, reload, undo/redo,
 * export the report — with main-process work done by the real services.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { JSDOM } from 'jsdom'
import { article, CORPUS, expectThemeCount, openApp, passagesPanel, SEED_TITLE, selectText, tagToolbar, themeGroup } from './support/article'
import { expect, test } from './support/desktopBridge'

const ECONOMIC = 'Repeated missile strikes on the gas infrastructure near Odesa'
const HYBRID = 'an attempt by Moscow to exert pressure on Baku'
const CIS = 'the disintegration of the Commonwealth of Independent States (CIS)'
const NOTE = 'Energy routes as leverage — compare with the 2023 gas dispute.'

test('open, tag, note, overlap, reload, undo/redo and export the seed article', async ({ page, desktop }) => {
  await openApp(page)
  await desktop.openArticle(join(CORPUS, 'seed-article.txt'))
  await expect(article(page).locator('h1')).toHaveText(SEED_TITLE)
  await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: new RegExp(SEED_TITLE.slice(0, 30)) })).toBeVisible()

  // Economic pressure with the toolbar button.
  await selectText(page, ECONOMIC)
  await tagToolbar(page).getByRole('button', { name: 'Economic pressure', exact: true }).click()
  await expectThemeCount(page, 'Economic pressure', 1)

  // Hybrid tactics with its key.
  await selectText(page, HYBRID)
  await page.keyboard.press('2')
  await expectThemeCount(page, 'Hybrid tactics', 1)

  // CIS with the toolbar, then a note from the toolbar on the same passage.
  await selectText(page, CIS)
  await tagToolbar(page).getByRole('button', { name: 'CIS', exact: true }).click()
  await expectThemeCount(page, 'CIS', 1)
  await selectText(page, ECONOMIC)
  await tagToolbar(page).getByRole('button', { name: 'Add note' }).click()
  await tagToolbar(page).getByRole('textbox', { name: 'Note' }).fill(NOTE)
  await tagToolbar(page).getByRole('button', { name: 'Save note' }).click()
  await expect(themeGroup(page, 'Economic pressure').getByText(NOTE)).toBeVisible()

  // A second passage overlapping the first: "gas infrastructure near Odesa — a key route".
  const overlapping = 'the gas infrastructure near Odesa — a key route for Azerbaijani oil exports'
  await selectText(page, overlapping)
  await page.keyboard.press('3')
  await expectThemeCount(page, 'CIS', 2)
  const both = article(page).locator('.hl').filter({ hasText: 'gas infrastructure near Odesa' }).first()
  await expect(both).toHaveAttribute('data-ids', /\S+ \S+/)
  // Two stacked underlines: Economic pressure (#d97706) over CIS (#0d9488).
  await expect(both).toHaveAttribute('style', /rgb\(217, 119, 6\) 0px -2px 0px inset, rgb\(13, 148, 136\) 0px -4px 0px inset/)

  await page.evaluate(() => document.getSelection()?.removeAllRanges())
  await page.screenshot({ path: 'test-results/spine-tagged.png' })

  // Everything is still there after a reload: the app reopens the article that was on screen.
  await page.reload()
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible()
  await expect(article(page).locator('h1')).toHaveText(SEED_TITLE)
  await expectThemeCount(page, 'Economic pressure', 1)
  await expectThemeCount(page, 'Hybrid tactics', 1)
  await expectThemeCount(page, 'CIS', 2)
  await expect(themeGroup(page, 'Economic pressure').getByText(NOTE)).toBeVisible()
  await expect(article(page).locator('.hl').first()).toBeVisible()

  // Undo and redo: tag one more, undo it, redo it.
  await selectText(page, 'Azerbaijan no longer participates in CIS activities')
  await page.keyboard.press('3')
  await expectThemeCount(page, 'CIS', 3)
  await page.evaluate(() => document.getSelection()?.removeAllRanges())
  await page.keyboard.press('Control+z')
  await expectThemeCount(page, 'CIS', 2)
  await page.keyboard.press('Control+Shift+z')
  await expectThemeCount(page, 'CIS', 3)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expectThemeCount(page, 'CIS', 2)

  // Clicking a passage in the panel scrolls to it and flashes it.
  await themeGroup(page, 'CIS').getByRole('button', { name: /Commonwealth of Independent States/ }).click()
  await expect(article(page).locator('.hl-flash')).toContainText('Commonwealth of Independent States')

  // Export through the native-menu path (the report dialog), saved by main with an atomic write.
  await desktop.menu('export')
  await page.getByRole('dialog', { name: 'Export report' }).getByRole('button', { name: 'Export', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: 'saved to' })).toBeVisible()
  expect(desktop.savedReports).toHaveLength(1)
  const html = await readFile(desktop.savedReports[0] as string, 'utf8')
  expect(html).not.toMatch(/<script/i)
  const report = new JSDOM(html).window.document
  const section = (theme: string): Element => report.querySelector(`section.theme[data-theme="${theme}"]`) as Element
  expect(section('Economic pressure').textContent).toContain(ECONOMIC)
  expect(section('Economic pressure').textContent).toContain(NOTE)
  expect(section('Hybrid tactics').textContent).toContain(HYBRID)
  expect(section('CIS').textContent).toContain(CIS)
  expect(section('CIS').textContent).toContain(overlapping)
  expect(report.querySelector('h1')?.textContent).toContain(SEED_TITLE)

  // Opened in Chromium, the report shows the highlighted article and the passages by theme.
  await page.goto(`file://${desktop.savedReports[0] as string}`)
  await expect(page.locator('h1')).toContainText(SEED_TITLE)
  await expect(page.locator('#article mark.hl').first()).toBeVisible()
  await expect(page.locator('#article mark.hl[data-depth="2"]')).toContainText('gas infrastructure near Odesa')
  await expect(page.locator('section.theme')).toHaveCount(3)
  await page.screenshot({ path: 'test-results/spine-report.png', fullPage: true })
})

test('clicking a highlight shows its themes and note, to retag or delete it', async ({ page, desktop }) => {
  await openApp(page)
  await desktop.openArticle(join(CORPUS, 'seed-article.txt'))
  await selectText(page, HYBRID)
  await page.keyboard.press('1')
  await page.keyboard.press('2')
  await page.evaluate(() => document.getSelection()?.removeAllRanges())
  await expectThemeCount(page, 'Economic pressure', 1)
  await expectThemeCount(page, 'Hybrid tactics', 1)

  await article(page).locator('.hl').first().click()
  const dialog = page.getByRole('dialog', { name: 'Passage' })
  await expect(dialog).toContainText(HYBRID)
  await dialog.getByRole('button', { name: 'Remove theme Economic pressure' }).click()
  await expectThemeCount(page, 'Economic pressure', 0)
  await dialog.getByRole('textbox').fill('Proxy pressure, not sanctions.')
  await dialog.getByRole('button', { name: 'Add theme CIS' }).click()
  await expect(themeGroup(page, 'Hybrid tactics').getByText('Proxy pressure, not sanctions.')).toBeVisible()
  await expectThemeCount(page, 'CIS', 1)
  await dialog.getByRole('button', { name: 'Delete passage' }).click()
  await expectThemeCount(page, 'Hybrid tactics', 0)
  await expect(article(page).locator('.hl')).toHaveCount(0)
  await page.keyboard.press('Control+z')
  await expectThemeCount(page, 'Hybrid tactics', 1)
})

test('a new theme added inline gets its own colour and tags the selection', async ({ page, desktop }) => {
  await openApp(page)
  await desktop.openArticle(join(CORPUS, 'seed-article.txt'))
  await selectText(page, CIS)
  await tagToolbar(page).getByRole('button', { name: 'New theme' }).click()
  await tagToolbar(page).getByRole('textbox', { name: 'New theme name' }).fill('Energy security')
  await tagToolbar(page).getByRole('button', { name: 'Add theme' }).click()
  await expectThemeCount(page, 'Energy security', 1)
  await expect(tagToolbar(page).getByRole('button', { name: 'Energy security', exact: true })).toHaveAttribute('aria-keyshortcuts', '4')
  await expect(article(page).locator('.hl').first()).toHaveAttribute('style', /rgb\(219, 39, 119\)/)

  // A duplicate name is refused with a sentence, and nothing changes.
  await tagToolbar(page).getByRole('button', { name: 'New theme' }).click()
  await tagToolbar(page).getByRole('textbox', { name: 'New theme name' }).fill('cis')
  await tagToolbar(page).getByRole('button', { name: 'Add theme' }).click()
  await expect(page.getByRole('alert')).toContainText('There is already a theme called “cis”.')
  await expect(passagesPanel(page).locator('details[data-theme]')).toHaveCount(4)
})

test('a file that cannot be opened gets one clear sentence and nothing is saved', async ({ page, desktop }) => {
  await openApp(page)
  await desktop.openArticle(join(desktop.reportDir, 'missing.txt'))
  await expect(page.getByRole('alert')).toContainText('missing.txt')
  await expect(page.getByRole('navigation', { name: 'Library' })).toContainText('Articles you open are kept here.')
})
