/**
 * The desktop citizen, as far as it runs in Chromium: files opened from outside the window (main's
 * own service behind the bridge), every menu command through the bridge, the panel dividers by
 * mouse and keyboard, the article's text size, and the keyboard shortcuts overlay. What needs the
 * Electron binary itself (a second start, the command line, Open Recent) is in electron-desktop.spec.ts.
 */
import { readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { article, CORPUS, errorMessage, openApp, SEED_TITLE } from './support/article'
import { expect, test } from './support/desktopBridge'
import { REFI_QDA } from '../src/shared/qdpx/testSupport'

const library = (page: Page): Locator => page.getByRole('navigation', { name: 'Library' })
const sidebarDivider = (page: Page): Locator => page.getByRole('separator', { name: 'Resize the library and codebook' })
const passagesDivider = (page: Page): Locator => page.getByRole('separator', { name: 'Resize the passages panel' })
const articleFontSize = (page: Page): Promise<string> => article(page).evaluate((element) => getComputedStyle(element).fontSize)
const widthOf = async (locator: Locator): Promise<number> => Math.round((await locator.boundingBox())?.width ?? 0)

test.describe('files opened from outside the window', () => {
  test('an article opened with Themata is stored and opened like one chosen in the Open dialog', async ({ page, desktop }) => {
    await openApp(page)
    await desktop.openFromOutside(join(CORPUS, 'seed-article.docx'))
    await expect(article(page).locator('h1')).toHaveText(SEED_TITLE)
    await expect(library(page).getByRole('button', { name: /seed-article\.docx/ })).toBeVisible()
    // Stored, not only shown: a reload reopens it.
    await page.reload()
    await expect(page.locator('.app[data-ready="true"]')).toBeVisible()
    await expect(article(page).locator('h1')).toHaveText(SEED_TITLE)
  })

  test('a file that cannot be opened is refused in one sentence', async ({ page, desktop }) => {
    await openApp(page)
    await desktop.openFromOutside(join(CORPUS, 'no-such-article.txt'))
    await expect(errorMessage(page)).toHaveText('“no-such-article.txt” could not be found; it may have been moved or deleted.')
  })

  test('a project file opened with Themata is imported, and a backup restored, as from the project files menu', async ({ page, desktop }) => {
    await openApp(page)
    await desktop.openArticle(join(CORPUS, 'seed-article.txt'))
    await expect(article(page).locator('h1')).toHaveText(SEED_TITLE)
    // The File menu's project commands write the files a user would then open from the file manager.
    await desktop.menu('export-project')
    const qdpx = join(desktop.reportDir, 'my-project.qdpx')
    await expect(page.getByRole('status').filter({ hasText: `Project saved to ${qdpx}` })).toBeVisible()
    await desktop.menu('back-up-project')
    await expect.poll(() => desktop.savedReports.find((path) => path.endsWith('.themata'))).toBeTruthy()
    const backup = desktop.savedReports.find((path) => path.endsWith('.themata')) as string

    await desktop.openFromOutside(qdpx)
    const report = page.getByRole('dialog', { name: /^Imported “/ })
    await expect(report.getByRole('heading', { level: 2 })).toHaveText('Imported “my-project.qdpx” as “My project (imported)”')
    await report.getByRole('button', { name: 'Close' }).click()
    await expect(page.getByRole('button', { name: 'Project: My project (imported)' })).toBeVisible()

    await desktop.openFromOutside(backup)
    await expect(page.getByRole('status').filter({ hasText: `Restored the project “My project (restored)” from “${basename(backup)}”.` })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Project: My project (restored)' })).toBeVisible()
  })

  test('a project file that is not one is refused in one sentence', async ({ page, desktop }) => {
    await openApp(page)
    await desktop.openFromOutside(join(REFI_QDA, 'broken--demo-is-html.qdpx'))
    await expect(page.getByRole('alert')).toContainText('“broken--demo-is-html.qdpx” is not a zip archive, so it is not a REFI-QDA project (.qdpx).')
  })
})

test.describe('the menu', () => {
  test('every view, the search field and the projects are a menu command away', async ({ page, desktop }) => {
    await openApp(page)
    await desktop.menu('view-all-passages')
    await expect(page.getByRole('tab', { name: 'All passages' })).toHaveAttribute('aria-selected', 'true')
    await desktop.menu('view-search')
    await expect(page.getByRole('tab', { name: 'Search' })).toHaveAttribute('aria-selected', 'true')
    await desktop.menu('view-article')
    await expect(page.getByRole('tab', { name: 'Article' })).toHaveAttribute('aria-selected', 'true')
    await desktop.menu('find')
    await expect(page.getByRole('searchbox', { name: 'Search the project' })).toBeFocused()
    await desktop.menu('projects')
    await expect(page.getByRole('dialog', { name: 'Projects' })).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog', { name: 'Projects' })).toHaveCount(0)
    await desktop.menu('shortcuts')
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
  })

  test('the Codebook menu adds a theme, and edits, merges or deletes the one selected in the tree', async ({ page, desktop }) => {
    await openApp(page)
    await desktop.menu('edit-theme')
    await expect(page.getByRole('status').filter({ hasText: 'Choose a theme in the codebook first.' })).toBeVisible()
    await desktop.menu('new-theme')
    await expect(page.getByRole('dialog', { name: 'New theme' })).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog', { name: 'New theme' })).toHaveCount(0)
    await page.getByRole('tree', { name: 'Themes' }).getByRole('treeitem', { name: /^CIS/ }).click()
    await desktop.menu('merge-theme')
    await expect(page.getByRole('dialog', { name: 'Merge theme' })).toBeVisible()
    await page.keyboard.press('Escape')
    await desktop.menu('delete-theme')
    await expect(page.getByRole('dialog', { name: 'Delete theme' })).toContainText('CIS')
  })

  test('the codebook commands export it, the View commands size the article text', async ({ page, desktop }) => {
    await openApp(page)
    await desktop.menu('export-codebook-csv')
    await expect.poll(() => desktop.savedReports.length).toBe(1)
    // The dialog answers before the file is written: wait for the file itself.
    await expect.poll(() => readFile(desktop.savedReports[0] as string, 'utf8').then(() => true, () => false)).toBe(true)
    const csv = await readFile(desktop.savedReports[0] as string, 'utf8')
    expect(desktop.savedReports[0]).toMatch(/\.csv$/)
    expect(csv.split(/\r?\n/)[0]).toMatch(/name/i)
    await desktop.openArticle(join(CORPUS, 'seed-article.md'))
    await expect(article(page)).toBeVisible()
    expect(await articleFontSize(page)).toBe('17px')
    await desktop.menu('zoom-in')
    await expect.poll(() => articleFontSize(page)).toBe('19px')
    await desktop.menu('zoom-out')
    await desktop.menu('zoom-out')
    await expect.poll(() => articleFontSize(page)).toBe('15px')
    await desktop.menu('zoom-reset')
    await expect.poll(() => articleFontSize(page)).toBe('17px')
  })
})

test.describe('layout remembered', () => {
  test('the dividers resize the side panels by mouse and by keyboard, and the widths come back after a reload', async ({ page }) => {
    await openApp(page)
    const sidebar = page.locator('#sidebar')
    const passages = page.getByRole('complementary', { name: 'Passages' })
    expect(await widthOf(sidebar)).toBe(240)
    await expect(sidebarDivider(page)).toHaveAttribute('aria-valuenow', '240')

    // Drag the sidebar's divider 60 px to the right.
    const box = (await sidebarDivider(page).boundingBox()) as { x: number; y: number; width: number; height: number }
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await page.mouse.down()
    await page.mouse.move(box.x + box.width / 2 + 30, box.y + box.height / 2, { steps: 3 })
    await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2, { steps: 3 })
    await page.mouse.up()
    await expect(sidebarDivider(page)).toHaveAttribute('aria-valuenow', '300')
    expect(await widthOf(sidebar)).toBe(300)

    // The passages panel's divider by keyboard: ← widens it (it is on the right), End to its widest, Home to its narrowest.
    await passagesDivider(page).focus()
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('ArrowLeft')
    await expect(passagesDivider(page)).toHaveAttribute('aria-valuenow', '372')
    expect(await widthOf(passages)).toBe(372)
    await page.keyboard.press('Shift+ArrowRight')
    await expect(passagesDivider(page)).toHaveAttribute('aria-valuenow', '308')
    await page.keyboard.press('End')
    await expect(passagesDivider(page)).toHaveAttribute('aria-valuemax', '520')
    await expect(passagesDivider(page)).toHaveAttribute('aria-valuenow', '520')
    await page.keyboard.press('Home')
    await expect(passagesDivider(page)).toHaveAttribute('aria-valuenow', '260')

    await page.reload()
    await expect(page.locator('.app[data-ready="true"]')).toBeVisible()
    await expect(sidebarDivider(page)).toHaveAttribute('aria-valuenow', '300')
    await expect(passagesDivider(page)).toHaveAttribute('aria-valuenow', '260')
    expect(await widthOf(sidebar)).toBe(300)
    expect(await widthOf(passages)).toBe(260)
  })

  test('Ctrl + plus, minus and 0 size the article text, and the size comes back after a reload', async ({ page, desktop }) => {
    await openApp(page)
    await desktop.openArticle(join(CORPUS, 'seed-article.md'))
    await expect(article(page)).toBeVisible()
    // Each step is the Aa setting's 2 px (View › Zoom steps the reader's text size).
    await page.keyboard.press('Control+=')
    await page.keyboard.press('Control+=')
    await expect.poll(() => articleFontSize(page)).toBe('21px')
    await page.reload()
    await expect(article(page)).toBeVisible()
    await expect.poll(() => articleFontSize(page)).toBe('21px')
    await page.keyboard.press('Control+-')
    await expect.poll(() => articleFontSize(page)).toBe('19px')
    await page.keyboard.press('Control+0')
    await expect.poll(() => articleFontSize(page)).toBe('17px')
  })
})

test.describe('keyboard shortcuts overlay', () => {
  test('F1 or ? shows every key, Escape closes it and gives the focus back', async ({ page }) => {
    await openApp(page)
    const overlay = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    const openButton = page.getByRole('button', { name: 'Open article' })
    await openButton.focus()
    await page.keyboard.press('F1')
    await expect(overlay).toBeVisible()
    const rows: [string, string][] = [
      ['Open articles', 'Ctrl+O'],
      ['Undo', 'Ctrl+Z'],
      ['Redo', 'Ctrl+Shift+Z or Ctrl+Y'],
      ['Search the project', 'Ctrl+F'],
      ['All passages', 'Ctrl+2'],
      ['Larger article text', 'Ctrl++ or Ctrl+='],
      ['Keyboard shortcuts', 'F1 or ?']
    ]
    for (const [does, keys] of rows) {
      const row = overlay.locator('dd').filter({ hasText: new RegExp(`^${does.replace(/[+?]/g, '\\$&')}$`) })
      await expect(row).toBeVisible()
      // The keys are the term the description belongs to.
      await expect(row.locator('xpath=preceding-sibling::dt[1]')).toHaveText(keys)
    }
    await expect(overlay.getByText('Tag the selected text with the theme of that number')).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(overlay).toHaveCount(0)
    await expect(openButton).toBeFocused()

    await page.keyboard.press('Shift+?')
    await expect(overlay).toBeVisible()
    await overlay.getByRole('button', { name: 'Close keyboard shortcuts' }).click()
    await expect(overlay).toHaveCount(0)
  })

  test('? typed in a text field is a question mark, not the overlay', async ({ page }) => {
    await openApp(page)
    const search = page.getByRole('searchbox', { name: 'Search the project' })
    await search.click()
    await page.keyboard.type('why?')
    await expect(search).toHaveValue('why?')
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0)
  })
})
