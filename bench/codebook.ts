/**
 * The codebook scenario: the library scenario (500 articles, 100,000 passages at full size) coded
 * with a codebook of 60 themes in 3 levels, one article open; two themes carrying about 20,000
 * passages between them are merged through the codebook panel's dialog, as an analyst does. The
 * dialog starts reading the merged theme's passages as it opens; the benchmark chooses the target
 * and clicks at once, so most of that read is still inside the figure.
 *
 *   mergeThemesMs        click on "Merge" → the tree without the merged theme, the open article
 *                        repainted and the merge on the undo stack (what the analyst waits for)
 *   mergeThemesStoredMs  click on "Merge" → every passage rewritten in storage (one transaction)
 */
import type { Browser, Page } from '@playwright/test'
import { BENCH_SEED, type BenchSizes } from './data.ts'
import { routeBenchModules } from './modules.ts'
import { installHelpers } from './page.ts'
import type { Metrics } from './report.ts'

interface Seeded {
  sourceId: string
  sourceName: string
  targetId: string
  targetName: string
  titles: string[]
}

/** Passages carrying each theme, counted on the app's own index in its own database. */
function countThemes(page: Page, ids: string[]): Promise<number[]> {
  return page.evaluate(async (ids) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('themata')
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(req.error)
    })
    try {
      const index = db.transaction('annotations').objectStore('annotations').index('tagIds')
      return await Promise.all(
        ids.map(
          (id) =>
            new Promise<number>((resolve, reject) => {
              const req = index.count(id)
              req.onsuccess = () => resolve(req.result)
              req.onerror = () => reject(req.error)
            })
        )
      )
    } finally {
      db.close()
    }
  }, ids)
}

/** Passages carrying either theme (each once). */
function countEither(page: Page, a: string, b: string): Promise<number> {
  return page.evaluate(
    async ({ a, b }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('themata')
        req.onsuccess = () => resolve(req.result)
        req.onerror = () => reject(req.error)
      })
      try {
        const index = db.transaction('annotations').objectStore('annotations').index('tagIds')
        const keys = await Promise.all(
          [a, b].map(
            (id) =>
              new Promise<IDBValidKey[]>((resolve, reject) => {
                const req = index.getAllKeys(id)
                req.onsuccess = () => resolve(req.result)
                req.onerror = () => reject(req.error)
              })
          )
        )
        return new Set(keys.flat()).size
      } finally {
        db.close()
      }
    },
    { a, b }
  )
}

export async function runCodebook(browser: Browser, url: string, sizes: BenchSizes): Promise<Partial<Metrics>> {
  const context = await browser.newContext({ viewport: { width: 1360, height: 860 } })
  try {
    await routeBenchModules(context)
    await context.addInitScript(installHelpers)
    const page = await context.newPage()
    await page.goto(url)
    await page.waitForSelector('.app[data-ready="true"]', { timeout: 60_000 })
    const seeded: Seeded = await page.evaluate(
      async ({ seed, sizes }) => {
        const data = (await import('/__bench/data.ts' as string)) as typeof import('./data.ts')
        const store = (await import('/__bench/seed.ts' as string)) as typeof import('./seed.ts')
        const codebook = data.generateCodebook(seed)
        const { source, target } = data.mergePair(codebook)
        await store.seedCodebook(codebook)
        const library = await store.seedLibrary(seed, sizes, data.weightedThemes(codebook.map((t) => t.id), [source.id, target.id]))
        return { sourceId: source.id, sourceName: source.name, targetId: target.id, targetName: target.name, titles: library.titles }
      },
      { seed: BENCH_SEED, sizes }
    )
    await page.reload()
    await page.waitForSelector('.app[data-ready="true"]', { timeout: 60_000 })
    const [carrySource, carryTarget] = await countThemes(page, [seeded.sourceId, seeded.targetId])
    const carrying = await countEither(page, seeded.sourceId, seeded.targetId)
    if (Math.abs(carrying / sizes.libraryPassages - 0.2) > 0.03) throw new Error(`The merged themes carry ${carrying} of ${sizes.libraryPassages} passages, not about a fifth.`)

    // One article open (its highlights follow the merge), the tree showing every theme's counts.
    // The library lists only the rows in view: find the article by its title first.
    const library = page.getByRole('navigation', { name: 'Library' })
    await library.getByRole('searchbox', { name: 'Filter articles' }).fill(seeded.titles[0] as string)
    await library.getByRole('button', { name: seeded.titles[0] as string }).first().click()
    await page.waitForFunction(() => document.querySelector('.article .ProseMirror .hl') !== null, undefined, { timeout: 60_000 })
    const tree = page.getByRole('tree', { name: 'Themes' })
    await page.waitForFunction(
      () => {
        const counts = [...document.querySelectorAll('[role="tree"] [role="treeitem"] .all')]
        return counts.length === 60 && counts.every((e) => e.textContent !== '…')
      },
      undefined,
      { timeout: 120_000 }
    )

    await tree.getByRole('treeitem', { name: seeded.sourceName, exact: true }).click()
    await page.getByRole('button', { name: `Merge theme “${seeded.sourceName}”` }).click()
    const dialog = page.getByRole('dialog', { name: 'Merge theme' })
    await dialog.getByRole('combobox').selectOption(seeded.targetId)

    const { shown, stored } = await page.evaluate(
      async ({ sourceId }) => {
        const b = window.__bench
        const button = [...document.querySelectorAll<HTMLButtonElement>('dialog button')].find((x) => x.textContent?.trim() === 'Merge') as HTMLButtonElement
        const gone = (): boolean => !document.querySelector(`[role="treeitem"][data-id="${sourceId}"]`) && !document.querySelector('dialog[open]')
        let clicked = 0
        const shown = await b.measure(
          () => {
            clicked = performance.now()
            button.click()
          },
          gone,
          60_000
        )
        // Stored: the merged theme's index entries are gone (the write is one transaction, so all at once).
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const req = indexedDB.open('themata')
          req.onsuccess = () => resolve(req.result)
          req.onerror = () => reject(req.error)
        })
        try {
          for (;;) {
            const left = await new Promise<number>((resolve, reject) => {
              const req = db.transaction('annotations').objectStore('annotations').index('tagIds').count(sourceId)
              req.onsuccess = () => resolve(req.result)
              req.onerror = () => reject(req.error)
            })
            if (left === 0) return { shown, stored: performance.now() - clicked }
            if (performance.now() - clicked > 120_000) return { shown, stored: Number.NaN }
            await new Promise((resolve) => setTimeout(resolve, 5))
          }
        } finally {
          db.close()
        }
      },
      { sourceId: seeded.sourceId }
    )
    // The target now carries every passage either carried, once; nothing else was lost.
    const [afterSource, afterTarget] = await countThemes(page, [seeded.sourceId, seeded.targetId])
    if (afterSource !== 0 || afterTarget !== carrying) {
      throw new Error(`After the merge: ${afterSource} passages still carry the merged theme and the target carries ${afterTarget}, expected ${carrying} (${carrySource} + ${carryTarget} before).`)
    }
    await page.close()
    return { mergeThemesMs: shown, mergeThemesStoredMs: stored }
  } finally {
    await context.close()
  }
}
