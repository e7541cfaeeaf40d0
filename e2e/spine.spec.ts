/**
 * The spine, as an analyst walks it in the desktop app: open the seed article, tag passages
 * with each theme (toolbar and keys), add a note, overlap two passages, reload, undo/redo,
 * export the report — with main-process work done by the real services.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { JSDOM } from 'jsdom'
import {
  article,
  CORPUS,
  errorMessage,
  expectThemeCount,
  highlightOf,
  openApp,
  panelRow,
  passageIdsAround,
  passagesPanel,
  SEED_TITLE,
  selectText,
  storedAnnotations,
  storedPassages,
  tagToolbar,
  themeGroup
} from './support/article'
import { expect, test } from './support/desktopBridge'
import type { Locator } from '@playwright/test'

const ECONOMIC = 'Repeated missile strikes on the gas infrastructure near Odesa'
const HYBRID = 'an attempt by Moscow to exert pressure on Baku'
const CIS = 'the disintegration of the Commonwealth of Independent States (CIS)'
const NOTE = 'Energy routes as leverage — compare with the 2023 gas dispute.'
/** The underline each theme of the default codebook draws, as the browser reports it. */
const UNDERLINE = { economic: 'rgb(217, 119, 6)', hybrid: 'rgb(124, 58, 237)', cis: 'rgb(13, 148, 136)' }

/** The underline colours of the first stretch `highlight` finds, top to bottom (none when there is no such stretch). */
async function underlinesOf(highlight: Locator): Promise<string[]> {
  if ((await highlight.count()) === 0) return []
  const style = (await highlight.first().getAttribute('style')) ?? ''
  return [...style.matchAll(/(rgb\(\d+, \d+, \d+\)) 0px -\d+px 0px inset/g)].map((m) => m[1] as string)
}

test('open, tag, note, overlap, reload, undo/redo and export the seed article', async ({ page, desktop }) => {
  await openApp(page)
  await desktop.openArticle(join(CORPUS, 'seed-article.txt'))
  await expect(article(page).locator('h1')).toHaveText(SEED_TITLE)
  await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: new RegExp(SEED_TITLE.slice(0, 30)) })).toBeVisible()

  // Economic pressure with the toolbar button.
  await selectText(page, ECONOMIC)
  await tagToolbar(page).getByRole('button', { name: 'Economic pressure', exact: true }).click()
  await expectThemeCount(page, 'Economic pressure', 1)

  // Hybrid tactics with its key.
  await selectText(page, HYBRID)
  await page.keyboard.press('2')
  await expectThemeCount(page, 'Hybrid tactics', 1)

  // CIS with the toolbar, then a note from the toolbar on the same passage.
  await selectText(page, CIS)
  await tagToolbar(page).getByRole('button', { name: 'CIS', exact: true }).click()
  await expectThemeCount(page, 'CIS', 1)
  await selectText(page, ECONOMIC)
  await tagToolbar(page).getByRole('button', { name: 'Add note' }).click()
  await tagToolbar(page).getByRole('textbox', { name: 'Note' }).fill(NOTE)
  await tagToolbar(page).getByRole('button', { name: 'Save note' }).click()
  await expect(themeGroup(page, 'Economic pressure').getByText(NOTE)).toBeVisible()

  // A second passage overlapping the first: "gas infrastructure near Odesa — a key route".
  const overlapping = 'the gas infrastructure near Odesa — a key route for Azerbaijani oil exports'
  await selectText(page, overlapping)
  await page.keyboard.press('3')
  await expectThemeCount(page, 'CIS', 2)
  const both = article(page).locator('.hl').filter({ hasText: 'gas infrastructure near Odesa' }).first()
  await expect(both).toHaveAttribute('data-ids', /\S+ \S+/)
  // Two stacked underlines: Economic pressure (#d97706) over CIS (#0d9488).
  await expect(both).toHaveAttribute('style', /rgb\(217, 119, 6\) 0px -2px 0px inset, rgb\(13, 148, 136\) 0px -4px 0px inset/)
  const idSet = (ids: string | null): string[] => (ids ?? '').split(' ').sort()
  const overlapIds = idSet(await both.getAttribute('data-ids'))
  const overlapStyle = (await both.getAttribute('style')) as string
  const idsAroundOverlap = await passageIdsAround(page, overlapping)
  expect(idsAroundOverlap).toHaveLength(2)

  await page.evaluate(() => document.getSelection()?.removeAllRanges())
  await page.screenshot({ path: 'test-results/spine-tagged.png' })

  // Everything is still there after a reload: the app reopens the article that was on screen.
  await expect.poll(() => storedPassages(page, 'seed-article.txt')).toBe(4)
  await page.reload()
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible()
  await expect(article(page).locator('h1')).toHaveText(SEED_TITLE)
  await expectThemeCount(page, 'Economic pressure', 1)
  await expectThemeCount(page, 'Hybrid tactics', 1)
  await expectThemeCount(page, 'CIS', 2)
  await expect(themeGroup(page, 'Economic pressure').getByText(NOTE)).toBeVisible()
  await expect(article(page).locator('.hl').first()).toBeVisible()
  // The overlap reads back as it was: the same two passages on the same stretch, the same stacked underlines.
  const bothAgain = article(page).locator('.hl').filter({ hasText: 'gas infrastructure near Odesa' }).first()
  expect(idSet(await bothAgain.getAttribute('data-ids'))).toEqual(overlapIds)
  await expect(bothAgain).toHaveAttribute('style', overlapStyle)
  await expect(bothAgain).toHaveAttribute('style', /rgb\(217, 119, 6\) 0px -2px 0px inset, rgb\(13, 148, 136\) 0px -4px 0px inset/)
  expect(await passageIdsAround(page, overlapping)).toEqual(idsAroundOverlap)

  // Undo and redo: tag one more, undo it, redo it — its highlight and its row leave and come back.
  const LEFT = 'Azerbaijan no longer participates in CIS activities'
  const idsBefore = await passageIdsAround(page, LEFT)
  await selectText(page, LEFT)
  await page.keyboard.press('3')
  await expectThemeCount(page, 'CIS', 3)
  const added = (await passageIdsAround(page, LEFT)).filter((id) => !idsBefore.includes(id))
  expect(added).toHaveLength(1)
  const left = added[0] as string
  await expect(highlightOf(page, left)).toHaveText([LEFT])
  await expect(panelRow(page, 'CIS', left)).toBeVisible()
  await page.evaluate(() => document.getSelection()?.removeAllRanges())
  await page.keyboard.press('Control+z')
  await expectThemeCount(page, 'CIS', 2)
  await expect(highlightOf(page, left)).toHaveCount(0)
  await expect(panelRow(page, 'CIS', left)).toHaveCount(0)
  expect(await passageIdsAround(page, LEFT)).toEqual(idsBefore)
  await page.keyboard.press('Control+Shift+z')
  await expectThemeCount(page, 'CIS', 3)
  await expect(highlightOf(page, left)).toHaveText([LEFT])
  await expect.poll(() => underlinesOf(highlightOf(page, left))).toEqual([UNDERLINE.cis])
  await expect(panelRow(page, 'CIS', left)).toBeVisible()
  await page.getByRole('button', { name: 'Undo' }).click()
  await expectThemeCount(page, 'CIS', 2)
  await expect(highlightOf(page, left)).toHaveCount(0)
  // The overlap is untouched by all this.
  expect(idSet(await bothAgain.getAttribute('data-ids'))).toEqual(overlapIds)

  // Clicking a passage in the panel scrolls to it and flashes it.
  await themeGroup(page, 'CIS').getByRole('button', { name: /Commonwealth of Independent States/ }).click()
  await expect(article(page).locator('.hl-flash')).toContainText('Commonwealth of Independent States')

  // Export through the native-menu path (the report dialog), saved by main with an atomic write.
  await desktop.menu('export')
  await page.getByRole('dialog', { name: 'Export report' }).getByRole('button', { name: 'Export', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: 'saved to' })).toBeVisible()
  expect(desktop.savedReports).toHaveLength(1)
  const html = await readFile(desktop.savedReports[0] as string, 'utf8')
  expect(html).not.toMatch(/<script/i)
  const report = new JSDOM(html).window.document
  const section = (theme: string): Element => report.querySelector(`section.theme[data-theme="${theme}"]`) as Element
  expect(section('Economic pressure').textContent).toContain(ECONOMIC)
  expect(section('Economic pressure').textContent).toContain(NOTE)
  expect(section('Hybrid tactics').textContent).toContain(HYBRID)
  expect(section('CIS').textContent).toContain(CIS)
  expect(section('CIS').textContent).toContain(overlapping)
  expect(report.querySelector('h1')?.textContent).toContain(SEED_TITLE)

  // Opened in Chromium, the report shows the highlighted article and the passages by theme.
  await page.goto(`file://${desktop.savedReports[0] as string}`)
  await expect(page.locator('h1')).toContainText(SEED_TITLE)
  await expect(page.locator('#article mark.hl').first()).toBeVisible()
  await expect(page.locator('#article mark.hl[data-depth="2"]')).toContainText('gas infrastructure near Odesa')
  await expect(page.locator('section.theme')).toHaveCount(3)
  await page.screenshot({ path: 'test-results/spine-report.png', fullPage: true })
})

test('clicking a highlight shows its themes and note, to retag or delete it', async ({ page, desktop }) => {
  await openApp(page)
  await desktop.openArticle(join(CORPUS, 'seed-article.txt'))
  await selectText(page, HYBRID)
  await page.keyboard.press('1')
  await page.keyboard.press('2')
  await page.evaluate(() => document.getSelection()?.removeAllRanges())
  await expectThemeCount(page, 'Economic pressure', 1)
  await expectThemeCount(page, 'Hybrid tactics', 1)
  const [id] = await passageIdsAround(page, HYBRID)

  await article(page).locator('.hl').first().click()
  const dialog = page.getByRole('dialog', { name: 'Passage' })
  await expect(dialog).toContainText(HYBRID)
  await dialog.getByRole('button', { name: 'Remove theme Economic pressure' }).click()
  await expectThemeCount(page, 'Economic pressure', 0)
  await dialog.getByRole('textbox').fill('Proxy pressure, not sanctions.')
  await dialog.getByRole('button', { name: 'Add theme CIS' }).click()
  await expect(themeGroup(page, 'Hybrid tactics').getByText('Proxy pressure, not sanctions.')).toBeVisible()
  await expectThemeCount(page, 'CIS', 1)
  await dialog.getByRole('button', { name: 'Delete passage' }).click()
  await expectThemeCount(page, 'Hybrid tactics', 0)
  await expect(article(page).locator('.hl')).toHaveCount(0)
  await page.keyboard.press('Control+z')
  await expectThemeCount(page, 'Hybrid tactics', 1)
  // The deleted passage comes back whole: its highlight, its other theme, its note — not the theme removed before.
  await expect(highlightOf(page, id as string)).toHaveText([HYBRID])
  await expect.poll(() => underlinesOf(highlightOf(page, id as string))).toEqual([UNDERLINE.hybrid, UNDERLINE.cis])
  await expectThemeCount(page, 'CIS', 1)
  await expectThemeCount(page, 'Economic pressure', 0)
  await expect(panelRow(page, 'CIS', id as string)).toBeVisible()
  await expect(panelRow(page, 'Hybrid tactics', id as string)).toContainText('Proxy pressure, not sanctions.')
  await page.keyboard.press('Escape')
  await highlightOf(page, id as string).first().click()
  await expect(dialog.getByRole('textbox')).toHaveValue('Proxy pressure, not sanctions.')
  await expect(dialog.getByRole('button', { name: /^Remove theme / })).toHaveText(['×', '×'])
  await expect(dialog.getByRole('button', { name: 'Remove theme Hybrid tactics' })).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Remove theme CIS' })).toBeVisible()
})

test('undo takes back a removed theme, an edited note and a retag, one step at a time, and it is kept', async ({ page, desktop }) => {
  await openApp(page)
  await desktop.openArticle(join(CORPUS, 'seed-article.txt'))
  await selectText(page, HYBRID)
  await page.keyboard.press('1')
  await page.keyboard.press('2')
  await page.evaluate(() => document.getSelection()?.removeAllRanges())
  await expectThemeCount(page, 'Hybrid tactics', 1)
  const [id] = await passageIdsAround(page, HYBRID)
  const highlight = highlightOf(page, id as string)
  const dialog = page.getByRole('dialog', { name: 'Passage' })
  const underlines = (): Promise<string[]> => underlinesOf(highlight)
  await expect.poll(underlines).toEqual([UNDERLINE.economic, UNDERLINE.hybrid])

  // Removing a theme, undone.
  await highlight.first().click()
  await dialog.getByRole('button', { name: 'Remove theme Economic pressure' }).click()
  await expectThemeCount(page, 'Economic pressure', 0)
  await expect.poll(underlines).toEqual([UNDERLINE.hybrid])
  await page.keyboard.press('Control+z')
  await expectThemeCount(page, 'Economic pressure', 1)
  await expect.poll(underlines).toEqual([UNDERLINE.economic, UNDERLINE.hybrid])
  await expect(dialog.getByRole('button', { name: 'Remove theme Economic pressure' })).toBeVisible()
  await page.keyboard.press('Escape')

  // Editing a note, undone: the earlier note is back, in the panel and the popover.
  await highlight.first().click()
  await dialog.getByRole('textbox').fill('First reading.')
  await page.keyboard.press('Escape')
  await expect(panelRow(page, 'Hybrid tactics', id as string)).toContainText('First reading.')
  await highlight.first().click()
  await dialog.getByRole('textbox').fill('Second reading.')
  await page.keyboard.press('Escape')
  await expect(panelRow(page, 'Hybrid tactics', id as string)).toContainText('Second reading.')
  await page.keyboard.press('Control+z')
  await expect(panelRow(page, 'Hybrid tactics', id as string)).toContainText('First reading.')
  await highlight.first().click()
  await expect(dialog.getByRole('textbox')).toHaveValue('First reading.')
  await page.keyboard.press('Escape')

  // Retagging the same passage from the toolbar, undone: the same passage, not a new one.
  await selectText(page, HYBRID)
  await expect(tagToolbar(page).getByRole('button', { name: 'Hybrid tactics', exact: true })).toHaveAttribute('aria-pressed', 'true')
  await page.keyboard.press('3')
  await expectThemeCount(page, 'CIS', 1)
  expect(await passageIdsAround(page, HYBRID)).toEqual([id])
  await expect.poll(underlines).toEqual([UNDERLINE.economic, UNDERLINE.hybrid, UNDERLINE.cis])
  await page.evaluate(() => document.getSelection()?.removeAllRanges())
  await page.keyboard.press('Control+z')
  await expectThemeCount(page, 'CIS', 0)
  await expect.poll(underlines).toEqual([UNDERLINE.economic, UNDERLINE.hybrid])

  // Retagging from the popover, undone with Cmd+Z, redone with Ctrl+Y.
  await highlight.first().click()
  await dialog.getByRole('button', { name: 'Add theme CIS' }).click()
  await expectThemeCount(page, 'CIS', 1)
  await page.keyboard.press('Meta+z')
  await expectThemeCount(page, 'CIS', 0)
  await page.keyboard.press('Control+y')
  await expectThemeCount(page, 'CIS', 1)
  await page.keyboard.press('Control+z')
  await expectThemeCount(page, 'CIS', 0)
  await page.keyboard.press('Escape')

  // What the undos left is what is stored.
  const stored = async (): Promise<[string, number, string][] | undefined> =>
    (await storedAnnotations(page, 'seed-article.txt'))?.map((a) => [a.id, a.tagIds.length, a.note])
  await expect.poll(stored).toEqual([[id, 2, 'First reading.']])
  await page.reload()
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible()
  await expectThemeCount(page, 'Economic pressure', 1)
  await expectThemeCount(page, 'Hybrid tactics', 1)
  await expectThemeCount(page, 'CIS', 0)
  await expect(panelRow(page, 'Hybrid tactics', id as string)).toContainText('First reading.')
  await expect.poll(underlines).toEqual([UNDERLINE.economic, UNDERLINE.hybrid])
})

test('Ctrl/Cmd+O opens an article, Ctrl/Cmd+E exports it, Ctrl+Y and Ctrl/Cmd+Shift+Z redo', async ({ page, desktop }) => {
  await openApp(page)
  desktop.nextArticle = join(CORPUS, 'seed-article.txt')
  await page.keyboard.press('Control+o')
  await expect(article(page).locator('h1')).toHaveText(SEED_TITLE)
  await selectText(page, CIS)
  await page.keyboard.press('3')
  await page.evaluate(() => document.getSelection()?.removeAllRanges())
  await expectThemeCount(page, 'CIS', 1)
  await page.keyboard.press('Control+z')
  await expectThemeCount(page, 'CIS', 0)
  await page.keyboard.press('Control+y')
  await expectThemeCount(page, 'CIS', 1)
  await page.keyboard.press('Meta+z')
  await expectThemeCount(page, 'CIS', 0)
  await page.keyboard.press('Meta+Shift+z')
  await expectThemeCount(page, 'CIS', 1)

  await page.keyboard.press('Control+e')
  await page.getByRole('dialog', { name: 'Export report' }).getByRole('button', { name: 'Export', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: 'saved to' })).toBeVisible()
  expect(desktop.savedReports).toHaveLength(1)
  const report = new JSDOM(await readFile(desktop.savedReports[0] as string, 'utf8')).window.document
  expect(report.querySelector('section.theme[data-theme="CIS"] li.passage .quote')?.textContent).toBe(CIS)

  // The Mac keys, the same commands.
  desktop.nextArticle = join(CORPUS, 'seed-article.md')
  await page.keyboard.press('Meta+o')
  await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'Article details' })).toHaveCount(2)
  await expect(page.getByRole('navigation', { name: 'Library' }).locator('[aria-current="true"]')).toContainText('seed-article.md')
  await page.keyboard.press('Meta+e')
  await page.getByRole('dialog', { name: 'Export report' }).getByRole('button', { name: 'Export', exact: true }).click()
  await expect.poll(() => desktop.savedReports.length).toBe(2)
})

test('number keys tag with themes beyond the third, up to the ninth', async ({ page, desktop }) => {
  await openApp(page)
  await desktop.openArticle(join(CORPUS, 'seed-article.txt'))
  const phrases = [
    'Moldova has officially withdrawn from the organization',
    'The international community should not be surprised',
    'Russia must respect international law and act accordingly',
    'Baku has demonstrated clarity and strength',
    'Its agenda is ignored not only by Azerbaijan',
    'First and foremost, it must abandon aggression and predatory behavior',
    'the post-Soviet space'
  ]
  // Themes 4 to 10, each added inline on a passage of its own.
  for (const [i, phrase] of phrases.entries()) {
    await selectText(page, phrase)
    await tagToolbar(page).getByRole('button', { name: 'New theme' }).click()
    await tagToolbar(page).getByRole('textbox', { name: 'New theme name' }).fill(`Theme ${i + 4}`)
    await tagToolbar(page).getByRole('button', { name: 'Add theme' }).click()
    await expectThemeCount(page, `Theme ${i + 4}`, 1)
  }
  await selectText(page, 'Especially given that such incidents have occurred more than once')
  const toolbar = tagToolbar(page)
  await expect(toolbar.getByRole('button', { name: 'Theme 9', exact: true })).toHaveAttribute('aria-keyshortcuts', '9')
  await expect(toolbar.getByRole('button', { name: 'Theme 10', exact: true })).not.toHaveAttribute('aria-keyshortcuts', /./)
  await page.keyboard.press('9')
  await expectThemeCount(page, 'Theme 9', 2)
  await page.keyboard.press('5')
  await expectThemeCount(page, 'Theme 5', 2)
  await page.keyboard.press('0')
  await expect(toolbar.getByRole('button', { name: 'Theme 9', exact: true })).toHaveAttribute('aria-pressed', 'true')
  await expect(toolbar.getByRole('button', { name: 'Theme 5', exact: true })).toHaveAttribute('aria-pressed', 'true')
  await expect(toolbar.getByRole('button', { name: 'Theme 10', exact: true })).toHaveAttribute('aria-pressed', 'false')
  await expectThemeCount(page, 'Theme 10', 1)
  for (const n of [4, 6, 7, 8]) await expectThemeCount(page, `Theme ${n}`, 1)
  await expect(themeGroup(page, 'Theme 9').getByRole('button', { name: /Especially given that such incidents/ })).toBeVisible()
})

test('the library counts each article’s passages, and opening the same file again brings its passages back', async ({ page, desktop }) => {
  await openApp(page)
  const library = page.getByRole('navigation', { name: 'Library' })
  /** An article's row in the library: its button (title, byline with the file name), its counts. */
  const entry = (fileName: string): Locator => library.getByRole('listitem').filter({ has: page.getByRole('button', { name: fileName }) })
  await desktop.openArticle(join(CORPUS, 'seed-article.txt'))
  await expect(entry('seed-article.txt')).toContainText(/\b0 passages\b/)
  await selectText(page, ECONOMIC)
  await page.keyboard.press('1')
  await selectText(page, HYBRID)
  await page.keyboard.press('2')
  await page.evaluate(() => document.getSelection()?.removeAllRanges())
  await expect(entry('seed-article.txt')).toContainText(/\b2 passages\b/)
  const ids = [...(await passageIdsAround(page, ECONOMIC)), ...(await passageIdsAround(page, HYBRID))].sort()
  expect(ids).toHaveLength(2)

  // Another article: its own entry and count, none of the first one's passages.
  await desktop.openArticle(join(CORPUS, 'seed-article.md'))
  await expect(entry('seed-article.md')).toContainText(/\b0 passages\b/)
  await expect(article(page).locator('.hl')).toHaveCount(0)
  await expect(entry('seed-article.txt')).toContainText(/\b2 passages\b/)

  // The first file opened again: the same entry, the same passages.
  await desktop.openArticle(join(CORPUS, 'seed-article.txt'))
  await expect(library.getByRole('button', { name: 'Article details' })).toHaveCount(2)
  await expect(entry('seed-article.txt').getByRole('button', { name: 'seed-article.txt' })).toHaveAttribute('aria-current', 'true')
  await expectThemeCount(page, 'Economic pressure', 1)
  await expectThemeCount(page, 'Hybrid tactics', 1)
  expect([...(await passageIdsAround(page, ECONOMIC)), ...(await passageIdsAround(page, HYBRID))].sort()).toEqual(ids)

  // Deleting one is counted at once, and the count is kept.
  await highlightOf(page, (await passageIdsAround(page, HYBRID))[0] as string).first().click()
  await page.getByRole('dialog', { name: 'Passage' }).getByRole('button', { name: 'Delete passage' }).click()
  await expect(entry('seed-article.txt')).toContainText(/\b1 passage\b/)
  await expect.poll(() => storedPassages(page, 'seed-article.txt')).toBe(1)
  await page.reload()
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible()
  await expectThemeCount(page, 'Hybrid tactics', 0)
  await expectThemeCount(page, 'Economic pressure', 1)
  await expect(entry('seed-article.txt')).toContainText(/\b1 passage\b/)
  await expect(entry('seed-article.md')).toContainText(/\b0 passages\b/)
})

test('a new theme added inline gets its own colour and tags the selection', async ({ page, desktop }) => {
  await openApp(page)
  await desktop.openArticle(join(CORPUS, 'seed-article.txt'))
  await selectText(page, CIS)
  await tagToolbar(page).getByRole('button', { name: 'New theme' }).click()
  await tagToolbar(page).getByRole('textbox', { name: 'New theme name' }).fill('Energy security')
  await tagToolbar(page).getByRole('button', { name: 'Add theme' }).click()
  await expectThemeCount(page, 'Energy security', 1)
  await expect(tagToolbar(page).getByRole('button', { name: 'Energy security', exact: true })).toHaveAttribute('aria-keyshortcuts', '4')
  await expect(article(page).locator('.hl').first()).toHaveAttribute('style', /rgb\(240, 72, 112\)/)

  // A duplicate name is refused with a sentence, and nothing changes.
  await tagToolbar(page).getByRole('button', { name: 'New theme' }).click()
  await tagToolbar(page).getByRole('textbox', { name: 'New theme name' }).fill('cis')
  await tagToolbar(page).getByRole('button', { name: 'Add theme' }).click()
  await expect(page.getByRole('alert')).toContainText('There is already a theme called “CIS” at the top of the codebook.')
  await expect(passagesPanel(page).locator('details[data-theme]')).toHaveCount(4)
})

test('a file that cannot be opened gets one clear sentence and nothing is saved', async ({ page, desktop }) => {
  await openApp(page)
  await desktop.openArticle(join(desktop.reportDir, 'missing.txt'))
  await expect(page.getByRole('alert')).toContainText('missing.txt')
  await expect(errorMessage(page)).toHaveText('“missing.txt” could not be found; it may have been moved or deleted.')
  await expect(page.getByRole('navigation', { name: 'Library' })).toContainText('Articles you open are kept here.')
})
