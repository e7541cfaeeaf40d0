/**
 * Seeing the pattern on the seed article: coding stripes reach each of several overlapping passages,
 * the document portrait jumps, and the Analysis view shows what a hand count says, lists the passages
 * behind a cell, and exports its charts and tables.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { importFile } from '../src/main/services/importFile'
import { article, barsOnScreen, CORPUS, expectThemeCount, misalignedBars, openApp, selectText } from './support/article'
import { expect, test } from './support/desktopBridge'

// Paragraph 2 (passages A, B, C overlap on "the gas infrastructure"; E sits further on), paragraph 3 (D).
const A = 'Repeated missile strikes on the gas infrastructure near Odesa'
const B = 'the gas infrastructure near Odesa — a key route for Azerbaijani oil exports'
const C = 'missile strikes on the gas infrastructure'
const D = 'an attempt by Moscow to exert pressure on Baku'
const E = 'SOCAR gas station'

async function tag(page: Page, phrase: string, key: string): Promise<void> {
  await selectText(page, phrase)
  await page.keyboard.press(key)
}

async function tagOverlapping(page: Page): Promise<void> {
  await tag(page, A, '1')
  await expectThemeCount(page, 'Economic pressure', 1)
  await tag(page, B, '3')
  await expectThemeCount(page, 'CIS', 1)
  await tag(page, C, '1')
  await expectThemeCount(page, 'Economic pressure', 2)
  await page.evaluate(() => document.getSelection()?.removeAllRanges())
}

function stripes(page: Page) {
  return article(page).locator('.stripe')
}

test('stripes: a bar per passage beside its lines, each reachable where passages overlap', async ({ page, desktop }) => {
  await openApp(page)
  await desktop.openArticle(join(CORPUS, 'seed-article.txt'))
  await tagOverlapping(page)
  await expect(stripes(page)).toHaveCount(3)
  expect(await misalignedBars(page)).toEqual([])
  // Bars follow the lines when the text reflows: a larger text size, a narrower window.
  await page.keyboard.press('Control+=')
  await page.keyboard.press('Control+=')
  await expect.poll(() => misalignedBars(page)).toEqual([])
  const size = page.viewportSize() as { width: number; height: number }
  await page.setViewportSize({ width: 1100, height: size.height })
  // Bars are placed as the reader comes near them: the passages are brought into view.
  const firstPassage = article(page).locator('.hl').first()
  await firstPassage.scrollIntoViewIfNeeded()
  await expect.poll(() => barsOnScreen(page)).toBe(3)
  await expect.poll(() => misalignedBars(page, true)).toEqual([])
  await page.setViewportSize(size)
  await page.keyboard.press('Control+0')
  await firstPassage.scrollIntoViewIfNeeded()
  await expect.poll(() => barsOnScreen(page)).toBe(3)
  await expect.poll(() => misalignedBars(page)).toEqual([])
  // Hovering a bar tells its theme and how its quote starts.
  for (const bar of await stripes(page).all()) await bar.hover()
  await expect(stripes(page).and(page.locator('[title^="CIS — “the gas infrastructure near Odesa"]'))).toHaveCount(1)
  await expect(stripes(page).and(page.locator('[title^="Economic pressure — “missile strikes on the gas infrastructure”"]'))).toHaveCount(1)

  // Where all three overlap ("infrastructure" on the paragraph's first line), each bar opens its own passage.
  const y = await page.evaluate(() => {
    const block = [...document.querySelectorAll('.article .ProseMirror > section > p')].find((p) => p.textContent?.includes('near Odesa')) as Element
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf('infrastructure') ?? -1
      if (at < 0) continue
      const range = document.createRange()
      range.setStart(node, at)
      range.setEnd(node, at + 'infrastructure'.length)
      const box = range.getBoundingClientRect()
      return box.top + box.height / 2
    }
    throw new Error('no "infrastructure" in the paragraph')
  })
  const bars = await stripes(page).evaluateAll((elements, y) =>
    elements.map((e) => e.getBoundingClientRect()).filter((r) => r.top <= y && r.bottom >= y).map((r) => r.left + r.width / 2),
  y)
  expect(bars).toHaveLength(3)
  const reached: string[] = []
  const dialog = page.getByRole('dialog', { name: 'Passage' })
  for (const x of bars) {
    await page.mouse.click(x, y)
    await expect(dialog.locator('blockquote')).toHaveCount(1)
    reached.push((await dialog.locator('blockquote').textContent()) ?? '')
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
  }
  expect(reached.sort()).toEqual([A, B, C].sort())

  // Light and dark, looked at.
  await page.screenshot({ path: 'test-results/stripes-light.png' })
  await page.keyboard.press('Control+Shift+D')
  await page.screenshot({ path: 'test-results/stripes-dark.png' })
  await page.keyboard.press('Control+Shift+D')

  // The tiny portrait in the library row shows the themes.
  await expect(page.getByRole('navigation', { name: 'Library' }).locator('.portrait')).toHaveAttribute('style', /linear-gradient/)

  // The button and the View menu both turn the stripes off and on.
  const toggle = page.getByRole('button', { name: 'Coding stripes' })
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  await toggle.click()
  await expect(stripes(page)).toHaveCount(0)
  await toggle.click()
  await expect(stripes(page)).toHaveCount(3)
  await desktop.menu('toggle-stripes')
  await expect(stripes(page)).toHaveCount(0)
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  await desktop.menu('toggle-stripes')
  await expect(stripes(page)).toHaveCount(3)

  // A click low on the document portrait scrolls the article there.
  const pane = page.locator('main.article-pane')
  expect(await pane.evaluate((p) => p.scrollTop)).toBe(0)
  const portrait = page.getByRole('img', { name: /Document portrait/ })
  const box = (await portrait.boundingBox()) as { x: number; y: number; width: number; height: number }
  await page.mouse.click(box.x + box.width / 2, box.y + box.height * 0.95)
  await expect.poll(() => pane.evaluate((p) => p.scrollTop)).toBeGreaterThan(500)
})

test('Analysis: frequencies, coverage and co-occurrence as counted by hand; cells list their passages; exports', async ({ page, desktop }) => {
  const path = join(CORPUS, 'seed-article.txt')
  const { text } = await importFile(path)
  await openApp(page)
  await desktop.openArticle(path)
  await tagOverlapping(page)
  await tag(page, D, '2')
  await tag(page, E, '2')
  await expectThemeCount(page, 'Hybrid tactics', 2)
  await page.evaluate(() => document.getSelection()?.removeAllRanges())

  await page.getByRole('tab', { name: 'Analysis' }).click()
  const view = page.getByRole('region', { name: 'Analysis' })
  const table = view.getByRole('table').first()
  const row = (theme: string) => table.getByRole('row', { name: new RegExp(`^${theme}`) })
  const share = (chars: number): string => `${((chars / text.length) * 100).toFixed(1)}%`
  // Economic pressure: A and C, C inside A, so A's 61 characters; Hybrid: D and E apart; CIS: B.
  await expect(row('Economic pressure').getByRole('cell')).toHaveText(['2', '1', String(A.length), share(A.length)])
  await expect(row('Hybrid tactics').getByRole('cell')).toHaveText(['2', '1', String(D.length + E.length), share(D.length + E.length)])
  await expect(row('CIS').getByRole('cell')).toHaveText(['1', '1', String(B.length), share(B.length)])
  // Any theme: A ∪ B ∪ C is A plus the part of B after "near Odesa", then D and E.
  const union = B.length + A.indexOf('the gas') + D.length + E.length
  await expect(row('Any theme').getByRole('cell')).toHaveText(['5', '1 of 1', `${union.toLocaleString('en-US')} of ${text.length.toLocaleString('en-US')}`, share(union)])
  await expect(view.locator('figure svg')).toBeVisible()

  // Sorting by passages, most first: CIS (1) goes last.
  await table.getByRole('button', { name: 'Passages', exact: true }).click()
  await expect(table.locator('tbody th')).toHaveText(['Economic pressure', 'Hybrid tactics', 'CIS'])
  await expect(table.getByRole('columnheader', { name: 'Passages' })).toHaveAttribute('aria-sort', 'descending')

  // The table as CSV: a byte-order mark, the header, the hand-counted row.
  const csvDownload = page.waitForEvent('download')
  await view.locator('section.table-frame').getByRole('button', { name: 'Export CSV' }).click()
  const csv = await readFile(await (await csvDownload).path(), 'utf8')
  expect(csv.startsWith('\uFEFFTheme,Path,Passages,Articles,Characters,Share of text\r\n')).toBe(true)
  expect(csv).toContain(`\r\nEconomic pressure,Economic pressure,2,1,${A.length},${Number((A.length / text.length).toFixed(6))}\r\n`)

  await page.screenshot({ path: 'test-results/analysis-light.png' })

  // The same counts for the open article, counted in the page instead of the worker.
  await view.getByRole('combobox', { name: 'Scope' }).selectOption('article')
  await expect(row('Hybrid tactics').getByRole('cell')).toHaveText(['2', '1', String(D.length + E.length), share(D.length + E.length)])

  // Co-occurrence: A–B and C–B overlap; by paragraph, E joins A, B and C.
  await view.getByRole('tab', { name: 'Co-occurrence' }).click()
  const heatmap = view.locator('figure')
  await expect(heatmap.locator('svg')).toBeVisible()
  await heatmap.getByRole('button', { name: 'Show as table' }).click()
  const numbers = heatmap.getByRole('table')
  const cellOf = (theme: string) => numbers.getByRole('row', { name: new RegExp(`^${theme}`) }).getByRole('cell')
  await expect(cellOf('Economic pressure')).toHaveText(['2', '0', '2'])
  await expect(cellOf('Hybrid tactics')).toHaveText(['0', '2', '0'])
  await expect(cellOf('CIS')).toHaveText(['2', '0', '1'])
  await view.getByRole('combobox', { name: 'Count passages that' }).selectOption('paragraph')
  await expect(cellOf('Economic pressure')).toHaveText(['2', '2', '2'])
  await expect(cellOf('CIS')).toHaveText(['2', '1', '1'])
  await view.getByRole('combobox', { name: 'Count passages that' }).selectOption('overlap')
  await expect(cellOf('Economic pressure')).toHaveText(['2', '0', '2'])
  await heatmap.getByRole('button', { name: 'Show as chart' }).click()

  // A chart as SVG: a standalone file with its title and the theme names.
  const svgDownload = page.waitForEvent('download')
  await heatmap.getByRole('button', { name: 'Export SVG' }).click()
  const svgFile = await svgDownload
  expect(svgFile.suggestedFilename()).toMatch(/\.svg$/)
  const svg = await readFile(await svgFile.path(), 'utf8')
  expect(svg).toMatch(/^<\?xml[^>]*>\n<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/)
  expect(svg).toContain('<title>Co-occurrence of themes (overlapping passages)</title>')
  expect(svg).toContain('Economic pressure')
  const pngDownload = page.waitForEvent('download')
  await heatmap.getByRole('button', { name: 'Export PNG' }).click()
  const png = await readFile(await (await pngDownload).path())
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

  await page.screenshot({ path: 'test-results/analysis-cooccurrence-light.png' })
  await page.keyboard.press('Control+Shift+D')
  await page.screenshot({ path: 'test-results/analysis-cooccurrence-dark.png' })
  await page.keyboard.press('Control+Shift+D')

  // A click on the Economic pressure × CIS cell (row 1, column 3 of 3) lists its two pairs; opening one shows both passages.
  const grid = (await heatmap.locator('svg g[aria-label="raster"] image').boundingBox()) as { x: number; y: number; width: number; height: number }
  await page.mouse.click(grid.x + (grid.width * 2.5) / 3, grid.y + (grid.height * 0.5) / 3)
  const list = view.getByRole('region', { name: 'Economic pressure × CIS: passage pairs' })
  await expect(list.getByRole('listitem')).toHaveCount(2)
  await list.getByRole('listitem').filter({ hasText: `“${C}”` }).getByRole('button').click()
  const dialog = page.getByRole('dialog', { name: 'Passage' })
  await expect(dialog.locator('blockquote')).toHaveText([C, B])
  await expect(page.getByRole('tab', { name: 'Article' })).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Escape')

  // Theme × article: its table's cell lists that theme's passages in the article.
  await page.getByRole('tab', { name: 'Analysis' }).click()
  await view.getByRole('tab', { name: 'Theme × article' }).click()
  await expect(view.locator('figure svg g[aria-label="raster"] image')).toHaveCount(1)
  await view.locator('figure').getByRole('button', { name: 'Show as table' }).click()
  await view.locator('figure').getByRole('table').getByRole('row', { name: /^Hybrid tactics/ }).getByRole('button', { name: '2' }).click()
  await expect(view.getByRole('region', { name: /^Hybrid tactics in/ }).getByText(`“${D}”`)).toBeVisible()

  // The timeline has the article's date (2025-08-08): August 2025.
  await view.getByRole('tab', { name: 'Timeline' }).click()
  await view.locator('figure').getByRole('button', { name: 'Show as table' }).click()
  await expect(view.locator('figure').getByRole('table').getByRole('columnheader')).toHaveText(['Theme', '2025-08', 'No date'])
  await page.keyboard.press('Control+Shift+D')
  await view.locator('figure').getByRole('button', { name: 'Show as chart' }).click()
  await page.screenshot({ path: 'test-results/analysis-timeline-dark.png' })
})
