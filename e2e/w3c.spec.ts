/**
 * W3C Web Annotations from the app: export an article's passages, import them into a fresh
 * profile (a new project) onto the same article — highlights, themes (a sub-theme created from its
 * path) and the report with the orphan it could not place — and undo the whole import at once.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { article, CORPUS, expectThemeCount, openApp, passagesPanel, SEED_TITLE, selectText } from './support/article'
import { test as desktopTest } from './support/desktopBridge'

const ECONOMIC = 'SOCAR is not just a national oil and gas company'
const HYBRID = 'an attempt by Moscow to exert pressure on Baku'

async function openSeed(page: Page): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Open article' }).click()
  await (await chooser).setFiles(join(CORPUS, 'seed-article.md'))
  await expect(article(page).locator('h1')).toHaveText(SEED_TITLE)
}

async function annotationsMenu(page: Page, item: string): Promise<void> {
  await passagesPanel(page).getByRole('button', { name: /^Annotations/ }).click()
  await page.getByRole('menu', { name: 'Annotations' }).getByRole('menuitem', { name: item }).click()
}

test('exports passages as W3C JSON-LD and imports them into a fresh project as one undoable step', async ({ page, browser }, info) => {
  await openApp(page)
  await openSeed(page)
  await selectText(page, ECONOMIC)
  await page.keyboard.press('1')
  await selectText(page, HYBRID)
  await page.keyboard.press('2')
  await expectThemeCount(page, 'Hybrid tactics', 1)

  const download = page.waitForEvent('download')
  await annotationsMenu(page, 'Export annotations (W3C JSON-LD)…')
  const file = await download
  expect(file.suggestedFilename()).toMatch(/-annotations\.jsonld$/)
  const collection = JSON.parse(await readFile(await file.path(), 'utf8'))
  expect(collection).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: 2 })
  type Item = { body: object[]; target: { source: { id: string }; selector: { exact: string }[] } }
  const passage = (exact: string): Item => collection.first.items.find((i: Item) => i.target.selector[0]?.exact === exact)
  expect(passage(ECONOMIC).body).toEqual([{ type: 'TextualBody', purpose: 'tagging', value: 'Economic pressure', format: 'text/plain' }])
  expect(passage(ECONOMIC).target.source.id).toMatch(/^urn:sha256:[0-9a-f]{64}$/)
  const second = passage(HYBRID)

  // As another tool might add to it: a sub-theme by its path, and a passage this article lacks.
  second.body.push({ type: 'TextualBody', purpose: 'tagging', value: 'Hybrid tactics/Proxies' })
  const orphan = { ...second, id: 'urn:uuid:0f0f0f0f-0000-4000-8000-000000000000', target: { source: second.target.source, selector: { type: 'TextQuoteSelector', exact: 'a sentence that no article of ours contains' } } }
  collection.first.items.push(orphan)
  collection.total = 3

  // A fresh browser profile is a fresh project: the same article, no passages yet.
  const fresh = await browser.newContext({ baseURL: info.project.use.baseURL, viewport: { width: 1360, height: 860 } })
  const other = await fresh.newPage()
  await openApp(other)
  await openSeed(other)
  await expect(passagesPanel(other).locator('h2 .count')).toHaveText('0')
  const chooser = other.waitForEvent('filechooser')
  await annotationsMenu(other, 'Import annotations…')
  await (await chooser).setFiles({ name: 'from-colleague.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from(JSON.stringify(collection)) })

  const report = other.getByRole('dialog', { name: 'Imported annotations from “from-colleague.jsonld”' })
  await expect(report).toContainText('2 of 3 annotations placed (2 by position); 1 orphaned (text not found); 1 new theme.')
  await expect(report.getByRole('list', { name: 'Orphaned annotations' })).toContainText('a sentence that no article of ours contains')
  await expect(report).toContainText('Hybrid tactics/Proxies')
  await other.screenshot({ path: 'test-results/w3c-import-report-light.png' })
  await report.getByRole('button', { name: 'Close' }).click()
  await expect(report).toBeHidden()

  await expectThemeCount(other, 'Economic pressure', 1)
  await expectThemeCount(other, 'Hybrid tactics', 1)
  await expectThemeCount(other, 'Proxies', 1)
  await expect(article(other).locator('.hl').filter({ hasText: 'national oil and gas company' })).not.toHaveCount(0)
  await expect(article(other).locator('.hl').filter({ hasText: 'exert pressure on Baku' })).not.toHaveCount(0)

  // One step back removes the whole import: passages and the new theme.
  await other.keyboard.press('Control+z')
  await expect(passagesPanel(other).locator('h2 .count')).toHaveText('0')
  await expect(article(other).locator('.hl')).toHaveCount(0)
  await expect(passagesPanel(other).locator('details[data-theme="Proxies"]')).toHaveCount(0)
  await fresh.close()
})

test('says in one sentence why a file holds no annotations', async ({ page }) => {
  await openApp(page)
  await openSeed(page)
  const chooser = page.waitForEvent('filechooser')
  await annotationsMenu(page, 'Import annotations…')
  await (await chooser).setFiles({ name: 'codebook.json', mimeType: 'application/json', buffer: Buffer.from('{"themes": []}') })
  await expect(page.getByRole('alert')).toContainText('“codebook.json” holds no annotations')
})

desktopTest('the desktop app saves and opens annotation files through main, re-importing adds no duplicates, and the project exports whole', async ({ page, desktop }) => {
  await openApp(page)
  await desktop.openArticle(join(CORPUS, 'seed-article.txt'))
  await selectText(page, HYBRID)
  await page.keyboard.press('2')
  await expectThemeCount(page, 'Hybrid tactics', 1)

  desktop.nextAnnotations = join(desktop.reportDir, 'seed.jsonld')
  await annotationsMenu(page, 'Export annotations (W3C JSON-LD)…')
  await expect(page.getByRole('status').filter({ hasText: 'Annotations saved to' })).toBeVisible()
  const saved = JSON.parse(await readFile(desktop.nextAnnotations, 'utf8'))
  expect(saved.first.items[0].target.selector[0]).toMatchObject({ type: 'TextQuoteSelector', exact: HYBRID })

  await page.getByRole('button', { name: 'Switch to dark mode' }).click()
  await annotationsMenu(page, 'Import annotations…')
  const report = page.getByRole('dialog', { name: 'Imported annotations from “seed.jsonld”' })
  await expect(report).toContainText('1 of 1 annotation placed (1 by position).')
  await page.screenshot({ path: 'test-results/w3c-import-report-dark.png' })
  await report.getByRole('button', { name: 'Close' }).click()
  await expect(passagesPanel(page).locator('h2 .count')).toHaveText('1')
  await expectThemeCount(page, 'Hybrid tactics', 1)

  // The whole project: every article with passages, in one collection.
  desktop.nextAnnotations = join(desktop.reportDir, 'project.jsonld')
  await annotationsMenu(page, 'Export all articles’ annotations…')
  await expect(page.getByRole('status').filter({ hasText: '(1 article)' })).toBeVisible()
  const project = JSON.parse(await readFile(desktop.nextAnnotations, 'utf8'))
  expect(project).toMatchObject({ type: 'AnnotationCollection', total: 1 })
})
