/**
 * The app in Russian and in Azerbaijani: chosen from the browser's (the system's) language, or in
 * the language menu; labels, plural forms, `<html lang>`, the default codebook of a new project and
 * the exported report follow it. Screenshots of both languages, light and dark, are kept in
 * test-results/ to be looked at (Russian labels run longer than English ones).
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { article, CORPUS, expectThemeNames, libraryRow, openApp, SEED_TITLE, selectInArticle } from './support/article'
import { expect, test, type DesktopBridge } from './support/desktopBridge'

/** Five places in the seed article, each tagged as its own passage. */
const PHRASES = [
  'Repeated missile strikes on the gas infrastructure near Odesa',
  'an attempt by Moscow to exert pressure on Baku',
  'SOCAR is not just a national oil and gas company',
  'a campaign of intimidation, coercion, and hybrid pressure',
  'Since the 2008 invasion of Georgia'
]

/** Opens the seed article and tags each phrase with the theme on key 1. */
async function tagFivePassages(page: Page, desktop: DesktopBridge): Promise<void> {
  // File → Open articles…, as the native menu sends it (the bridge's own helper clicks the English button).
  desktop.nextArticle = join(CORPUS, 'seed-article.txt')
  await desktop.menu('open')
  await expect(article(page).locator('h1')).toHaveText(SEED_TITLE)
  for (const phrase of PHRASES) {
    await selectInArticle(page, phrase)
    await expect(page.locator('.toolbar[role="toolbar"]')).toBeVisible()
    await page.keyboard.press('1')
    await page.evaluate(() => document.getSelection()?.removeAllRanges())
  }
}

/** Nothing in the top bar (the search field's controls included), the sidebar's headings and actions, or the passages panel's head is cut off or spills over. */
async function expectNothingOverflows(page: Page): Promise<void> {
  const overflowing = await page.evaluate(() => {
    const boxes = [...document.querySelectorAll<HTMLElement>('header.topbar, header.topbar button, header.topbar [role="search"], .codebook .head, .codebook .actions button, .codebook .tools, .passages .head, .library h2')]
    return boxes.filter((box) => box.scrollWidth > box.clientWidth + 1).map((box) => `${box.className || box.tagName} spills ${box.scrollWidth - box.clientWidth}px: ${box.textContent?.trim()}`)
  })
  expect(overflowing).toEqual([])
}

/** Nothing in the Analysis view's controls, tabs, chart tools and tables, or in the shortcuts overlay, is cut off. */
async function expectNothingCutOff(page: Page, selector: string): Promise<void> {
  const cut = await page.evaluate((boxes) => {
    return [...document.querySelectorAll<HTMLElement>(boxes)]
      .filter((box) => box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1)
      .map((box) => `${box.tagName}.${box.className} spills: ${box.textContent?.trim()}`)
  }, selector)
  expect(cut).toEqual([])
}

interface Words {
  analysis: string
  shortcuts: string
  chartTable: string
  /** A share of the text with one decimal, the language's way (Chromium has no Azerbaijani data: ours are used). */
  share: RegExp
  /** August on the timeline's axis (the seed article is of 8 August 2025). */
  august: string
}

/**
 * The Analysis view (frequencies and the co-occurrence heatmap) and the keyboard shortcuts overlay,
 * light and dark, kept in test-results/ to be looked at.
 */
async function analysisAndShortcuts(page: Page, name: string, words: Words): Promise<void> {
  await page.getByRole('tab', { name: words.analysis }).click()
  const view = page.getByRole('region', { name: words.analysis })
  await expect(view.locator('figure svg')).toBeVisible()
  await expect(view.locator('table')).toContainText(words.share)
  await expectNothingCutOff(page, '.analysis .controls label, .analysis [role="tab"], .analysis figcaption button, .analysis header button, .analysis thead button')
  await page.screenshot({ path: `test-results/languages-${name}-analysis-light.png` })
  await page.keyboard.press('Control+Shift+D')
  await expect(page.locator('html')).toHaveAttribute('data-scheme', 'dark')
  await page.screenshot({ path: `test-results/languages-${name}-analysis-dark.png` })
  await view.getByRole('tab').nth(1).click()
  await expect(view.locator('figure svg')).toBeVisible()
  await view.locator('figure').getByRole('button', { name: words.chartTable }).click()
  await page.screenshot({ path: `test-results/languages-${name}-cooccurrence-dark.png` })
  await page.keyboard.press('Control+Shift+D')
  // The timeline's axis: months the language's way.
  await view.getByRole('tab').nth(3).click()
  await expect(view.locator('figure svg')).toBeVisible()
  await expect(view.locator('figure svg [aria-label="x-axis tick label"]')).toContainText([words.august])
  await page.screenshot({ path: `test-results/languages-${name}-timeline-light.png` })
  await view.getByRole('tab').nth(0).click()

  const overlay = page.getByRole('dialog', { name: words.shortcuts })
  for (const scheme of ['light', 'dark']) {
    await page.keyboard.press('F1')
    await expect(overlay).toBeVisible()
    await expectNothingCutOff(page, '.shortcuts h3, .shortcuts dd, .shortcuts kbd')
    await page.screenshot({ path: `test-results/languages-${name}-shortcuts-${scheme}.png` })
    await page.keyboard.press('Escape')
    await expect(overlay).toHaveCount(0)
    await page.keyboard.press('Control+Shift+D')
  }
  await expect(page.locator('html')).toHaveAttribute('data-scheme', 'light')
}

async function screenshots(page: Page, name: string, darkLabel: string, lightLabel: string): Promise<void> {
  await page.screenshot({ path: `test-results/languages-${name}-light.png` })
  await page.getByRole('button', { name: darkLabel }).click()
  await expect(page.locator('html')).toHaveAttribute('data-scheme', 'dark')
  await page.screenshot({ path: `test-results/languages-${name}-dark.png` })
  await page.getByRole('button', { name: lightLabel }).click()
  await expectNothingOverflows(page)
}

test.describe('in Russian, from the browser’s language', () => {
  test.use({ locale: 'ru-RU' })

  test('labels, plural forms, the default codebook and the report are Russian', async ({ page, desktop }) => {
    await openApp(page)
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
    await expect(page.getByRole('button', { name: 'Открыть', exact: true })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Проект: Мой проект' })).toBeVisible()
    await expect(page.getByRole('tab', { name: 'Все фрагменты' })).toBeVisible()
    await expectThemeNames(page, ['Экономическое давление', 'Гибридные методы', 'СНГ'], 'Темы')

    await tagFivePassages(page, desktop)
    const library = page.getByRole('navigation', { name: 'Библиотека' })
    await expect(library.getByRole('listitem').first()).toContainText('5 фрагментов')
    await expect(page.getByRole('complementary', { name: 'Фрагменты' }).locator('details[data-theme="Экономическое давление"] summary .n')).toHaveAccessibleName(
      '5 фрагментов'
    )
    // Undo names the step in Russian.
    await expect(page.getByRole('button', { name: 'Отменить' })).toHaveAttribute('title', /^Отменить: пометить фрагмент/)
    await screenshots(page, 'ru', 'Включить тёмную тему', 'Включить светлую тему')

    await page.getByRole('tab', { name: 'Все фрагменты' }).click()
    await expect(page.getByRole('region', { name: 'Все фрагменты' }).getByRole('status')).toHaveText('5 фрагментов')
    await expectNothingOverflows(page)
    await page.screenshot({ path: 'test-results/languages-ru-all-passages.png' })
    await analysisAndShortcuts(page, 'ru', { analysis: 'Анализ', shortcuts: 'Сочетания клавиш', chartTable: 'Показать таблицу', share: /\d,\d\u00a0%/, august: 'авг.' })
    await expect(page.getByRole('dialog', { name: 'Сочетания клавиш' })).toHaveCount(0)
    await page.getByRole('tab', { name: 'Статья', exact: true }).click()

    await page.getByRole('button', { name: 'Отчёт', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: 'Экспорт отчёта' })
    await expect(dialog.getByRole('radio', { name: 'Открытая статья: «Strikes on SOCAR' })).toBeChecked()
    await expect(dialog.getByText('1 статья', { exact: true })).toBeVisible()
    await page.screenshot({ path: 'test-results/languages-ru-report-dialog.png' })
    await dialog.getByRole('button', { name: 'Экспортировать' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Веб-страница (HTML): сохранено в' })).toBeVisible()
    const report = await readFile(desktop.savedReports[0] as string, 'utf8')
    expect(report).toContain('<html lang="ru">')
    expect(report).toContain('<h2>Фрагменты по темам</h2>')
    expect(report).toContain('(5 фрагментов)')
    expect(report).toContain('<th scope="col" class="num">Доля текста</th>')
    expect(report).toContain('<dt>Проект</dt><dd>Мой проект</dd>')
  })
})

test.describe('in Azerbaijani, from the browser’s language', () => {
  test.use({ locale: 'az-AZ' })

  test('labels, counts and the default codebook are Azerbaijani', async ({ page, desktop }) => {
    await openApp(page)
    await expect(page.locator('html')).toHaveAttribute('lang', 'az')
    await expect(page.getByRole('button', { name: 'Məqalə aç' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Layihə: Mənim layihəm' })).toBeVisible()
    await expectThemeNames(page, ['İqtisadi təzyiq', 'Hibrid taktikalar', 'MDB'], 'Mövzular')

    await tagFivePassages(page, desktop)
    await expect(page.getByRole('navigation', { name: 'Kitabxana' }).getByRole('listitem').first()).toContainText('5 fraqment')
    await screenshots(page, 'az', 'Qaranlıq rejimə keç', 'İşıqlı rejimə keç')

    await page.getByRole('tab', { name: 'Bütün fraqmentlər' }).click()
    await expect(page.getByRole('region', { name: 'Bütün fraqmentlər' }).getByRole('status')).toHaveText('5 fraqment')
    await expectNothingOverflows(page)
    await analysisAndShortcuts(page, 'az', { analysis: 'Təhlil', shortcuts: 'Klaviatura qısayolları', chartTable: 'Cədvəl kimi göstər', share: /\d,\d%/, august: 'avq' })
  })
})

test('the language menu switches at once, is remembered, and leaves existing themes as they are', async ({ page, desktop }) => {
  await openApp(page)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  // Main hears the language at start, for its menu.
  await expect.poll(() => desktop.languages).toEqual(['en'])
  await desktop.openArticle(join(CORPUS, 'seed-article.txt'))
  await expect(libraryRow(page, 'seed-article.txt')).toContainText('0 passages')
  await expectNothingOverflows(page)

  await page.getByRole('button', { name: 'Language: English' }).click()
  await page.getByRole('radio', { name: 'Русский' }).check()
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
  await expect(page.getByRole('button', { name: 'Открыть', exact: true })).toBeVisible()
  // …and at every change, so the native menu is rebuilt in Russian.
  await expect.poll(() => desktop.languages).toEqual(['en', 'ru'])
  await expect(page.getByRole('navigation', { name: 'Библиотека' }).getByRole('listitem').first()).toContainText('0 фрагментов')
  // The project was made in English: its themes keep their names.
  await expectThemeNames(page, ['Economic pressure', 'Hybrid tactics', 'CIS'], 'Темы')
  await page.keyboard.press('Escape')

  await page.reload()
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
  await expect.poll(() => desktop.languages.at(-1)).toBe('ru')
  await expect(page.getByRole('button', { name: 'Язык: Русский' })).toBeVisible()

  // A project made now starts with the Russian codebook.
  await page.getByRole('button', { name: /^Проект:/ }).click()
  await page.getByRole('button', { name: 'Новый проект…' }).click()
  await page.getByRole('textbox', { name: 'Название проекта' }).fill('Обзор прессы')
  await page.getByRole('button', { name: 'Создать проект' }).click()
  await expect(page.getByRole('button', { name: 'Проект: Обзор прессы' })).toBeVisible()
  await expectThemeNames(page, ['Экономическое давление', 'Гибридные методы', 'СНГ'], 'Темы')

  await page.getByRole('button', { name: 'Язык: Русский' }).click()
  await page.getByRole('radio', { name: 'Как в системе (English)' }).check()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect.poll(() => desktop.languages.at(-1)).toBe('en')
  await expect(page.getByRole('button', { name: 'Open article' })).toBeVisible()
})
