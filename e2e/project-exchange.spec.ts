/**
 * Projects as files: the seed project exported as a REFI-QDA project (.qdpx, checked against
 * Project-mrt2019.xsd with xmllint) and imported back as a new project; an NVivo project imported
 * with its articles and passages; a backup restored as a new project; the automatic backup taken
 * before a storage upgrade, and restored.
 */
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as browserTest, type Page } from '@playwright/test'
import { unzipSync } from 'fflate'
import { projectXsdErrors, REFI_QDA } from '../src/shared/qdpx/testSupport'
import { article, CORPUS, expectThemeCount, openApp, passagesPanel, SEED_TITLE, selectText, tagToolbar, themeGroup } from './support/article'
import { expect, test } from './support/desktopBridge'

const ECONOMIC = 'Repeated missile strikes on the gas infrastructure near Odesa'
const NOTE = 'Energy routes as leverage — compare with the 2023 gas dispute.'

async function choose(page: Page, item: string | RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Project files' }).click()
  await page.getByRole('menu', { name: 'Project files' }).getByRole('menuitem', { name: item }).click()
}

function reportDialog(page: Page) {
  return page.getByRole('dialog', { name: /^Imported “/ })
}

async function openFromLibrary(page: Page, title: string | RegExp): Promise<void> {
  await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: title }).click()
}

/** Opens the seed article and tags one passage with a theme and a note. */
async function tagSeed(page: Page, open: () => Promise<void>): Promise<void> {
  await openApp(page)
  await open()
  await expect(article(page).locator('h1')).toHaveText(SEED_TITLE)
  await selectText(page, ECONOMIC)
  await tagToolbar(page).getByRole('button', { name: 'Economic pressure', exact: true }).click()
  await expectThemeCount(page, 'Economic pressure', 1)
  await selectText(page, ECONOMIC)
  await tagToolbar(page).getByRole('button', { name: 'Add note' }).click()
  await tagToolbar(page).getByRole('textbox', { name: 'Note' }).fill(NOTE)
  await tagToolbar(page).getByRole('button', { name: 'Save note' }).click()
  await expect(themeGroup(page, 'Economic pressure').getByText(NOTE)).toBeVisible()
}

test('desktop: exports the seed project as a schema-valid .qdpx and imports it back as a new project', async ({ page, desktop }) => {
  await tagSeed(page, () => desktop.openArticle(join(CORPUS, 'seed-article.txt')))
  await choose(page, 'Export project (.qdpx)…')
  const saved = join(desktop.reportDir, 'my-project.qdpx')
  await expect(page.getByRole('status').filter({ hasText: `Project saved to ${saved}` })).toBeVisible()
  const files = unzipSync(new Uint8Array(await readFile(saved)))
  const xml = new TextDecoder().decode(files['project.qde'])
  expect(await projectXsdErrors(xml)).toBe('')
  expect(xml).toContain(`name="${SEED_TITLE}"`)
  expect(xml).toContain(NOTE)

  desktop.nextProject = saved
  await choose(page, 'Import project (.qdpx)…')
  const report = reportDialog(page)
  await expect(report.getByRole('heading', { level: 2 })).toHaveText('Imported “my-project.qdpx” as “My project (imported)”')
  await expect(report.getByRole('list', { name: 'Positions' })).toHaveText(`${SEED_TITLE}: UTF-16 units, as Themata writes them`)
  await expect(report.locator('.summary')).toHaveText('1 article, 3 themes, 1 passage and 1 note.')
  await expect(report.getByRole('table', { name: 'Articles' }).getByRole('row').nth(1)).toContainText(SEED_TITLE)
  await expect(report).toContainText('Everything in the file was placed.')
  await report.getByRole('button', { name: 'Close' }).click()
  await expect(report).toBeHidden()

  await openFromLibrary(page, new RegExp(SEED_TITLE.slice(0, 30)))
  await expectThemeCount(page, 'Economic pressure', 1)
  await expect(article(page).locator('.hl').first()).toContainText('Repeated missile strikes')
  await expect(themeGroup(page, 'Economic pressure').getByText(NOTE)).toBeVisible()
})

browserTest('browser mode: imports an NVivo project with its articles and passages, and refuses an HTML page', async ({ page }) => {
  await openApp(page)
  const chooser = page.waitForEvent('filechooser')
  await choose(page, 'Import project (.qdpx)…')
  await (await chooser).setFiles(join(REFI_QDA, 'nvivo12.6-win--oltas0517.qdpx'))
  const report = reportDialog(page)
  await expect(report.locator('.summary')).toHaveText('2 articles, 152 themes, 188 passages and 0 notes.', { timeout: 30_000 })
  await expect(report.getByRole('list', { name: 'Positions' })).toContainText('videos_10_selected: UTF-16 units')
  await report.getByRole('button', { name: 'Close' }).click()

  await openFromLibrary(page, /videos_10_selected/)
  await expect(passagesPanel(page).locator('h2 .count')).toHaveText('188')
  await expect(article(page)).toContainText('tudatos hal äl reklám, hatalmas árulás')
  await expect(article(page).locator('.hl').first()).toBeVisible()

  const again = page.waitForEvent('filechooser')
  await choose(page, 'Import project (.qdpx)…')
  await (await again).setFiles(join(REFI_QDA, 'broken--demo-is-html.qdpx'))
  await expect(page.getByRole('alert')).toContainText('“broken--demo-is-html.qdpx” is not a zip archive, so it is not a REFI-QDA project (.qdpx).')
})

test('desktop: backs up the project and restores it as a new project with its article, passage and note', async ({ page, desktop }) => {
  await tagSeed(page, () => desktop.openArticle(join(CORPUS, 'seed-article.txt')))
  await choose(page, 'Back up project…')
  await expect(page.getByRole('status').filter({ hasText: /^Backup saved to .*my-project-\d{4}-\d{2}-\d{2}\.themata/ })).toBeVisible()
  const saved = desktop.savedReports.find((p) => p.endsWith('.themata')) as string

  desktop.nextProject = saved
  await choose(page, 'Restore backup…')
  await expect(page.getByRole('status').filter({ hasText: `Restored the project “My project (restored)” from “${saved.split('/').pop()}”.` })).toBeVisible()
  await openFromLibrary(page, new RegExp(SEED_TITLE.slice(0, 30)))
  await expectThemeCount(page, 'Economic pressure', 1)
  await article(page).locator('.hl').first().click()
  await expect(page.getByRole('dialog', { name: 'Passage' }).getByRole('textbox')).toHaveValue(NOTE)
})

browserTest('browser mode: backs up every project as one download and restores it into an empty profile', async ({ page, browser }) => {
  await tagSeed(page, async () => {
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Open article' }).click()
    await (await chooser).setFiles(join(CORPUS, 'seed-article.md'))
  })
  const download = page.waitForEvent('download')
  await choose(page, 'Back up all projects…')
  const backup = await download
  expect(backup.suggestedFilename()).toMatch(/^themata-all-projects-\d{4}-\d{2}-\d{2}\.themata$/)
  const file = join(await mkdtemp(join(tmpdir(), 'themata-backup-')), backup.suggestedFilename())
  await backup.saveAs(file)

  // Another browser profile: nothing stored yet.
  const empty = await browser.newContext()
  try {
    const fresh = await empty.newPage()
    await openApp(fresh)
    await expect(fresh.getByRole('navigation', { name: 'Library' }).getByRole('button')).toHaveCount(0)
    const chooser = fresh.waitForEvent('filechooser')
    await choose(fresh, 'Restore backup…')
    await (await chooser).setFiles(file)
    await expect(fresh.getByRole('status').filter({ hasText: `Restored the project “My project (restored)” from “${backup.suggestedFilename()}”.` })).toBeVisible()
    await openFromLibrary(fresh, new RegExp(SEED_TITLE.slice(0, 30)))
    await expectThemeCount(fresh, 'Economic pressure', 1)
    await expect(themeGroup(fresh, 'Economic pressure').getByText(NOTE)).toBeVisible()
  } finally {
    await empty.close()
  }
})

/** Writes the database the way version 1 of the app did, before the app first starts on this origin. */
async function versionOneDatabase(page: Page): Promise<void> {
  await page.route('**/blank.html', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>blank</title>' }))
  await page.goto('/blank.html')
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        // Dexie's version 1 is IndexedDB version 10.
        const request = indexedDB.open('themata', 10)
        request.onupgradeneeded = () => {
          const db = request.result
          const documents = db.createObjectStore('documents', { keyPath: 'id' })
          documents.createIndex('contentHash', 'contentHash', { unique: true })
          documents.createIndex('openedAt', 'openedAt')
          db.createObjectStore('contents', { keyPath: 'documentId' })
          db.createObjectStore('tags', { keyPath: 'id' }).createIndex('order', 'order')
          const annotations = db.createObjectStore('annotations', { keyPath: 'id' })
          annotations.createIndex('documentId', 'documentId')
          annotations.createIndex('tagIds', 'tagIds', { multiEntry: true })
          db.createObjectStore('settings', { keyPath: 'key' })
        }
        request.onsuccess = () => {
          const db = request.result
          const tx = db.transaction(['documents', 'contents', 'tags', 'annotations', 'settings'], 'readwrite')
          tx.objectStore('tags').put({ id: 't1', name: 'Old theme', color: '#d97706', description: '', order: 0 })
          tx.objectStore('documents').put({ id: 'd1', contentHash: 'a'.repeat(64), title: 'Stored by version one', fileName: 'old.txt', format: 'txt', metadata: {}, byteLength: 30, charCount: 29, importedAt: 1, openedAt: 1 })
          tx.objectStore('contents').put({ documentId: 'd1', blocks: [{ type: 'paragraph', text: 'Stored by version one of it.' }], text: 'Stored by version one of it.' })
          tx.objectStore('annotations').put({ id: 'a1', documentId: 'd1', start: 0, end: 6, exact: 'Stored', prefix: '', suffix: ' by version one of it.', tagIds: ['t1'], note: '', createdAt: 1, updatedAt: 1 })
          tx.objectStore('settings').put({ key: 'codebookSeeded', value: true })
          tx.oncomplete = () => {
            db.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
        request.onerror = () => reject(request.error)
      })
  )
}

test('desktop: keeps a backup before upgrading stored data, and restores it', async ({ page, desktop }) => {
  await versionOneDatabase(page)
  await openApp(page)
  await expect(page.getByRole('status').filter({ hasText: 'Themata is updating how “My project” is stored and kept a backup from before the update' })).toBeVisible()
  await expect.poll(async () => (await import('node:fs/promises')).readdir(desktop.backupDir)).toEqual([expect.stringMatching(/^auto-.*-my-project\.themata$/)])
  // The upgraded project still holds what version 1 stored.
  await openFromLibrary(page, /Stored by version one/)
  await expectThemeCount(page, 'Old theme', 1)

  await choose(page, /^Restore automatic backup of /)
  await expect(page.getByRole('status').filter({ hasText: /^Restored the project “My project \(restored\)” from “auto-.*\.themata”\./ })).toBeVisible()
  await openFromLibrary(page, /Stored by version one/)
  await expectThemeCount(page, 'Old theme', 1)
})

browserTest('the project files menu works from the keyboard', async ({ page }) => {
  await openApp(page)
  await page.getByRole('button', { name: 'Project files' }).focus()
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('menuitem', { name: 'Export project (.qdpx)…' })).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('menuitem', { name: 'Import project (.qdpx)…' })).toBeFocused()
  await page.keyboard.press('End')
  await expect(page.getByRole('menuitem', { name: 'Restore backup…' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('menu', { name: 'Project files' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Project files' })).toBeFocused()
})
