/**
 * Projects, as an analyst keeps several pieces of work apart: create (with the default codebook or
 * an empty one), rename, switch (the last one reopens at start), duplicate and delete.
 */
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { article, CORPUS, expectThemeCount, expectThemeNames, openApp, SEED_TITLE, selectText } from './support/article'
import { expect, test } from './support/desktopBridge'

const library = (page: Page) => page.getByRole('navigation', { name: 'Library' })
const themes = (page: Page) => page.getByRole('tree', { name: 'Themes' }).getByRole('treeitem')
const projectButton = (page: Page) => page.getByRole('button', { name: /^Project: / })
const menu = (page: Page) => page.getByRole('dialog', { name: 'Projects' })

async function createProject(page: Page, name: string, codebook: 'Default themes' | 'Empty'): Promise<void> {
  await projectButton(page).click()
  await menu(page).getByRole('button', { name: 'New project…' }).click()
  await menu(page).getByRole('textbox', { name: 'Project name' }).fill(name)
  await menu(page).getByRole('radio', { name: new RegExp(`^${codebook}`) }).check()
  await menu(page).getByRole('button', { name: 'Create project' }).click()
  await expect(projectButton(page)).toHaveAccessibleName(`Project: ${name}`)
}

async function switchTo(page: Page, name: string): Promise<void> {
  await projectButton(page).click()
  await menu(page).getByRole('button', { name, exact: true }).click()
  await expect(projectButton(page)).toHaveAccessibleName(`Project: ${name}`)
}

test('create, rename, switch, duplicate and delete projects, each with its own articles and codebook', async ({ page, desktop }) => {
  await openApp(page)
  await expect(projectButton(page)).toHaveAccessibleName('Project: My project')
  await desktop.openArticle(join(CORPUS, 'seed-article.txt'))
  await expect(article(page).locator('h1')).toHaveText(SEED_TITLE)
  await selectText(page, 'SOCAR is not just a national oil and gas company')
  await page.keyboard.press('1')
  await expectThemeCount(page, 'Economic pressure', 1)

  // A new empty project: no articles, no themes.
  await createProject(page, 'Caucasus 2025', 'Empty')
  await expect(library(page)).toContainText('Articles you open are kept here.')
  await expect(themes(page)).toHaveCount(0)
  await expect(article(page)).toHaveCount(0)

  // One with the default codebook.
  await createProject(page, 'Second', 'Default themes')
  await expectThemeNames(page, ['Economic pressure', 'Hybrid tactics', 'CIS'])

  // Renamed; a name another project has is refused with one sentence.
  await projectButton(page).click()
  await menu(page).getByRole('button', { name: 'Rename…' }).click()
  await menu(page).getByRole('textbox', { name: 'Project name' }).fill('caucasus 2025')
  await menu(page).getByRole('button', { name: 'Rename' }).click()
  await expect(page.getByRole('alert')).toContainText('There is already a project called “Caucasus 2025”.')
  await menu(page).getByRole('textbox', { name: 'Project name' }).fill('Press review')
  await menu(page).getByRole('button', { name: 'Rename' }).click()
  await expect(projectButton(page)).toHaveAccessibleName('Project: Press review')
  await expect(menu(page).getByRole('button', { name: 'Press review', exact: true })).toHaveAttribute('aria-current', 'true')
  await page.screenshot({ path: 'test-results/projects-menu-light.png' })
  await page.keyboard.press('Control+Shift+D')
  await page.screenshot({ path: 'test-results/projects-menu-dark.png' })
  await page.keyboard.press('Control+Shift+D')
  await page.keyboard.press('Escape')
  await expect(menu(page)).toHaveCount(0)

  // Back to the first project: its library, its codebook, and the article it had open.
  await switchTo(page, 'My project')
  await expect(library(page).getByRole('listitem').filter({ hasText: 'seed-article.txt' }).first()).toContainText('1 passage')
  await expect(article(page).locator('h1')).toHaveText(SEED_TITLE)
  await expectThemeCount(page, 'Economic pressure', 1)

  // Duplicated: the copy has the same articles and passages, and is a project of its own.
  await projectButton(page).click()
  await menu(page).getByRole('button', { name: 'Duplicate' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Duplicated as “My project (copy)”.' })).toBeVisible()
  await menu(page).getByRole('button', { name: 'My project (copy)', exact: true }).click()
  await expect(projectButton(page)).toHaveAccessibleName('Project: My project (copy)')
  await expect(library(page).getByRole('listitem').filter({ hasText: 'seed-article.txt' }).first()).toContainText('1 passage')
  await expect(article(page).locator('h1')).toHaveText(SEED_TITLE)

  // The project used last reopens at start.
  await page.reload()
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible()
  await expect(projectButton(page)).toHaveAccessibleName('Project: My project (copy)')

  // Deleting asks first, saying it cannot be undone; then the copy is gone and another project is open.
  await projectButton(page).click()
  await menu(page).getByRole('button', { name: 'Delete…' }).click()
  await expect(menu(page)).toContainText('Deleting a project is the one thing in Themata that cannot be undone.')
  await menu(page).getByRole('button', { name: 'Keep it' }).click()
  await expect(menu(page).getByRole('button', { name: 'My project (copy)', exact: true })).toBeVisible()
  await menu(page).getByRole('button', { name: 'Delete…' }).click()
  await menu(page).getByRole('button', { name: 'Delete for good' }).click()
  await expect(projectButton(page)).not.toHaveAccessibleName('Project: My project (copy)')
  // The menu closes once the deletion is done (after the other project opened): a click before would toggle it shut.
  await expect(menu(page)).toHaveCount(0)
  await projectButton(page).click()
  await expect(menu(page).getByRole('list').getByRole('button')).toHaveText([/.+/, /.+/, /.+/])
  await expect(menu(page)).not.toContainText('My project (copy)')
  // The original kept its passage.
  await menu(page).getByRole('button', { name: 'My project', exact: true }).click()
  await expect(library(page).getByRole('listitem').filter({ hasText: 'seed-article.txt' }).first()).toContainText('1 passage')
})
