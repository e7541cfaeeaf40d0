/**
 * The corpus figures (issue #7): "All passages" filtered by theme and by theme + text, search by
 * word and by regular expression, and autocode's preview and apply — over the library scenario
 * (500 articles, 100,000 passages) coded with a codebook of 60 themes in 3 levels.
 */
import type { BrowserContext, Page } from '@playwright/test'
import { BENCH_SEED, type BenchSizes } from './data.ts'
import type { Metrics } from './report.ts'
import type { LibraryScenario } from './seed.ts'

/** A word of the generated prose with about 5,000 whole-word hits in the full library (about 50 in smoke). */
export const AUTOCODE_WORD = 'since'
export const SEARCH_WORD = 'pipeline'
export const SEARCH_REGEX = '\\b(?:gas|oil|energy) \\w+s\\b'

interface CodebookTheme {
  id: string
  name: string
  color: string
  description: string
  memo: string
  parentId: string | null
  order: number
  shortcut: number | null
}

const COLORS = ['#d97706', '#7c3aed', '#0d9488', '#db2777', '#2563eb', '#65a30d']

/** 60 themes in 3 levels: 6 top-level themes, 3 sub-themes each, 2 below each of those. */
export function corpusCodebook(): CodebookTheme[] {
  const themes: CodebookTheme[] = []
  const add = (name: string, parentId: string | null, order: number, color: string): string => {
    const id = `bench-theme-${themes.length}`
    themes.push({ id, name, color, description: '', memo: '', parentId, order, shortcut: themes.length < 9 ? themes.length + 1 : null })
    return id
  }
  for (let a = 0; a < 6; a++) {
    const top = add(`Theme ${a + 1}`, null, a, COLORS[a] as string)
    for (let b = 0; b < 3; b++) {
      const mid = add(`Theme ${a + 1}.${b + 1}`, top, b, COLORS[a] as string)
      for (let c = 0; c < 2; c++) add(`Theme ${a + 1}.${b + 1}.${c + 1}`, mid, c, COLORS[a] as string)
    }
  }
  return themes
}

async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await page.waitForSelector('.app[data-ready="true"]', { timeout: 60_000 })
}

/** Replaces the app's codebook with `themes` (raw IndexedDB: the app has started once, so the schema exists). */
function seedCodebook(page: Page, themes: CodebookTheme[]): Promise<void> {
  return page.evaluate(async (themes) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('themata')
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(req.error)
    })
    const tx = db.transaction('tags', 'readwrite')
    tx.objectStore('tags').clear()
    for (const t of themes) tx.objectStore('tags').put(t)
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve()
      tx.onerror = () => reject(tx.error)
    })
    db.close()
  }, themes)
}

/** Picks options in selects named by their aria-label, as a user would (a change event each). */
function choose(page: Page, picks: [name: string, label: string][]): Promise<void> {
  return page.evaluate((picks) => {
    for (const [name, label] of picks) {
      const select = document.querySelector<HTMLSelectElement>(`select[aria-label="${name}"]`)
      if (!select) throw new Error(`No select "${name}".`)
      const option = [...select.options].find((o) => o.textContent?.trim() === label || o.value === label)
      if (!option) throw new Error(`No option "${label}" in "${name}".`)
      select.value = option.value
      select.dispatchEvent(new Event('change', { bubbles: true }))
    }
  }, picks)
}

/** Runs an action in the page, at a frame start, until the "All passages" list shows a new, fully read result. */
function measureList(page: Page, step: 'open' | 'theme' | 'text', theme: string, text: string): Promise<{ ms: number; status: string }> {
  return page.evaluate(
    async ({ step, theme, text }) => {
      const b = window.__bench
      const status = (): string => document.querySelector('section[aria-label="All passages"] [role="status"]')?.textContent ?? ''
      const list = (): HTMLElement | null => document.querySelector('[role="listbox"][aria-label="Passages across the project"]')
      const before = status()
      const ready = (): boolean => list()?.dataset['ready'] === 'true' && status() !== before && !status().includes('…') && list()?.querySelector('[role="option"] mark') !== null
      const action = (): void => {
        if (step === 'open') {
          const tab = [...document.querySelectorAll<HTMLButtonElement>('[role="tab"]')].find((t) => t.textContent?.trim() === 'All passages')
          tab?.click()
        } else if (step === 'theme') {
          const select = document.querySelector<HTMLSelectElement>('select[aria-label="Add a theme to the filter"]') as HTMLSelectElement
          select.value = [...select.options].find((o) => o.textContent?.trim() === theme)?.value ?? ''
          select.dispatchEvent(new Event('change', { bubbles: true }))
        } else {
          const input = document.querySelector<HTMLInputElement>('input[aria-label="Filter by text in quote or note"]') as HTMLInputElement
          input.value = text
          input.dispatchEvent(new Event('input', { bubbles: true }))
        }
      }
      const ms = await b.measure(action, ready, 60_000)
      return { ms, status: status() }
    },
    { step, theme, text }
  )
}

/** Types a query in the search field and presses Enter; until the results and their first hits are painted. */
function measureSearch(page: Page, query: string, regex: boolean, wholeWord: boolean): Promise<{ ms: number; summary: string }> {
  return page.evaluate(
    async ({ query, regex, wholeWord }) => {
      const b = window.__bench
      const field = document.querySelector<HTMLInputElement>('input[aria-label="Search the project"]') as HTMLInputElement
      const summary = (): string => document.querySelector('section[aria-label="Search results"] .summary')?.textContent ?? ''
      // The options, set as the menu would.
      const optionsButton = document.querySelector<HTMLButtonElement>('button[aria-label="Search options"]') as HTMLButtonElement
      optionsButton.click()
      await b.afterPaint()
      for (const [label, on] of [
        ['Regular expression', regex],
        ['Whole words only', wholeWord]
      ] as const) {
        const box = [...document.querySelectorAll<HTMLLabelElement>('[role="group"][aria-label="Search options"] label')].find((l) => l.textContent?.includes(label))?.querySelector('input')
        if (box && box.checked !== on) box.click()
      }
      optionsButton.click()
      await b.afterPaint()
      field.focus()
      // Let any search the option changes started finish first.
      await b.until(() => !summary().startsWith('Searching'))
      const ms = await b.measure(
        () => {
          field.value = query
          field.dispatchEvent(new Event('input', { bubbles: true }))
          field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))
        },
        () => (/\d hits? in/.test(summary()) && document.querySelector('section[aria-label="Search results"] .hit mark') !== null) || summary() === 'No hits.',
        60_000
      )
      if (!/\d hits? in/.test(summary())) throw new Error(`The search for ${query} found nothing: ${summary()}`)
      return { ms, summary: summary() }
    },
    { query, regex, wholeWord }
  )
}

/** Autocode with the first theme, extended to sentences: preview, then apply until stored and painted. */
function measureAutocode(page: Page): Promise<{ previewMs: number; applyMs: number; preview: string }> {
  return page.evaluate(async () => {
    const b = window.__bench
    const panel = document.querySelector('section[aria-label="Autocode"]') as HTMLElement
    const label = (text: string): HTMLInputElement =>
      [...panel.querySelectorAll('label')].find((l) => l.textContent?.trim() === text)?.querySelector('input') as HTMLInputElement
    label('Theme 1').click()
    label('its sentence').click()
    await b.afterPaint()
    const button = (text: string): HTMLButtonElement => [...panel.querySelectorAll('button')].find((x) => x.textContent?.trim() === text) as HTMLButtonElement
    const preview = (): string => panel.querySelector('.preview')?.textContent ?? ''
    const previewMs = await b.measure(() => button('Preview').click(), () => preview().includes('Would create'), 60_000)
    const text = preview().replace(/\s+/g, ' ').trim()
    const done = (): boolean => [...document.querySelectorAll('[role="status"]')].some((s) => s.textContent?.startsWith('Autocoded:'))
    const applyMs = await b.measure(() => button('Autocode').click(), done, 60_000)
    return { previewMs, applyMs, preview: text }
  })
}

/** One fresh context over the library scenario with the 60-theme codebook. */
export async function runCorpus(context: BrowserContext, url: string, sizes: BenchSizes, log: (step: string) => void): Promise<Partial<Metrics>> {
  const page = await context.newPage()
  await openApp(page, url)
  const themes = corpusCodebook()
  await seedCodebook(page, themes)
  const scenario: LibraryScenario = await page.evaluate(
    async ({ seed, sizes }) => ((await import('/__bench/seed.ts' as string)) as typeof import('./seed.ts')).seedLibrary(seed, sizes),
    { seed: BENCH_SEED, sizes }
  )
  log(`seeded ${scenario.documents} articles, ${scenario.passages} passages, ${themes.length} themes`)
  await openApp(page, url)
  await page.waitForFunction(() => /\d+ passages/.test(document.querySelector('nav[aria-label="Library"] li')?.textContent ?? ''), undefined, { timeout: 60_000 })

  const open = await measureList(page, 'open', '', '')
  log(`opened All passages: ${open.status}`)
  const filter = await measureList(page, 'theme', 'Theme 2', '')
  log(`one theme with sub-themes: ${filter.status}`)
  // Two themes, all of, then the text: the figure is the text step over the two themes.
  await choose(page, [
    ['Passages with', 'all'],
    ['Add a theme to the filter', 'Theme 3']
  ])
  await page.waitForFunction(() => document.querySelector<HTMLElement>('[role="listbox"][aria-label="Passages across the project"]')?.dataset['ready'] === 'true')
  const boolean = await measureList(page, 'text', '', 'pressure')
  log(`two themes (all of) + text: ${boolean.status}`)

  const t0 = Date.now()
  await page.getByRole('searchbox', { name: 'Search the project' }).focus()
  await page.waitForFunction(() => document.querySelector('input[aria-label="Search the project"]')?.getAttribute('data-prepared') === 'true', undefined, { timeout: 60_000 })
  const searchPrepareMs = Date.now() - t0
  const word = await measureSearch(page, SEARCH_WORD, false, true)
  log(`search "${SEARCH_WORD}": ${word.summary}`)
  const regex = await measureSearch(page, SEARCH_REGEX, true, false)
  log(`search /${SEARCH_REGEX}/: ${regex.summary}`)
  const many = await measureSearch(page, AUTOCODE_WORD, false, true)
  log(`search "${AUTOCODE_WORD}": ${many.summary}`)
  const autocode = await measureAutocode(page)
  log(`autocode: ${autocode.preview}`)
  await page.close()
  const hits = Number(many.summary.replace(/,/g, '').match(/^(\d+)/)?.[1] ?? Number.NaN)
  return {
    corpusOpenMs: open.ms,
    corpusFilterMs: filter.ms,
    corpusBooleanMs: boolean.ms,
    searchPrepareMs,
    searchWordMs: word.ms,
    searchRegexMs: regex.ms,
    autocodeHits: hits,
    autocodePreviewMs: autocode.previewMs,
    autocodeApplyMs: autocode.applyMs
  }
}
