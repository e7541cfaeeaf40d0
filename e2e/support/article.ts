/** What a reader does in the article, as Playwright steps. */
import { resolve } from 'node:path'
import { expect, type Locator, type Page } from '@playwright/test'

export const CORPUS = resolve(__dirname, '../../../shared/corpus')
export const SEED_TITLE = 'Strikes on SOCAR and the collapse of the CIS: How Russia is escalating hostility toward Azerbaijan'

export async function openApp(page: Page): Promise<void> {
  await page.goto('/')
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible()
}

export function article(page: Page): Locator {
  return page.locator('.article .ProseMirror')
}

/** The library's row of the article opened from `fileName` (its title, byline, counts and chips). */
export function libraryRow(page: Page, fileName: string): Locator {
  return page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: named(fileName) }) })
}

function named(fileName: string): RegExp {
  return new RegExp(fileName.replace(/\./g, '\\.'))
}

/** Waits until the article from `fileName` is the one on screen (articles may share a title, so the h1 alone cannot tell). */
export async function expectOpened(page: Page, fileName: string): Promise<void> {
  await expect(libraryRow(page, fileName).getByRole('button', { name: named(fileName) })).toHaveAttribute('aria-current', 'true')
  await expect(article(page).locator('h1')).toBeVisible()
}

/** The codebook tree's themes, in order, by their accessible names (a row also shows its key and counts); `tree`: the tree's name in the app's language. */
export async function expectThemeNames(page: Page, names: string[], tree = 'Themes'): Promise<void> {
  const items = page.getByRole('tree', { name: tree }).getByRole('treeitem')
  await expect(items).toHaveCount(names.length)
  for (const [i, name] of names.entries()) await expect(items.nth(i)).toHaveAccessibleName(name)
}

export function passagesPanel(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Passages' })
}

export function tagToolbar(page: Page): Locator {
  return page.getByRole('toolbar', { name: 'Tag selection' })
}

/**
 * Selects `phrase` in the article as a reader's drag would (a DOM range over the text),
 * optionally only part of it: characters [from, to) of the phrase.
 */
export async function selectText(page: Page, phrase: string, from = 0, to = phrase.length): Promise<void> {
  await selectInArticle(page, phrase, from, to)
  await expect(tagToolbar(page)).toBeVisible()
}

/** The selection of `selectText`, in whatever language the app speaks (no toolbar looked for by name). */
export async function selectInArticle(page: Page, phrase: string, from = 0, to = phrase.length): Promise<void> {
  await article(page).getByText(phrase, { exact: false }).first().scrollIntoViewIfNeeded()
  const found = await page.evaluate(
    ({ phrase, from, to }) => {
      const root = document.querySelector('.article .ProseMirror') as HTMLElement
      for (const block of Array.from(root.querySelectorAll(':scope > section > *'))) {
        const text = block.textContent ?? ''
        const at = text.indexOf(phrase)
        if (at < 0) continue
        const locate = (offset: number): [Node, number] => {
          const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT)
          let seen = 0
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const length = node.textContent?.length ?? 0
            if (offset <= seen + length) return [node, offset - seen]
            seen += length
          }
          throw new Error('offset outside block')
        }
        const range = document.createRange()
        range.setStart(...locate(at + from))
        range.setEnd(...locate(at + to))
        const selection = document.getSelection() as Selection
        selection.removeAllRanges()
        selection.addRange(range)
        return true
      }
      return false
    },
    { phrase, from, to }
  )
  expect(found, `phrase not found in the article: ${phrase}`).toBe(true)
}

/** Number of passages the panel lists under a theme. */
export function themeGroup(page: Page, theme: string): Locator {
  return passagesPanel(page).locator(`details[data-theme="${theme}"]`)
}

export async function expectThemeCount(page: Page, theme: string, count: number): Promise<void> {
  await expect(themeGroup(page, theme).locator('summary .n')).toHaveText(String(count))
}

/** The ids of every passage highlighted in the article block that contains `phrase`, sorted. */
export async function passageIdsAround(page: Page, phrase: string): Promise<string[]> {
  return page.evaluate((phrase) => {
    const root = document.querySelector('.article .ProseMirror') as HTMLElement
    const block = Array.from(root.querySelectorAll(':scope > section > *')).find((b) => (b.textContent ?? '').includes(phrase))
    if (!block) throw new Error(`phrase not found in the article: ${phrase}`)
    const ids = new Set<string>()
    for (const mark of block.querySelectorAll<HTMLElement>('.hl')) for (const id of (mark.dataset['ids'] ?? '').split(' ')) if (id) ids.add(id)
    return [...ids].sort()
  }, phrase)
}

/** Every stretch of the article highlighted as part of passage `id`. */
export function highlightOf(page: Page, id: string): Locator {
  return article(page).locator(`.hl[data-ids~="${id}"]`)
}

/** The panel's row for passage `id` under `theme`. */
export function panelRow(page: Page, theme: string, id: string): Locator {
  return themeGroup(page, theme).locator(`button.passage[data-id="${id}"]`)
}

/** The sentence the top bar shows while an import runs, and the value of its progress bar. */
export interface TopBarStatus {
  text: string
  progress: number | null
}

/**
 * Records every state the top bar's import status goes through (its text and progress bar), from
 * now on: progress can come and go faster than an assertion polls. Returns a reader of the record.
 */
export async function recordTopBarStatus(page: Page): Promise<() => Promise<TopBarStatus[]>> {
  await page.evaluate(() => {
    const header = document.querySelector('header') as HTMLElement
    const seen: { text: string; progress: number | null }[] = []
    const note = (): void => {
      const status = header.querySelector('[role="status"]')
      if (!status) return
      const bar = status.querySelector('progress')
      const state = { text: (status.textContent ?? '').replace(/\s+/g, ' ').trim(), progress: bar ? bar.value : null }
      const last = seen[seen.length - 1]
      if (!last || last.text !== state.text || last.progress !== state.progress) seen.push(state)
    }
    new MutationObserver(note).observe(header, { subtree: true, childList: true, characterData: true, attributes: true })
    ;(window as unknown as { __topBarStatus: typeof seen }).__topBarStatus = seen
  })
  return () => page.evaluate(() => (window as unknown as { __topBarStatus: TopBarStatus[] }).__topBarStatus)
}

/**
 * Coding bars not beside their passage's lines: each bar that opens in its block must start at the top
 * of its passage's first highlight there, each that closes end at the bottom of its last one (to a
 * pixel). `onScreen`: only the bars in the window's view (bars are placed as the reader comes near them).
 */
export function misalignedBars(page: Page, onScreen = false): Promise<string[]> {
  return article(page)
    .locator('.stripe')
    .evaluateAll(
      (bars, onScreen) =>
        bars.flatMap((bar) => {
          const box = bar.getBoundingClientRect()
          if (onScreen && (box.bottom < 0 || box.top > window.innerHeight)) return []
          const id = (bar as HTMLElement).dataset['id'] as string
          const block = bar.closest('.stripes')?.parentElement
          const segments = [...(block?.querySelectorAll('.hl') ?? [])].filter((hl) => hl.getAttribute('data-ids')?.split(' ').includes(id))
          const first = segments[0]?.getBoundingClientRect()
          const last = segments.at(-1)?.getBoundingClientRect()
          const wrong: string[] = []
          if (!bar.classList.contains('stripe-in') && Math.abs(box.top - (first?.top ?? Number.NaN)) > 1) wrong.push(`${id} starts at ${box.top}, its text at ${first?.top}`)
          if (!bar.classList.contains('stripe-on') && Math.abs(box.bottom - (last?.bottom ?? Number.NaN)) > 1) wrong.push(`${id} ends at ${box.bottom}, its text at ${last?.bottom}`)
          return wrong
        }),
      onScreen
    )
}

/** How many coding bars are in the window's view. */
export function barsOnScreen(page: Page): Promise<number> {
  return article(page)
    .locator('.stripe')
    .evaluateAll((bars) => bars.filter((bar) => bar.getBoundingClientRect().bottom > 0 && bar.getBoundingClientRect().top < window.innerHeight).length)
}

/** The text of the error the user is shown (without its dismiss button). */
export function errorMessage(page: Page): Locator {
  return page.getByRole('alert').locator('span')
}

/** A passage as storage holds it. */
export interface StoredPassage {
  id: string
  tagIds: string[]
  note: string
}

/** Every record of the given stores of the app's database, read straight from IndexedDB. */
async function storedRecords(page: Page, stores: readonly string[]): Promise<Record<string, unknown[]>> {
  return page.evaluate(async (stores) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('themata')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const all = (store: string): Promise<unknown[]> =>
      new Promise((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll()
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
    try {
      const records: Record<string, unknown[]> = {}
      for (const store of stores) records[store] = await all(store)
      return records
    } finally {
      db.close()
    }
  }, stores)
}

interface StoredDocument {
  id: string
  fileName: string
}

/**
 * The passages storage holds for the article imported from `fileName` (null: no such article), read
 * straight from IndexedDB: what a reload or the next start will find. Writes land after the screen
 * has changed, so a test polls this before it reloads.
 */
export async function storedAnnotations(page: Page, fileName: string): Promise<StoredPassage[] | null> {
  const { documents, annotations } = await storedRecords(page, ['documents', 'annotations'])
  const doc = (documents as StoredDocument[]).find((d) => d.fileName === fileName)
  if (!doc) return null
  const passages = (annotations as (StoredPassage & { documentId: string })[]).filter((a) => a.documentId === doc.id)
  return passages.map(({ id, tagIds, note }) => ({ id, tagIds, note }))
}

/** The file name of the article storage will reopen at the next start (null: none remembered yet). */
export async function rememberedArticle(page: Page): Promise<string | null> {
  const { settings, documents } = await storedRecords(page, ['settings', 'documents'])
  const remembered = (settings as { key: string; value: unknown }[]).find((s) => s.key === 'lastOpenedDocument')?.value
  return (documents as StoredDocument[]).find((d) => d.id === remembered)?.fileName ?? null
}

/** How many passages storage holds for the article imported from `fileName` (-1: no such article). */
export async function storedPassages(page: Page, fileName: string): Promise<number> {
  return (await storedAnnotations(page, fileName))?.length ?? -1
}
