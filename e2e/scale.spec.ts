/**
 * The app at 10,000 passages on a 1 MB article behaves exactly as at 10: selecting shows the
 * toolbar, tagging adds a highlight and a panel row, overlaps show both themes, the panel lists
 * every passage and jumps to the last one, undo takes the new one back. Correctness only: the
 * timings are `npm run bench`'s. The data is the benchmark's (bench/data.ts), seeded into the app's
 * IndexedDB as the benchmark does it.
 */
import { expect, test, type Page } from '@playwright/test'
import { BENCH_SEED, FULL_SIZES, generateArticle, generatePassages } from '../bench/data'
import { routeBenchModules } from '../bench/modules'
import type { ArticleScenario } from '../bench/seed'
import { article, barsOnScreen, expectThemeCount, highlightOf, misalignedBars, openApp, panelRow, passageIdsAround, passagesPanel, selectText, tagToolbar, themeGroup } from './support/article'

const THEMES = ['Economic pressure', 'Hybrid tactics', 'CIS']

async function seed(page: Page): Promise<ArticleScenario> {
  await routeBenchModules(page)
  await openApp(page)
  const scenario = await page.evaluate(
    async ({ seed, sizes }) => ((await import('/__bench/seed.ts' as string)) as typeof import('../bench/seed')).seedArticle(seed, sizes),
    { seed: BENCH_SEED, sizes: FULL_SIZES }
  )
  await page.reload()
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible()
  return scenario
}

test('at 10,000 passages: select, tag, overlaps, the panel, jumping to a passage and undo work as at 10', async ({ page }) => {
  test.setTimeout(90_000)
  const source = generateArticle(BENCH_SEED, FULL_SIZES.articleChars)
  const specs = generatePassages(BENCH_SEED, source, FULL_SIZES.highlights, THEMES.length)
  const scenario = await seed(page)
  expect(scenario.passages).toBe(10_000)

  await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: scenario.annotatedTitle }).click()
  await expect(article(page).locator('h1')).toHaveText(source.title)
  const count = passagesPanel(page).locator('h2 .count')
  await expect(count).toHaveText('10,000')
  // Every passage is listed under each of its themes (and the note-only ones under "No theme").
  for (const [t, name] of THEMES.entries()) await expectThemeCount(page, name, specs.filter((s) => s.themes.includes(t)).length)
  await expectThemeCount(page, 'No theme', specs.filter((s) => s.themes.length === 0).length)
  await expect(article(page).locator('.hl').first()).toBeVisible()

  // Overlapping passages of different themes render as one stretch showing both: two ids, two underlines.
  const overlaps = await article(page)
    .locator('.hl')
    .evaluateAll((marks) => marks.filter((m) => (m.getAttribute('data-ids') ?? '').split(' ').length >= 2 && (m.getAttribute('style')?.match(/inset/g)?.length ?? 0) >= 2).length)
  expect(overlaps).toBeGreaterThan(0)
  await page.screenshot({ path: 'test-results/scale-10k-open.png' })

  // A window made taller (maximised) shows bars beyond the screen they were placed for: they are placed too.
  const size = page.viewportSize() as { width: number; height: number }
  const placed = await barsOnScreen(page)
  await page.setViewportSize({ width: size.width, height: size.height * 3 })
  await expect.poll(() => barsOnScreen(page)).toBeGreaterThan(placed)
  await expect.poll(() => misalignedBars(page, true)).toEqual([])
  await page.setViewportSize(size)

  // Select the first words of the first paragraph: the toolbar shows; a key tags it.
  const firstParagraph = source.blocks[1]?.text ?? ''
  const phrase = firstParagraph.split(' ').slice(0, 4).join(' ')
  const before = specs.filter((s) => s.themes.includes(0)).length
  // Most of the text is highlighted already: what tagging adds is told by ids, not by a highlight being there.
  const idsBefore = await passageIdsAround(page, phrase)
  expect(idsBefore.length).toBeGreaterThan(0)
  await selectText(page, phrase)
  await expect(tagToolbar(page).getByRole('button', { name: 'Economic pressure', exact: true })).toBeVisible()
  await page.keyboard.press('1')
  await expect(count).toHaveText('10,001')
  await expectThemeCount(page, 'Economic pressure', before + 1)
  await expect(themeGroup(page, 'Economic pressure').getByRole('button', { name: phrase }).first()).toBeVisible()
  const fresh = article(page).locator('.hl').filter({ hasText: phrase.split(' ')[0] as string }).first()
  await expect(fresh).toBeVisible()
  const added = (await passageIdsAround(page, phrase)).filter((id) => !idsBefore.includes(id))
  expect(added).toHaveLength(1)
  const id = added[0] as string
  await expect(highlightOf(page, id).first()).toBeVisible()
  expect((await highlightOf(page, id).allTextContents()).join('')).toBe(phrase)
  await expect(panelRow(page, 'Economic pressure', id)).toBeVisible()
  await expect(panelRow(page, 'Economic pressure', id).locator('.quote')).toHaveText(phrase)

  // Undo takes the new passage back, in the article and in the panel.
  await page.evaluate(() => document.getSelection()?.removeAllRanges())
  await page.keyboard.press('Control+z')
  await expect(count).toHaveText('10,000')
  await expectThemeCount(page, 'Economic pressure', before)
  await expect(highlightOf(page, id)).toHaveCount(0)
  await expect(panelRow(page, 'Economic pressure', id)).toHaveCount(0)
  expect(await passageIdsAround(page, phrase)).toEqual(idsBefore)

  // The last passage of the panel: scrolled into view in the article and flashed.
  const panel = passagesPanel(page)
  await panel.evaluate((aside) => aside.scrollTo(0, aside.scrollHeight))
  // The list renders the rows of the new scroll position a frame later: wait for the very last one.
  const lastRow = panel.locator('details[data-theme]').last().locator('li').last()
  await expect(lastRow).toHaveAttribute('aria-posinset', (await panel.locator('details[data-theme]').last().locator('summary .n').textContent()) ?? '')
  const last = lastRow.locator('button.passage')
  await expect(last).toBeVisible()
  const squeeze = (text: string): string => text.replace(/\s+/g, '')
  const lastQuote = squeeze(((await last.locator('.quote').textContent()) ?? '').replace(/…$/, '')).slice(0, 20)
  await last.click()
  // The flash lasts a little over a second: check at once that it is on screen and is that passage.
  await expect(article(page).locator('.hl-flash').first()).toBeInViewport()
  await expect
    .poll(async () => squeeze((await article(page).locator('.hl-flash').allTextContents()).join('')), { timeout: 1000 })
    .toContain(lastQuote)
  // The coding bars there, in a part of the article the browser had not laid out before the jump, are beside their lines.
  await expect.poll(() => barsOnScreen(page)).toBeGreaterThan(10)
  await expect.poll(() => misalignedBars(page, true)).toEqual([])

  // Narrowing the panel to one theme lists only that theme, with all of its passages.
  const hybrid = specs.filter((s) => s.themes.includes(1)).length
  await panel.getByRole('combobox', { name: 'Show passages of' }).selectOption({ label: `Hybrid tactics (${hybrid.toLocaleString('en-US')})` })
  await expect(panel.locator('details[data-theme]')).toHaveCount(1)
  await expectThemeCount(page, 'Hybrid tactics', hybrid)

  await page.evaluate(() => document.getSelection()?.removeAllRanges())
  await page.screenshot({ path: 'test-results/scale-10k.png' })
})
