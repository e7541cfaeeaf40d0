/**
 * Work that survives: a browser closed in the middle of a large change (a codebook import of 5,000
 * themes, one change set) comes back with all of it or none of it and opens normally; storage that
 * fills up in the middle of tagging loses nothing on screen, writes nothing by halves and says so;
 * browser mode asks for persistent storage and says once when the browser refuses.
 */
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test'
import { article, CORPUS, errorMessage, expectThemeCount, openApp, selectText, storedPassages } from './support/article'

const THEMES = 5000
const GROUPS = 50
const DEFAULT_THEMES = 3

/** The themes the first project's storage holds, read straight from IndexedDB. */
function storedThemes(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('themata')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const count = db.transaction('tags').objectStore('tags').count()
          count.onsuccess = () => {
            db.close()
            resolve(count.result)
          }
        }
      })
  )
}

/** Notes, in the page, when each read-write transaction on the themes starts and ends (the app is not changed). */
function recordTagWrites(): void {
  const writes: { end: number | null }[] = []
  ;(window as unknown as { __tagWrites: typeof writes }).__tagWrites = writes
  const transaction = IDBDatabase.prototype.transaction
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<typeof transaction>) {
    const tx = transaction.apply(this, args)
    const [stores, mode] = args
    if (mode === 'readwrite' && [...(typeof stores === 'string' ? [stores] : stores)].includes('tags')) {
      const write = { end: null as number | null }
      writes.push(write)
      tx.addEventListener('complete', () => (write.end = performance.now()))
      tx.addEventListener('abort', () => (write.end = -1))
    }
    return tx
  } as typeof transaction
}

async function launch(profile: string, baseURL: string | undefined): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(profile, {
    baseURL,
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
  })
  return { context, page: context.pages()[0] ?? (await context.newPage()) }
}

test('closed in the middle of importing 5,000 themes, the project holds all of them or none, and opens normally', async ({ baseURL }) => {
  test.setTimeout(120_000)
  const profile = await mkdtemp(join(tmpdir(), 'themata-crash-'))
  const codebook = join(profile, 'many-themes.csv')
  await writeFile(codebook, `name,parent path\r\n${Array.from({ length: THEMES }, (_, i) => `Theme ${i},Group ${i % GROUPS}`).join('\r\n')}`)

  const first = await launch(profile, baseURL)
  await first.context.addInitScript(recordTagWrites)
  await openApp(first.page)
  expect(await storedThemes(first.page)).toBe(DEFAULT_THEMES)
  const chooser = first.page.waitForEvent('filechooser')
  await first.page.getByRole('button', { name: 'Import/Export' }).click()
  await first.page.getByRole('menu', { name: 'Codebook import and export' }).getByRole('menuitem', { name: 'Import codebook…' }).click()
  await (await chooser).setFiles(codebook)
  // The import's one transaction has begun and not ended: now the browser goes.
  await first.page.waitForFunction(() => (window as unknown as { __tagWrites: { end: number | null }[] }).__tagWrites.some((write) => write.end === null), null, {
    polling: 5,
    timeout: 60_000
  })
  await first.context.close()

  const second = await launch(profile, baseURL)
  try {
    await openApp(second.page)
    const themes = await storedThemes(second.page)
    expect([DEFAULT_THEMES, DEFAULT_THEMES + THEMES + GROUPS]).toContain(themes)
    test.info().annotations.push({ type: 'themes after the crash', description: String(themes) })
    const tree = second.page.getByRole('navigation', { name: 'Codebook' }).getByRole('tree', { name: 'Themes' })
    await expect(tree.getByRole('treeitem', { name: 'Economic pressure' })).toBeVisible()
    await expect(second.page.getByRole('alert')).toHaveCount(0)
  } finally {
    await second.context.close()
  }
})

/** Makes the page's storage refuse every write as a full disk does, while `window.__storageFull` is set. */
function fillableStorage(): void {
  const refuse = <A extends unknown[], R>(write: (this: IDBObjectStore, ...args: A) => R) =>
    function (this: IDBObjectStore, ...args: A): R {
      if ((window as unknown as { __storageFull?: boolean }).__storageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      return write.apply(this, args)
    }
  IDBObjectStore.prototype.put = refuse(IDBObjectStore.prototype.put)
  IDBObjectStore.prototype.add = refuse(IDBObjectStore.prototype.add)
}

const QUOTA_MESSAGE =
  'Themata could not save your last change: the storage for your projects is full. It is still on screen and will be saved with your next change once there is room; free some disk space, or export a report to keep a copy.'

test('storage full in the middle of tagging: the passages stay on screen, nothing is half-written, and they are saved once there is room', async ({ page }) => {
  await page.addInitScript(fillableStorage)
  await openApp(page)
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Open article' }).click()
  await (await chooser).setFiles(join(CORPUS, 'seed-article.md'))
  await expect(article(page).locator('h1')).toBeVisible()

  await page.evaluate(() => ((window as unknown as { __storageFull: boolean }).__storageFull = true))
  await selectText(page, 'SOCAR is not just a national oil and gas company')
  await page.keyboard.press('1')
  await expect(errorMessage(page)).toHaveText(QUOTA_MESSAGE)
  await selectText(page, 'a symbol of Azerbaijan')
  await page.keyboard.press('2')
  await expectThemeCount(page, 'Economic pressure', 1)
  await expectThemeCount(page, 'Hybrid tactics', 1)
  await expect(article(page).locator('.hl')).toHaveCount(2)
  // Told once, not at each refused change; nothing of either reached storage.
  await expect(errorMessage(page)).toHaveCount(1)
  expect(await storedPassages(page, 'seed-article.md')).toBe(0)

  await page.evaluate(() => ((window as unknown as { __storageFull: boolean }).__storageFull = false))
  await selectText(page, 'Azerbaijan no longer participates in CIS activities')
  await page.keyboard.press('3')
  await expect.poll(() => storedPassages(page, 'seed-article.md')).toBe(3)
  await page.reload()
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible()
  await expect(article(page).locator('.hl')).toHaveCount(3)
})

test('browser mode asks for persistent storage and, refused, says so once, not at every start', async ({ page }) => {
  await openApp(page)
  const persistence = page.getByRole('status').filter({ hasText: 'This browser has not agreed to keep Themata’s projects for good' })
  await expect(persistence.locator('span')).toHaveText(
    'This browser has not agreed to keep Themata’s projects for good, so it may delete them if it runs short of space. Export reports of the work you need, or use the desktop app.'
  )
  expect(await page.evaluate(() => navigator.storage.persisted())).toBe(false)
  await page.reload()
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible()
  // The request is made again at this start (a browser may grant it later), the message is not.
  await page.waitForTimeout(300)
  await expect(persistence).toHaveCount(0)
})
