/**
 * backupRestore500Ms (issue #10): the library scenario's project (500 articles, 100,000 passages)
 * backed up and restored in the app, as a user does it in browser mode: "Back up project…" until
 * the .themata download is there, then "Restore backup…" with that file until the restored project
 * is open (the app's mark `themata:project-restored`: the frame showing its "Restored" status painted).
 * Checked: the restored database holds every passage.
 */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserContext, Page } from '@playwright/test'
import { BENCH_SEED, type BenchSizes } from './data.ts'
import type { Metrics } from './report.ts'
import type { LibraryScenario } from './seed.ts'

async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await page.waitForSelector('.app[data-ready="true"]', { timeout: 60_000 })
}

async function choose(page: Page, item: string): Promise<void> {
  await page.getByRole('button', { name: 'Project files' }).click()
  await page.getByRole('menu', { name: 'Project files' }).getByRole('menuitem', { name: item }).click()
}

/** Passages stored in the project database restored last (the newest one of the registry). */
function restoredPassages(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const open = (name: string) =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name)
        req.onsuccess = () => resolve(req.result)
        req.onerror = () => reject(req.error)
      })
    const all = <T>(db: IDBDatabase, store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const req = db.transaction(store).objectStore(store).getAll()
        req.onsuccess = () => resolve(req.result as T[])
        req.onerror = () => reject(req.error)
      })
    const registry = await open('themata-projects')
    const projects = await all<{ dbName: string; createdAt: number }>(registry, 'projects')
    registry.close()
    const newest = projects.sort((a, b) => b.createdAt - a.createdAt)[0]
    if (!newest) return -1
    const db = await open(newest.dbName)
    const count = await new Promise<number>((resolve, reject) => {
      const req = db.transaction('annotations').objectStore('annotations').count()
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(req.error)
    })
    db.close()
    return count
  })
}

export async function runBackupRestore(context: BrowserContext, url: string, sizes: BenchSizes, step: (name: string) => void): Promise<Partial<Metrics>> {
  const page = await context.newPage()
  await openApp(page, url)
  const scenario: LibraryScenario = await page.evaluate(
    async ({ seed, sizes }) => ((await import('/__bench/seed.ts' as string)) as typeof import('./seed.ts')).seedLibrary(seed, sizes),
    { seed: BENCH_SEED, sizes }
  )
  await openApp(page, url)
  step('seeded the library for the backup')

  const t0 = Date.now()
  const download = page.waitForEvent('download', { timeout: 120_000 })
  await choose(page, 'Back up project…')
  const saved = await download
  const file = join(await mkdtemp(join(tmpdir(), 'themata-bench-backup-')), saved.suggestedFilename())
  await saved.saveAs(file)
  const chooser = page.waitForEvent('filechooser')
  await choose(page, 'Restore backup…')
  await (await chooser).setFiles(file)
  const done = page.getByRole('status').filter({ hasText: /^Restored the project/ }).or(page.getByRole('alert'))
  await done.first().waitFor({ timeout: 120_000 })
  const failed = await page.getByRole('alert').allTextContents()
  if (failed.length > 0) throw new Error(`The backup or restore failed: ${failed.join(' ')}`)
  // The end from the page's own clock (epoch milliseconds, as t0): Playwright's waiting notices the
  // status up to half a second after it is painted, as it polls less often the longer it waits.
  const restoredAt = await page.evaluate(async () => performance.timeOrigin + (await window.__bench.markTime('themata:project-restored')))
  const backupRestore500Ms = restoredAt - t0
  step('backed up and restored')

  const restored = await restoredPassages(page)
  if (restored !== scenario.passages) throw new Error(`The restored project holds ${restored} of ${scenario.passages} passages.`)
  await page.close()
  return { backupRestore500Ms }
}
