/**
 * Codebook exchange: export the codebook as REFI-QDA (.qdc, checked against Codebook.xsd with
 * xmllint) and CSV, in browser mode (a download) and in the desktop app (a saved file); import the
 * Taguette codebook, see its themes in the tree with what was added, and undo the import.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as browserTest, type Page } from '@playwright/test'
import { REFI_QDA, xsdErrors } from '../src/shared/codebookExchange/testSupport'
import { expectThemeNames, openApp } from './support/article'
import { expect, test } from './support/desktopBridge'

const TAGUETTE = 'taguette1.4.1--codebook.qdc'
const TAGUETTE_THEMES = ['xsd:element name', 'CodeBook', 'Variables']
const DEFAULT_THEMES = ['Economic pressure', 'Hybrid tactics', 'CIS']

const themes = (page: Page) => page.getByRole('navigation', { name: 'Codebook' }).getByRole('tree', { name: 'Themes' })

async function chooseFromMenu(page: Page, item: string): Promise<void> {
  await page.getByRole('button', { name: 'Import/Export' }).click()
  await page.getByRole('menu', { name: 'Codebook import and export' }).getByRole('menuitem', { name: item }).click()
}

const expectThemes = expectThemeNames

browserTest('browser mode: exports a .qdc that Codebook.xsd accepts, and a CSV with a BOM', async ({ page }) => {
  await openApp(page)
  await expectThemes(page, DEFAULT_THEMES)

  const qdc = page.waitForEvent('download')
  await chooseFromMenu(page, 'Export as REFI-QDA (.qdc)…')
  const qdcFile = await qdc
  expect(qdcFile.suggestedFilename()).toBe('my-project-codebook.qdc')
  const xml = await readFile(await qdcFile.path(), 'utf8')
  expect(await xsdErrors(xml)).toBe('')
  for (const name of DEFAULT_THEMES) expect(xml).toContain(`name="${name}"`)
  expect(xml).toContain('<Description>Trade, energy, sanctions, investment or debt used as leverage.</Description>')
  await expect(page.getByRole('status').filter({ hasText: 'Codebook downloaded as my-project-codebook.qdc' })).toBeVisible()

  const csv = page.waitForEvent('download')
  await chooseFromMenu(page, 'Export as CSV…')
  const bytes = await readFile(await (await csv).path())
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  expect(bytes.subarray(3).toString('utf8').split('\r\n').slice(0, 2)).toEqual([
    'name,parent path,colour,description',
    'Economic pressure,,#d97706,"Trade, energy, sanctions, investment or debt used as leverage."'
  ])
})

browserTest('browser mode: imports the Taguette codebook, says what it added, and undoes it in one step', async ({ page }) => {
  await openApp(page)
  const chooser = page.waitForEvent('filechooser')
  await chooseFromMenu(page, 'Import codebook…')
  await (await chooser).setFiles(join(REFI_QDA, TAGUETTE))
  await expect(page.getByRole('status').filter({ hasText: `Added 3 themes from “${TAGUETTE}”.` })).toBeVisible()
  await expectThemes(page, [...DEFAULT_THEMES, ...TAGUETTE_THEMES])

  // Importing it again adds nothing.
  const again = page.waitForEvent('filechooser')
  await chooseFromMenu(page, 'Import codebook…')
  await (await again).setFiles(join(REFI_QDA, TAGUETTE))
  await expect(page.getByRole('status').filter({ hasText: `Nothing was added from “${TAGUETTE}”: all 3 of its themes were already in the codebook.` })).toBeVisible()

  await page.getByRole('button', { name: 'Undo' }).click()
  await expectThemes(page, DEFAULT_THEMES)
  await page.getByRole('button', { name: 'Redo' }).click()
  await expectThemes(page, [...DEFAULT_THEMES, ...TAGUETTE_THEMES])
  // Stored, not only shown: a reload brings the imported themes back.
  await page.reload()
  await expectThemes(page, [...DEFAULT_THEMES, ...TAGUETTE_THEMES])
})

browserTest('browser mode: imports a CSV from a spreadsheet, sub-themes under the themes already there', async ({ page }) => {
  await openApp(page)
  const file = join(await mkdtemp(join(tmpdir(), 'themata-csv-')), 'кодбук.csv')
  await writeFile(file, '\uFEFFname;parent path;colour\r\nДезинформация;Hybrid tactics;#db2777\r\nİlham Əliyev;CIS;\r\n')
  const chooser = page.waitForEvent('filechooser')
  await chooseFromMenu(page, 'Import codebook…')
  await (await chooser).setFiles(file)
  await expect(page.getByRole('status').filter({ hasText: 'Added 2 themes from “кодбук.csv” (2 were already in the codebook).' })).toBeVisible()
  await expect(themes(page).getByRole('treeitem', { name: 'Дезинформация' })).toBeVisible()
  await expect(themes(page).getByRole('treeitem', { name: 'İlham Əliyev' })).toBeVisible()
})

test('desktop: saves the .qdc through the Save dialog, imports through the Open dialog, refuses a broken file in one sentence', async ({ page, desktop }) => {
  await openApp(page)
  await chooseFromMenu(page, 'Export as REFI-QDA (.qdc)…')
  const saved = join(desktop.reportDir, 'my-project-codebook.qdc')
  await expect(page.getByRole('status').filter({ hasText: `Codebook saved to ${saved}` })).toBeVisible()
  expect(desktop.savedReports).toEqual([saved])
  expect(await xsdErrors(await readFile(saved, 'utf8'))).toBe('')

  desktop.nextCodebook = join(REFI_QDA, 'broken--demo-is-html.qdpx')
  await chooseFromMenu(page, 'Import codebook…')
  await expect(page.getByRole('alert')).toHaveText(/“broken--demo-is-html\.qdpx” is not a zip archive, so it is not a REFI-QDA project \(\.qdpx\)\./)
  await expectThemes(page, DEFAULT_THEMES)

  desktop.nextCodebook = join(REFI_QDA, TAGUETTE)
  await chooseFromMenu(page, 'Import codebook…')
  await expect(page.getByRole('status').filter({ hasText: `Added 3 themes from “${TAGUETTE}”.` })).toBeVisible()
  await expectThemes(page, [...DEFAULT_THEMES, ...TAGUETTE_THEMES])
  await page.keyboard.press('Control+z')
  await expectThemes(page, DEFAULT_THEMES)
})

test('the menu works from the keyboard', async ({ page }) => {
  await openApp(page)
  const trigger = page.getByRole('button', { name: 'Import/Export' })
  await trigger.focus()
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('menuitem', { name: 'Import codebook…' })).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('menuitem', { name: 'Export as REFI-QDA (.qdc)…' })).toBeFocused()
  await page.keyboard.press('End')
  await expect(page.getByRole('menuitem', { name: 'Export as CSV…' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('menu')).toHaveCount(0)
  await expect(trigger).toBeFocused()
  await expect(trigger).toHaveAttribute('aria-expanded', 'false')
})
