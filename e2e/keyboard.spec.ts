/**
 * The whole app from the keyboard alone, as an analyst who uses no mouse works: open an article,
 * move a caret through it and select with Shift+arrows, tag with a key and with the toolbar, open a
 * passage's popover with Enter and write a note, step from passage to passage, move between the
 * regions with F6, work the codebook tree, the view tabs, search results and the virtualised lists
 * down to rows not rendered yet, undo and redo, export. Not one mouse event is sent: the page
 * counts every one it receives, and the count must stay zero.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { SMOKE_SIZES, BENCH_SEED } from '../bench/data'
import { routeBenchModules } from '../bench/modules'
import { article, CORPUS, expectThemeCount, openApp, passagesPanel, SEED_TITLE, storedAnnotations, tagToolbar, themeGroup } from './support/article'
import { expect, test } from './support/desktopBridge'

const ECONOMIC = 'Repeated missile strikes on the gas infrastructure near Odesa'
const HYBRID = 'an attempt by Moscow to exert pressure on Baku'
const CIS = 'the disintegration of the Commonwealth of Independent States (CIS)'
const CIS_2 = 'Azerbaijan no longer participates in CIS activities'
const NOTE = 'Typed without a mouse.'

/** Counts every mouse, pointer and wheel event the page receives from the user (a key's own click has detail 0). */
async function countMouseEvents(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = []
    const types = ['mousedown', 'mouseup', 'mousemove', 'pointerdown', 'pointerup', 'pointermove', 'dblclick', 'wheel', 'contextmenu', 'click']
    for (const type of types) {
      window.addEventListener(
        type,
        (event) => {
          if (event.isTrusted && !(type === 'click' && (event as MouseEvent).detail === 0)) seen.push(type)
        },
        true
      )
    }
    ;(window as unknown as { __mouseEvents: string[] }).__mouseEvents = seen
  })
}

async function mouseEvents(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __mouseEvents: string[] }).__mouseEvents)
}

/** The live region's words (what a screen reader hears after an action). */
function announcer(page: Page): Locator {
  return page.locator('[data-announcer]')
}

/** The caret's block text and its offset in it (null when the selection is not in the article). */
async function caret(page: Page): Promise<{ block: string; offset: number } | null> {
  return page.evaluate(() => {
    const selection = document.getSelection()
    const node = selection?.focusNode
    const block = (node instanceof Element ? node : node?.parentElement)?.closest('.ProseMirror > section > *')
    if (!selection || !node || !block) return null
    const range = document.createRange()
    range.setStart(block, 0)
    range.setEnd(node, selection.focusOffset)
    return { block: block.textContent ?? '', offset: range.toString().length }
  })
}

/** Moves the caret with the arrow keys to the start of `phrase` (down block by block, then along the line). */
async function caretTo(page: Page, phrase: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    const here = await caret(page)
    if (here?.block.includes(phrase)) break
    await page.keyboard.press(here && here.block.indexOf(phrase) < 0 && (await caretBelow(page, phrase)) ? 'ArrowUp' : 'ArrowDown')
  }
  const here = await caret(page)
  expect(here?.block, `the caret never reached the block of “${phrase}”`).toContain(phrase)
  const delta = (here?.block.indexOf(phrase) ?? 0) - (here?.offset ?? 0)
  for (let i = 0; i < Math.abs(delta); i++) await page.keyboard.press(delta > 0 ? 'ArrowRight' : 'ArrowLeft')
  expect((await caret(page))?.offset).toBe(here?.block.indexOf(phrase))
}

/** Whether `phrase` lies above the caret's block. */
async function caretBelow(page: Page, phrase: string): Promise<boolean> {
  return page.evaluate((phrase) => {
    const node = document.getSelection()?.focusNode
    const block = (node instanceof Element ? node : node?.parentElement)?.closest('.ProseMirror > section > *')
    const target = [...document.querySelectorAll('.ProseMirror > section > *')].find((b) => (b.textContent ?? '').includes(phrase))
    return !!block && !!target && (target.compareDocumentPosition(block) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
  }, phrase)
}

/** Selects `phrase` with Shift+→ from its start, as a keyboard user does. */
async function selectByKeyboard(page: Page, phrase: string): Promise<void> {
  await caretTo(page, phrase)
  for (let i = 0; i < phrase.length; i++) await page.keyboard.press('Shift+ArrowRight')
  expect(await page.evaluate(() => document.getSelection()?.toString())).toBe(phrase)
  await expect(tagToolbar(page)).toBeVisible()
}

/** Presses F6 (or Shift+F6) until the focus is inside `region`. */
async function f6To(page: Page, region: Locator, back = false): Promise<void> {
  for (let i = 0; i < 6; i++) {
    if (await region.evaluate((r) => r.contains(document.activeElement))) return
    await page.keyboard.press(back ? 'Shift+F6' : 'F6')
  }
  expect(await region.evaluate((r) => r.contains(document.activeElement)), 'F6 never reached the region').toBe(true)
}

const focused = (page: Page): Locator => page.locator(':focus')

test('open, caret, select, tag, note, step, regions, tree, views, undo, export: the keyboard alone', async ({ page, desktop }) => {
  test.setTimeout(120_000)
  await countMouseEvents(page)
  await openApp(page)

  // Open with Ctrl+O (the Open dialog answers through the desktop bridge).
  desktop.nextArticle = join(CORPUS, 'seed-article.txt')
  await page.keyboard.press('Control+o')
  await expect(article(page).locator('h1')).toHaveText(SEED_TITLE)

  // F6 goes region by region: top bar, library, codebook, the article, the passages panel.
  const topBar = page.getByRole('banner')
  await page.keyboard.press('F6')
  await expect(topBar).toContainText('Themata')
  expect(await topBar.evaluate((r) => r.contains(document.activeElement))).toBe(true)
  await page.keyboard.press('F6')
  await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: new RegExp(SEED_TITLE.slice(0, 30)) })).toBeFocused()
  await page.keyboard.press('F6')
  await expect(page.getByRole('tree', { name: 'Themes' }).getByRole('treeitem').first()).toBeFocused()
  await page.keyboard.press('F6')
  await expect(article(page)).toBeFocused()
  await expect(article(page)).toHaveAttribute('aria-readonly', 'true')
  await page.keyboard.press('F6')
  expect(await passagesPanel(page).evaluate((r) => r.contains(document.activeElement))).toBe(true)
  await page.keyboard.press('Shift+F6')
  await expect(article(page)).toBeFocused()

  // Caret browsing: the caret moves with the arrows; typing changes nothing.
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('End')
  await page.keyboard.type('x')
  await page.keyboard.press('Backspace')
  await page.keyboard.press('Enter')
  await expect(article(page).locator('h1')).toHaveText(SEED_TITLE)
  expect(await article(page).locator('p').first().textContent()).toContain(ECONOMIC)

  // Select with Shift+arrows, then tag from the toolbar: Tab reaches it, Enter presses a theme.
  await selectByKeyboard(page, ECONOMIC)
  await page.keyboard.press('Tab')
  await expect(tagToolbar(page).getByRole('button', { name: 'Economic pressure', exact: true })).toBeFocused()
  await page.keyboard.press('Enter')
  await expectThemeCount(page, 'Economic pressure', 1)
  await expect(announcer(page)).toHaveText('Tagged as Economic pressure')
  // Escape leaves the toolbar, the caret where the selection ended and the keyboard in the article.
  await page.keyboard.press('Escape')
  await expect(tagToolbar(page)).toBeHidden()
  await expect(article(page)).toBeFocused()

  // Select and tag with the theme's key.
  await selectByKeyboard(page, HYBRID)
  await page.keyboard.press('2')
  await expectThemeCount(page, 'Hybrid tactics', 1)
  await expect(announcer(page)).toHaveText('Tagged as Hybrid tactics')
  await page.keyboard.press('Escape')
  await selectByKeyboard(page, CIS)
  await page.keyboard.press('3')
  await expect(announcer(page)).toHaveText('Tagged as CIS')
  await page.keyboard.press('Escape')
  await selectByKeyboard(page, CIS_2)
  await page.keyboard.press('3')
  await expectThemeCount(page, 'CIS', 2)
  await page.keyboard.press('Escape')

  // The caret inside a passage: the article is described by it, and Enter opens its popover.
  await caretTo(page, CIS)
  await page.keyboard.press('ArrowRight')
  await expect(article(page)).toHaveAttribute('aria-describedby', 'caret-passages')
  await expect(page.locator('#caret-passages')).toHaveText('In passage: CIS')
  await page.keyboard.press('Enter')
  const popover = page.getByRole('dialog', { name: 'Passage' })
  await expect(popover).toBeVisible()
  await expect(popover.getByRole('textbox')).toBeFocused()
  await page.keyboard.type(NOTE)
  await page.keyboard.press('Escape')
  await expect(popover).toBeHidden()
  await expect(article(page)).toBeFocused()
  await expect(page.locator('#caret-passages')).toHaveText(`In passage: CIS; note: ${NOTE}`)
  await expect(themeGroup(page, 'CIS').locator('.note').first()).toHaveText(NOTE)
  await expect.poll(async () => (await storedAnnotations(page, 'seed-article.txt'))?.some((a) => a.note === NOTE)).toBe(true)

  // Alt+↓/↑ step through the passages in reading order; with Shift, through the passages of the caret's theme.
  await page.keyboard.press('Alt+ArrowUp')
  await expect(announcer(page)).toHaveText('Passage 3 of 4: CIS; note: Typed without a mouse.')
  await page.keyboard.press('Alt+ArrowUp')
  await expect(announcer(page)).toHaveText('Passage 2 of 4: Hybrid tactics')
  expect((await caret(page))?.block).toContain(HYBRID)
  await page.keyboard.press('Alt+ArrowUp')
  await expect(announcer(page)).toHaveText('Passage 1 of 4: Economic pressure')
  expect(await caret(page)).toEqual(expect.objectContaining({ offset: 0 }))
  await page.keyboard.press('Alt+ArrowUp')
  await expect(announcer(page)).toHaveText('No passage before the caret.')
  await page.keyboard.press('Alt+ArrowDown')
  await page.keyboard.press('Alt+ArrowDown')
  await expect(announcer(page)).toHaveText(/^Passage 3 of 4: CIS/)
  await page.keyboard.press('Alt+Shift+ArrowDown')
  await expect(announcer(page)).toHaveText('CIS passage 2 of 2: CIS')
  expect((await caret(page))?.block.slice((await caret(page))?.offset)).toMatch(new RegExp(`^${CIS_2}`))
  await page.keyboard.press('Alt+Shift+ArrowDown')
  await expect(announcer(page)).toHaveText('No CIS passage after the caret.')

  // Undo and redo from the article (its caret does not make it a text field).
  await page.keyboard.press('Control+z')
  await expect(announcer(page)).toHaveText('Undone: Note saved')
  await expect(themeGroup(page, 'CIS').locator('.note')).toHaveCount(0)
  await page.keyboard.press('Control+Shift+z')
  await expect(announcer(page)).toHaveText('Redone: Note saved')
  await expect(themeGroup(page, 'CIS').locator('.note').first()).toHaveText(NOTE)

  // The passages panel: a heading, then its rows with the arrows; Enter takes the article to the passage.
  await f6To(page, passagesPanel(page))
  const cisHeading = themeGroup(page, 'CIS').locator('summary')
  for (let i = 0; i < 8 && !(await cisHeading.evaluate((s) => s === document.activeElement)); i++) await page.keyboard.press('Tab')
  await expect(cisHeading).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(themeGroup(page, 'CIS').locator('button.passage').first()).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(themeGroup(page, 'CIS').locator('button.passage').nth(1)).toBeFocused()
  await page.keyboard.press('Home')
  await expect(themeGroup(page, 'Economic pressure').locator('summary')).toBeFocused()
  await page.keyboard.press('End')
  await expect(themeGroup(page, 'CIS').locator('button.passage').nth(1)).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(article(page).locator('.hl-flash').first()).toBeVisible()

  // The codebook tree answers the WAI-ARIA tree keys.
  const tree = page.getByRole('tree', { name: 'Themes' })
  await f6To(page, page.getByRole('navigation', { name: 'Codebook' }), true)
  await expect(tree.getByRole('treeitem').first()).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(tree.getByRole('treeitem', { name: 'Hybrid tactics' })).toBeFocused()
  await page.keyboard.press('End')
  await expect(tree.getByRole('treeitem', { name: 'CIS' })).toBeFocused()
  await page.keyboard.press('Home')
  await expect(tree.getByRole('treeitem', { name: 'Economic pressure' })).toBeFocused()
  // Alt+↓ moves the theme down, and undo puts it back.
  await page.keyboard.press('Alt+ArrowDown')
  await expect(tree.getByRole('treeitem').nth(1)).toHaveAccessibleName('Economic pressure')
  await page.keyboard.press('Control+z')
  await expect(tree.getByRole('treeitem').first()).toHaveAccessibleName('Economic pressure')

  // The view tabs: ← → choose the view; All passages is a list the arrows go through.
  await f6To(page, topBar)
  const tabs = page.getByRole('tablist', { name: 'Views' })
  for (let i = 0; i < 12 && !(await tabs.evaluate((t) => t.contains(document.activeElement))); i++) await page.keyboard.press('Tab')
  await expect(tabs.getByRole('tab', { name: 'Article' })).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect(tabs.getByRole('tab', { name: 'All passages' })).toBeFocused()
  await expect(tabs.getByRole('tab', { name: 'All passages' })).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('F6')
  await page.keyboard.press('F6')
  await page.keyboard.press('F6')
  const corpus = page.getByRole('listbox', { name: 'Passages across the project' })
  await expect(corpus).toBeFocused()
  await expect(corpus.getByRole('option')).toHaveCount(4)
  await page.keyboard.press('End')
  await expect(corpus).toHaveAttribute('aria-activedescendant', 'corpus-row-3')
  await page.keyboard.press('Home')
  await expect(corpus).toHaveAttribute('aria-activedescendant', 'corpus-row-0')
  await page.keyboard.press('Shift+F6')
  await page.keyboard.press('Shift+F6')
  await page.keyboard.press('Shift+F6')
  await expect(tabs.getByRole('tab', { name: 'All passages' })).toBeFocused()
  await page.keyboard.press('Home')
  await expect(tabs.getByRole('tab', { name: 'Article' })).toHaveAttribute('aria-selected', 'true')

  // Search: the field is in the top bar; Enter searches; the arrows go through the hits.
  await page.keyboard.press('Tab')
  for (let i = 0; i < 8 && !(await page.getByRole('searchbox', { name: 'Search the project' }).evaluate((f) => f === document.activeElement)); i++) await page.keyboard.press('Tab')
  await page.keyboard.type('Baku')
  await page.keyboard.press('Enter')
  await expect(tabs.getByRole('tab', { name: 'Search' })).toHaveAttribute('aria-selected', 'true')
  const hits = page.getByRole('region', { name: 'Search results' }).locator('button.hit')
  await expect(hits.first()).toBeVisible()
  await f6To(page, page.getByRole('region', { name: 'Search results' }))
  for (let i = 0; i < 30 && !(await hits.first().evaluate((h) => h === document.activeElement)); i++) await page.keyboard.press('Tab')
  await expect(hits.first()).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(hits.nth(1)).toBeFocused()
  await page.keyboard.press('End')
  await expect(focused(page)).toHaveText(/Baku/)
  await expect(hits.last()).toBeFocused()

  // The project menu opens from the keyboard and Escape gives the focus back.
  await f6To(page, topBar)
  const project = page.getByRole('button', { name: /^Project:/ })
  for (let i = 0; i < 15 && !(await project.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Shift+Tab')
  await expect(project).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog', { name: 'Projects' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(project).toBeFocused()

  // Export with Ctrl+E: the report dialog takes the keyboard; Tab to Export, Enter.
  await page.keyboard.press('Control+e')
  const report = page.getByRole('dialog', { name: 'Export report' })
  await expect(report).toBeVisible()
  const exportButton = report.getByRole('button', { name: 'Export', exact: true })
  for (let i = 0; i < 60 && !(await exportButton.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab')
  await expect(exportButton).toBeFocused()
  await page.keyboard.press('Enter')
  await expect.poll(() => desktop.savedReports.length).toBe(1)
  await expect.poll(() => existsSync(desktop.savedReports[0] as string)).toBe(true)

  expect(await mouseEvents(page)).toEqual([])
})

test('every row of the virtualised lists is reachable: library, passages panel, All passages', async ({ page }) => {
  test.setTimeout(120_000)
  await countMouseEvents(page)
  await routeBenchModules(page)
  await openApp(page)
  const seeded = await page.evaluate(
    async ({ seed, sizes }) => {
      const bench = (await import('/__bench/seed.ts' as string)) as typeof import('../bench/seed')
      const library = await bench.seedLibrary(seed, sizes)
      const annotated = await bench.seedArticle(seed, sizes)
      return { library, annotated }
    },
    { seed: BENCH_SEED, sizes: SMOKE_SIZES }
  )
  await page.reload()
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible()
  const documents = seeded.library.documents + 2

  // The library: F6 lands on its first control; Tab reaches the first row, End the last one, not rendered until then.
  const library = page.getByRole('navigation', { name: 'Library' })
  await f6To(page, library)
  const rows = library.locator('li[data-doc]')
  expect(await rows.count()).toBeLessThan(documents)
  for (let i = 0; i < 8 && !(await library.locator('button.open').first().evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab')
  await expect(library.locator('button.open').first()).toBeFocused()
  // Rows sit at 84 px steps: the focused one's place says which row it is.
  const focusedRowTop = (): Promise<number> =>
    page.evaluate(() => Number(/top: (\d+)px/.exec(document.activeElement?.closest('li')?.getAttribute('style') ?? '')?.[1] ?? -1))
  await page.keyboard.press('End')
  await expect.poll(focusedRowTop).toBe((documents - 1) * 84)
  await expect(focused(page)).toHaveClass(/open/)
  await page.keyboard.press('Home')
  await expect(library.locator('button.open').first()).toBeFocused()
  // Down the list to the article with the passages, and open it with Enter.
  for (let i = 0; i < documents && !((await focused(page).textContent()) ?? '').includes(seeded.annotated.annotatedTitle); i++) await page.keyboard.press('ArrowDown')
  await expect(focused(page)).toContainText(seeded.annotated.annotatedTitle)
  await page.keyboard.press('Enter')
  await expect(passagesPanel(page).locator('h2 .count')).toHaveText(String(seeded.annotated.passages))

  // The passages panel: End goes to the last row of the last group, far below what is rendered.
  await f6To(page, passagesPanel(page))
  const firstHeading = passagesPanel(page).locator('summary').first()
  for (let i = 0; i < 8 && !(await firstHeading.evaluate((s) => s === document.activeElement)); i++) await page.keyboard.press('Tab')
  await expect(firstHeading).toBeFocused()
  await page.keyboard.press('End')
  const lastRow = passagesPanel(page).locator('details').last().locator('li').filter({ has: page.locator('button.passage:focus') })
  await expect(lastRow).toHaveCount(1)
  expect(await lastRow.getAttribute('aria-posinset')).toBe(await lastRow.getAttribute('aria-setsize'))
  await page.keyboard.press('PageUp')
  await expect(focused(page)).toHaveClass(/passage/)

  // All passages: End makes the last of thousands of rows the active one, rendered.
  await f6To(page, page.getByRole('banner'))
  const tabs = page.getByRole('tablist', { name: 'Views' })
  for (let i = 0; i < 12 && !(await tabs.evaluate((t) => t.contains(document.activeElement))); i++) await page.keyboard.press('Tab')
  await page.keyboard.press('ArrowRight')
  const corpus = page.getByRole('listbox', { name: 'Passages across the project' })
  await f6To(page, corpus)
  await expect(corpus).toHaveAttribute('data-ready', 'true')
  const total = seeded.library.passages + seeded.annotated.passages
  await page.keyboard.press('End')
  await expect(corpus).toHaveAttribute('aria-activedescendant', `corpus-row-${total - 1}`)
  await expect(page.locator(`#corpus-row-${total - 1}`)).toHaveAttribute('aria-posinset', String(total))

  expect(await mouseEvents(page)).toEqual([])
})
