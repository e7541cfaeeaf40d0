/**
 * The codebook as an analyst reorganises it: a tree of themes built and rearranged by keyboard and
 * by drag-and-drop, themes merged and deleted with the article's highlights following (and undo
 * taking it back), keys beyond 3, and the tag toolbar filtered as one types.
 */
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { article, CORPUS, expectThemeCount, openApp, selectText, tagToolbar, themeGroup } from './support/article'
import { expect, test } from './support/desktopBridge'

const ECONOMIC = 'Repeated missile strikes on the gas infrastructure near Odesa'
const HYBRID = 'an attempt by Moscow to exert pressure on Baku'
const CIS = 'the disintegration of the Commonwealth of Independent States (CIS)'

function codebook(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Codebook' })
}

function tree(page: Page): Locator {
  return codebook(page).getByRole('tree', { name: 'Themes' })
}

function theme(page: Page, name: string): Locator {
  return tree(page).getByRole('treeitem', { name, exact: true })
}

/** The tree as the analyst reads it: each theme's name indented two spaces per level. */
async function outline(page: Page): Promise<string[]> {
  return tree(page)
    .getByRole('treeitem')
    .evaluateAll((items) => items.map((item) => '  '.repeat(Number(item.getAttribute('aria-level')) - 1) + (item.querySelector('.name')?.textContent ?? '')))
}

/** The codebook as stored (the open project's database), as "Parent › Theme" paths, sorted. */
function storedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('themata')
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(req.error)
    })
    try {
      const tags = await new Promise<{ id: string; name: string; parentId: string | null }[]>((resolve, reject) => {
        const req = db.transaction('tags').objectStore('tags').getAll()
        req.onsuccess = () => resolve(req.result)
        req.onerror = () => reject(req.error)
      })
      const byId = new Map(tags.map((t) => [t.id, t]))
      return tags.map((t) => [t.parentId ? byId.get(t.parentId)?.name : null, t.name].filter(Boolean).join(' › ')).sort()
    } finally {
      db.close()
    }
  })
}

/**
 * Selecting text with the mouse takes the focus out of the codebook; `selectText` only sets the
 * selection, so the tests take the focus out of the tree first, as that click would.
 */
async function focusArticle(page: Page): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
}

/** The highlight over `phrase` (its first stretch). */
function highlight(page: Page, phrase: string): Locator {
  return article(page).locator('.hl').filter({ hasText: phrase.slice(0, 24) }).first()
}

test('build a codebook with a sub-theme, rearrange and rename it, by keyboard only', async ({ page }) => {
  await openApp(page)
  await expect(codebook(page)).toBeVisible()
  expect(await outline(page)).toEqual(['Economic pressure', 'Hybrid tactics', 'CIS'])

  // A new top-level theme: the dialog opens on its name; Enter adds it, and the tree takes the focus.
  await codebook(page).getByRole('button', { name: 'New theme' }).focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'New theme' })
  await expect(dialog.getByRole('textbox', { name: 'Name' })).toBeFocused()
  await page.keyboard.type('Energy security')
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(theme(page, 'Energy security')).toBeFocused()

  // A sub-theme of it: "Under" is chosen by typing in the list, then Enter in the name adds it.
  await codebook(page).getByRole('button', { name: 'New theme' }).focus()
  await page.keyboard.press('Enter')
  await page.keyboard.type('Gas transit')
  await page.keyboard.press('Tab')
  await expect(dialog.getByRole('combobox', { name: 'Under' })).toBeFocused()
  await page.keyboard.type('Ener')
  await expect(dialog.getByRole('combobox', { name: 'Under' })).toHaveValue(/.+/)
  await page.keyboard.press('Shift+Tab')
  await page.keyboard.press('Enter')
  await expect(theme(page, 'Gas transit')).toBeFocused()
  expect(await outline(page)).toEqual(['Economic pressure', 'Hybrid tactics', 'CIS', 'Energy security', '  Gas transit'])
  await expect(theme(page, 'Energy security')).toHaveAttribute('aria-expanded', 'true')

  // Alt+← moves it out, Alt+→ puts it back under the theme above, Alt+↑ reorders.
  await page.keyboard.press('Alt+ArrowLeft')
  expect(await outline(page)).toEqual(['Economic pressure', 'Hybrid tactics', 'CIS', 'Energy security', 'Gas transit'])
  await expect(theme(page, 'Gas transit')).toBeFocused()
  await page.keyboard.press('Alt+ArrowRight')
  expect(await outline(page)).toEqual(['Economic pressure', 'Hybrid tactics', 'CIS', 'Energy security', '  Gas transit'])
  await page.keyboard.press('ArrowUp')
  await expect(theme(page, 'Energy security')).toBeFocused()
  await page.keyboard.press('Alt+ArrowUp')
  await page.keyboard.press('Alt+ArrowUp')
  expect(await outline(page)).toEqual(['Economic pressure', 'Energy security', '  Gas transit', 'Hybrid tactics', 'CIS'])

  // Arrows, Home and End go through the tree; ← closes a theme and → opens it again.
  await page.keyboard.press('End')
  await expect(theme(page, 'CIS')).toBeFocused()
  await page.keyboard.press('Home')
  await expect(theme(page, 'Economic pressure')).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowLeft')
  await expect(theme(page, 'Energy security')).toHaveAttribute('aria-expanded', 'false')
  await expect(theme(page, 'Gas transit')).toHaveCount(0)
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect(theme(page, 'Gas transit')).toBeFocused()

  // F2 renames in place; a sibling's name is refused with a sentence and the field stays open.
  await page.keyboard.press('F2')
  const field = tree(page).getByRole('textbox', { name: 'Theme name' })
  await expect(field).toBeFocused()
  await page.keyboard.type('Gas transit routes')
  await page.keyboard.press('Enter')
  await expect(theme(page, 'Gas transit routes')).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('Enter')
  await page.keyboard.type('cis')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('alert')).toContainText('There is already a theme called “CIS” at the top of the codebook.')
  await expect(field).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(theme(page, 'Energy security')).toBeFocused()

  // An empty name in the dialog gets a sentence too, and nothing is added.
  await codebook(page).getByRole('button', { name: 'New theme' }).focus()
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  await expect(dialog.getByRole('alert')).toHaveText('A theme needs a name.')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  // Each step is undoable: the rename, then the reordering.
  await theme(page, 'Gas transit routes').focus()
  await page.keyboard.press('Control+z')
  await expect(theme(page, 'Gas transit')).toBeVisible()
  await page.keyboard.press('Control+z')
  await page.keyboard.press('Control+z')
  expect(await outline(page)).toEqual(['Economic pressure', 'Hybrid tactics', 'CIS', 'Energy security', '  Gas transit'])

  // It is all stored: a reload shows the same tree.
  await expect.poll(() => storedPaths(page)).toEqual(['CIS', 'Economic pressure', 'Energy security', 'Energy security › Gas transit', 'Hybrid tactics'])
  await page.reload()
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible()
  expect(await outline(page)).toEqual(['Economic pressure', 'Hybrid tactics', 'CIS', 'Energy security', '  Gas transit'])
})

test('merge two themes: the passages and highlights follow, and undo takes it back', async ({ page, desktop }) => {
  await openApp(page)
  await desktop.openArticle(join(CORPUS, 'seed-article.txt'))
  await selectText(page, ECONOMIC)
  await page.keyboard.press('1')
  await selectText(page, HYBRID)
  await page.keyboard.press('2')
  // One passage carries both themes, to see it keep the target once.
  await selectText(page, CIS)
  await page.keyboard.press('1')
  await page.keyboard.press('2')
  await page.evaluate(() => document.getSelection()?.removeAllRanges())
  await expectThemeCount(page, 'Economic pressure', 2)
  await expectThemeCount(page, 'Hybrid tactics', 2)
  await expect(theme(page, 'Hybrid tactics')).toHaveAccessibleDescription('2 in this article, 2 in the project, key 2')
  // Amber (Economic pressure) over violet (Hybrid tactics).
  await expect(highlight(page, CIS)).toHaveAttribute('style', /rgb\(217, 119, 6\) 0px -2px 0px inset, rgb\(124, 58, 237\) 0px -4px 0px inset/)

  // Underlines stack in codebook order: Hybrid tactics moved first puts violet on top; undo puts it back.
  await theme(page, 'Hybrid tactics').click()
  await page.keyboard.press('Alt+ArrowUp')
  await expect(highlight(page, CIS)).toHaveAttribute('style', /rgb\(124, 58, 237\) 0px -2px 0px inset, rgb\(217, 119, 6\) 0px -4px 0px inset/)
  await page.keyboard.press('Control+z')
  await expect(highlight(page, CIS)).toHaveAttribute('style', /rgb\(217, 119, 6\) 0px -2px 0px inset, rgb\(124, 58, 237\) 0px -4px 0px inset/)

  await codebook(page).getByRole('button', { name: 'Merge theme “Hybrid tactics”' }).click()
  const dialog = page.getByRole('dialog', { name: 'Merge theme' })
  await dialog.getByRole('combobox', { name: 'Merge “Hybrid tactics” into' }).selectOption({ label: 'Economic pressure' })
  await expect(dialog).toContainText('Its 2 passages get “Economic pressure” instead')
  await dialog.getByRole('button', { name: 'Merge' }).click()
  await expect(dialog).toBeHidden()

  await expect(theme(page, 'Hybrid tactics')).toHaveCount(0)
  await expectThemeCount(page, 'Economic pressure', 3)
  await expect(themeGroup(page, 'Hybrid tactics')).toHaveCount(0)
  await expect(highlight(page, HYBRID)).toHaveAttribute('style', /rgb\(217, 119, 6\) 0px -2px 0px inset/)
  // The passage that had both now has Economic pressure once: one underline.
  await expect(highlight(page, CIS)).not.toHaveAttribute('style', /-4px/)
  await expect(theme(page, 'Economic pressure')).toHaveAccessibleDescription('3 in this article, 3 in the project, key 1')

  // Undo brings back the theme, its passages and their colours; redo merges again.
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(theme(page, 'Hybrid tactics')).toBeVisible()
  await expectThemeCount(page, 'Hybrid tactics', 2)
  await expectThemeCount(page, 'Economic pressure', 2)
  await expect(highlight(page, HYBRID)).toHaveAttribute('style', /rgb\(124, 58, 237\) 0px -2px 0px inset/)
  await expect(highlight(page, CIS)).toHaveAttribute('style', /-4px/)
  await page.getByRole('button', { name: 'Redo' }).click()
  await expect(theme(page, 'Hybrid tactics')).toHaveCount(0)
  await expectThemeCount(page, 'Economic pressure', 3)

  // Stored as merged.
  await expect.poll(() => storedPaths(page)).toEqual(['CIS', 'Economic pressure'])
  await page.reload()
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible()
  await expectThemeCount(page, 'Economic pressure', 3)
  expect(await outline(page)).toEqual(['Economic pressure', 'CIS'])
})

test('delete a theme: remove it from its passages, or merge it into another', async ({ page, desktop }) => {
  await openApp(page)
  await desktop.openArticle(join(CORPUS, 'seed-article.txt'))
  await selectText(page, ECONOMIC)
  await page.keyboard.press('3')
  await selectText(page, CIS)
  await page.keyboard.press('3')
  await page.keyboard.press('1')
  await page.evaluate(() => document.getSelection()?.removeAllRanges())
  await expectThemeCount(page, 'CIS', 2)

  await theme(page, 'CIS').click()
  await page.keyboard.press('Delete')
  const dialog = page.getByRole('dialog', { name: 'Delete theme' })
  await expect(dialog).toContainText('2 passages carry “CIS”.')
  await expect(dialog.getByRole('radio', { name: /Remove the theme from them/ })).toBeChecked()
  await expect(dialog).toContainText('1 passage with no other theme and no note will be deleted')
  await dialog.getByRole('button', { name: 'Delete' }).click()
  await expect(theme(page, 'CIS')).toHaveCount(0)
  await expect(themeGroup(page, 'CIS')).toHaveCount(0)
  await expectThemeCount(page, 'Economic pressure', 1)
  await expect(article(page).locator('.hl')).toHaveCount(1)

  await page.keyboard.press('Control+z')
  await expect(theme(page, 'CIS')).toBeVisible()
  await expectThemeCount(page, 'CIS', 2)
  await expect(article(page).locator('.hl').filter({ hasText: 'Repeated missile' })).toHaveCount(1)

  // Deleting by merging keeps every passage, under the other theme.
  await theme(page, 'CIS').click()
  await codebook(page).getByRole('button', { name: 'Delete theme “CIS”' }).click()
  await dialog.getByRole('radio', { name: /Merge it into another theme/ }).check()
  await dialog.getByRole('combobox', { name: 'Merge into' }).selectOption({ label: 'Hybrid tactics' })
  await dialog.getByRole('button', { name: 'Delete' }).click()
  await expect(theme(page, 'CIS')).toHaveCount(0)
  await expectThemeCount(page, 'Hybrid tactics', 2)
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', /Undo delete theme “cis” \(merged into “hybrid tactics”\)/)
})

test('drag and drop reorders and nests themes, never into themselves', async ({ page }) => {
  await openApp(page)
  await theme(page, 'CIS').dragTo(theme(page, 'Economic pressure'), { targetPosition: { x: 60, y: 14 } })
  expect(await outline(page)).toEqual(['Economic pressure', '  CIS', 'Hybrid tactics'])
  await theme(page, 'Hybrid tactics').dragTo(theme(page, 'Economic pressure'), { targetPosition: { x: 60, y: 2 } })
  expect(await outline(page)).toEqual(['Hybrid tactics', 'Economic pressure', '  CIS'])
  await theme(page, 'Hybrid tactics').dragTo(theme(page, 'CIS'), { targetPosition: { x: 60, y: 26 } })
  expect(await outline(page)).toEqual(['Economic pressure', '  CIS', '  Hybrid tactics'])
  // A theme dropped into its own sub-theme stays where it is.
  await theme(page, 'Economic pressure').dragTo(theme(page, 'CIS'), { targetPosition: { x: 60, y: 14 } })
  expect(await outline(page)).toEqual(['Economic pressure', '  CIS', '  Hybrid tactics'])
  await page.keyboard.press('Control+z')
  expect(await outline(page)).toEqual(['Hybrid tactics', 'Economic pressure', '  CIS'])
})

test('keys 1–9 are assigned per theme; the toolbar shows sub-themes and filters as one types', async ({ page, desktop }) => {
  await openApp(page)
  // A sub-theme on key 7, and key 1 moved from Economic pressure to CIS.
  await codebook(page).getByRole('button', { name: 'New theme' }).click()
  const editor = page.getByRole('dialog', { name: 'New theme' })
  await editor.getByRole('textbox', { name: 'Name' }).fill('Disinformation')
  await editor.getByRole('combobox', { name: 'Under' }).selectOption({ label: 'Hybrid tactics' })
  await editor.getByRole('radio', { name: 'Sky' }).check()
  await editor.getByRole('textbox', { name: 'Description' }).fill('False stories spread on purpose.')
  await editor.getByRole('combobox', { name: 'Key' }).selectOption('7')
  await editor.getByRole('button', { name: 'Add theme' }).click()
  await theme(page, 'CIS').dblclick()
  const edit = page.getByRole('dialog', { name: 'Edit “CIS”' })
  await expect(edit.getByRole('combobox', { name: 'Key' }).locator('option[value="1"]')).toHaveText('1 (now “Economic pressure”)')
  await edit.getByRole('combobox', { name: 'Key' }).selectOption('1')
  await edit.getByRole('textbox', { name: 'Memo' }).fill('Membership, summits, withdrawal.')
  await edit.getByRole('button', { name: 'Save' }).click()
  await expect(theme(page, 'Economic pressure')).toHaveAccessibleDescription(/^(?!.*key).*$/)
  await expect(theme(page, 'CIS')).toHaveAccessibleDescription(/key 1/)

  await desktop.openArticle(join(CORPUS, 'seed-article.txt'))
  await focusArticle(page)
  await selectText(page, HYBRID)
  await expect(tagToolbar(page).getByRole('group', { name: 'Hybrid tactics' }).getByRole('button', { name: 'Disinformation' })).toHaveAttribute('aria-keyshortcuts', '7')
  await page.keyboard.press('7')
  await expectThemeCount(page, 'Disinformation', 1)
  await expect(highlight(page, HYBRID)).toHaveAttribute('style', /rgb\(24, 144, 240\)/)
  // A theme before its sub-theme, though the sub-theme is first among its siblings: underlines stack in codebook order.
  await page.keyboard.press('2')
  await expect(highlight(page, HYBRID)).toHaveAttribute('style', /rgb\(124, 58, 237\) 0px -2px 0px inset, rgb\(24, 144, 240\) 0px -4px 0px inset/)
  await selectText(page, CIS)
  await page.keyboard.press('1')
  await expectThemeCount(page, 'CIS', 1)
  await expectThemeCount(page, 'Economic pressure', 0)

  // Typing a letter with a passage selected filters the themes; Enter tags with the first match.
  await selectText(page, ECONOMIC)
  await page.keyboard.type('disin')
  await expect(tagToolbar(page).getByRole('searchbox', { name: 'Filter themes' })).toHaveValue('disin')
  await expect(tagToolbar(page).getByRole('button', { name: 'Disinformation' })).toContainText('Hybrid tactics ›')
  await expect(tagToolbar(page).getByRole('button', { name: 'CIS', exact: true })).toHaveCount(0)
  await page.keyboard.press('Enter')
  await expectThemeCount(page, 'Disinformation', 2)
})

test('the codebook panel in light and dark mode', async ({ page, desktop }) => {
  await openApp(page)
  await desktop.openArticle(join(CORPUS, 'seed-article.txt'))
  for (const [name, parent] of [
    ['Sanctions', 'Economic pressure'],
    ['Energy', 'Economic pressure'],
    ['Disinformation', 'Hybrid tactics'],
    ['Bots and trolls', 'Disinformation'],
    ['Proxies', 'Hybrid tactics']
  ] as const) {
    await codebook(page).getByRole('button', { name: 'New theme' }).click()
    const editor = page.getByRole('dialog', { name: 'New theme' })
    await editor.getByRole('textbox', { name: 'Name' }).fill(name)
    await editor.getByRole('combobox', { name: 'Under' }).selectOption({ label: parent === 'Disinformation' ? 'Hybrid tactics › Disinformation' : parent })
    await editor.getByRole('button', { name: 'Add theme' }).click()
  }
  await focusArticle(page)
  await selectText(page, ECONOMIC)
  await page.keyboard.press('4')
  await selectText(page, HYBRID)
  await page.keyboard.press('7')
  await page.keyboard.press('2')
  await expectThemeCount(page, 'Hybrid tactics', 1)
  await page.evaluate(() => document.getSelection()?.removeAllRanges())
  await theme(page, 'Disinformation').click()
  await expect(theme(page, 'Sanctions')).toHaveAccessibleDescription('1 in this article, 1 in the project, key 4')
  await page.screenshot({ path: 'test-results/codebook-light.png' })
  await codebook(page).screenshot({ path: 'test-results/codebook-panel-light.png' })
  await selectText(page, CIS)
  await page.screenshot({ path: 'test-results/codebook-toolbar-light.png' })
  await page.evaluate(() => document.getSelection()?.removeAllRanges())
  await page.keyboard.press('Control+Shift+D')
  await expect(page.locator('html[data-scheme="dark"]')).toHaveCount(1)
  await codebook(page).screenshot({ path: 'test-results/codebook-panel-dark.png' })
  await theme(page, 'CIS').dblclick()
  await page.screenshot({ path: 'test-results/codebook-dark.png' })
})
