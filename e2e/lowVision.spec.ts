/**
 * For readers who see less well or are bothered by motion: reduced motion turns the jump flash into
 * a still outline; Windows high contrast (forced colours) still shows every passage, outlined; every
 * control shows where the keyboard is; the article's text size and width are settings that stay.
 * Screenshots of each state go to test-results/ to be looked at.
 */
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { article, CORPUS, expectThemeCount, openApp, panelRow, passageIdsAround, SEED_TITLE, selectText } from './support/article'
import { expect, test } from './support/desktopBridge'

const ECONOMIC = 'Repeated missile strikes on the gas infrastructure near Odesa'
const CIS = 'the disintegration of the Commonwealth of Independent States (CIS)'

async function openTagged(page: Page, desktop: { openArticle(path: string): Promise<void> }): Promise<string> {
  await openApp(page)
  await desktop.openArticle(join(CORPUS, 'seed-article.txt'))
  await expect(article(page).locator('h1')).toHaveText(SEED_TITLE)
  await selectText(page, ECONOMIC)
  await page.keyboard.press('1')
  // Two overlapping passages: the deeper fill where they meet.
  await selectText(page, CIS)
  await page.keyboard.press('3')
  await selectText(page, CIS, 4, 30)
  await page.keyboard.press('2')
  await expectThemeCount(page, 'Hybrid tactics', 1)
  await page.keyboard.press('Escape')
  const [id] = await passageIdsAround(page, ECONOMIC)
  return id as string
}

function css(locator: Locator, property: string): Promise<string> {
  return locator.evaluate((element, property) => getComputedStyle(element).getPropertyValue(property), property)
}

test('reduced motion: the passage jumped to is outlined without flashing, and nothing scrolls smoothly', async ({ page, desktop }) => {
  const id = await openTagged(page, desktop)
  await panelRow(page, 'Economic pressure', id).click()
  const flashing = article(page).locator('.hl-flash').first()
  await expect(flashing).toBeVisible()
  expect(await css(flashing, 'animation-name')).toBe('flash')

  await page.emulateMedia({ reducedMotion: 'reduce' })
  await panelRow(page, 'Economic pressure', id).click()
  const still = article(page).locator('.hl-flash').first()
  await expect(still).toBeVisible()
  expect(await css(still, 'animation-name')).toBe('none')
  expect(await css(still, 'outline-style')).toBe('solid')
  expect(await css(page.locator('.article-pane'), 'scroll-behavior')).toBe('auto')
  await expect(article(page).locator('.hl-flash')).toHaveCount(0)
})

for (const scheme of ['light', 'dark'] as const) {
  test(`forced colours (high contrast, ${scheme}): passages are outlined, not only filled`, async ({ page, desktop }) => {
    await page.emulateMedia({ colorScheme: scheme })
    await openTagged(page, desktop)
    const highlight = article(page).locator('.hl').first()
    expect(await css(highlight, 'outline-style')).toBe('none')
    await page.screenshot({ path: `test-results/a11y-article-${scheme}.png` })

    await page.emulateMedia({ colorScheme: scheme, forcedColors: 'active' })
    expect(await css(highlight, 'outline-style')).toBe('solid')
    expect(parseFloat(await css(highlight, 'outline-width'))).toBeGreaterThanOrEqual(1)
    // Every passage stretch is outlined, the overlapping ones too.
    const unoutlined = await article(page)
      .locator('.hl')
      .evaluateAll((marks) => marks.filter((m) => getComputedStyle(m).outlineStyle !== 'solid').length)
    expect(unoutlined).toBe(0)
    await page.screenshot({ path: `test-results/a11y-forced-colours-${scheme}.png` })
  })
}

test('every control the keyboard reaches shows that it has the focus', async ({ page, desktop }) => {
  test.setTimeout(180_000)
  await openTagged(page, desktop)
  const regions = [
    page.getByRole('banner'),
    page.getByRole('navigation', { name: 'Library' }),
    page.getByRole('navigation', { name: 'Codebook' }),
    page.locator('[data-region]').filter({ has: page.getByRole('main') }),
    page.getByRole('complementary', { name: 'Passages' })
  ]
  const seen: string[] = []
  // Region by region (F6), its first dozen controls (Tab), each seen focused and then not: the two must differ.
  for (const region of regions) {
    for (let i = 0; i < 6 && !(await region.evaluate((r) => r.contains(document.activeElement))); i++) await page.keyboard.press('F6')
    for (let i = 0; i < 12; i++) {
      if (i > 0) await page.keyboard.press('Tab')
      const target = await page.locator(':focus').elementHandle({ timeout: 2000 }).catch(() => null)
      if (!target || !(await region.evaluate((r, e) => r.contains(e), target))) break
      const box = await target.boundingBox()
      if (!box || box.width === 0 || box.height === 0) continue
      const what = await target.evaluate((e) => `${e.tagName.toLowerCase()} “${(e.getAttribute('aria-label') ?? e.textContent ?? '').trim().slice(0, 40)}”`)
      const clip = { x: Math.max(0, box.x - 12), y: Math.max(0, box.y - 12), width: Math.min(box.width + 24, 600), height: Math.min(box.height + 24, 300) }
      const focused = await page.screenshot({ clip })
      await target.evaluate((e) => (e as HTMLElement).blur())
      const blurred = await page.screenshot({ clip })
      expect(focused.equals(blurred), `no visible focus on ${what}`).toBe(false)
      await target.evaluate((e) => (e as HTMLElement).focus())
      seen.push(what)
    }
  }
  expect(seen.length).toBeGreaterThan(25)
})

test('article text size and reading width are settings that stay', async ({ page, desktop }) => {
  await openTagged(page, desktop)
  const text = article(page)
  expect(await css(text, 'font-size')).toBe('17px')
  const column = page.locator('.article')
  const standard = (await column.boundingBox())?.width ?? 0

  await page.getByRole('button', { name: 'Reading settings' }).click()
  const settings = page.getByRole('dialog', { name: 'Reading settings' })
  const size = settings.getByRole('slider', { name: 'Text size' })
  await size.focus()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect(settings.locator('output')).toHaveText('20 px')
  expect(await css(text, 'font-size')).toBe('20px')
  await settings.getByRole('radio', { name: 'Narrow' }).check()
  await expect.poll(async () => (await column.boundingBox())?.width ?? 0).toBeLessThan(standard)
  await page.screenshot({ path: 'test-results/a11y-reading-settings.png' })
  await page.keyboard.press('Escape')
  await expect(settings).toBeHidden()

  await page.reload()
  await expect(article(page).locator('h1')).toHaveText(SEED_TITLE)
  expect(await css(article(page), 'font-size')).toBe('20px')
  await page.getByRole('button', { name: 'Reading settings' }).click()
  await expect(page.getByRole('radio', { name: 'Narrow' })).toBeChecked()
  await page.getByRole('button', { name: 'Reset' }).click()
  expect(await css(article(page), 'font-size')).toBe('17px')
})
