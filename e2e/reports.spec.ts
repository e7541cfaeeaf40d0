/**
 * The report dialog in browser mode: every format exported for the seed article and for two
 * articles, each download read back; the live preview; progress and cancel; and PDF through
 * the browser's print dialog. The desktop app's PDF (main printing in a hidden window) is checked
 * through the desktop bridge with the same Chromium printing.
 */
import { execFileSync } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { JSDOM } from 'jsdom'
import { strFromU8, unzipSync } from 'fflate'
import { expect, test, type Download, type Locator, type Page } from '@playwright/test'
import { article, CORPUS, expectThemeCount, openApp, SEED_TITLE, selectText, tagToolbar } from './support/article'
import { test as desktopTest } from './support/desktopBridge'

const FIXTURES = join(__dirname, '../src/shared/import/fixtures')
const ECONOMIC = 'Repeated missile strikes on the gas infrastructure near Odesa'
const OVERLAP = 'the gas infrastructure near Odesa — a key route for Azerbaijani oil exports'
const NOTE = 'Ключевой тезис — «энергия» 🔥 "quoted"'
const BRIEFING = 'Grain corridor talks resume'
const BRIEFING_PASSAGE = 'Negotiators met in Istanbul on Monday'

/** Records the report handed to the browser's print dialog (which a test cannot drive) instead of opening it. */
async function recordPrints(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const printed: string[] = []
    ;(window as unknown as { __printed: string[] }).__printed = printed
    const descriptor = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow') as PropertyDescriptor
    Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', {
      get(this: HTMLIFrameElement) {
        const view = descriptor.get?.call(this) as Window | null
        if (view && this.dataset['role'] === 'print-report') view.print = () => printed.push(view.document.body.innerText)
        return view
      }
    })
  })
}

async function openFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Open article' }).click()
  await (await chooser).setFiles(path)
}

/** The seed article with two overlapping passages, one with a note in Cyrillic with emoji and quotes. */
async function tagSeed(page: Page): Promise<void> {
  await openFile(page, join(CORPUS, 'seed-article.md'))
  await expect(article(page).locator('h1')).toHaveText(SEED_TITLE)
  await selectText(page, ECONOMIC)
  await page.keyboard.press('1')
  await selectText(page, OVERLAP)
  await page.keyboard.press('3')
  await selectText(page, ECONOMIC)
  await tagToolbar(page).getByRole('button', { name: 'Add note' }).click()
  await tagToolbar(page).getByRole('textbox', { name: 'Note' }).fill(NOTE)
  await tagToolbar(page).getByRole('button', { name: 'Save note' }).click()
  await page.evaluate(() => document.getSelection()?.removeAllRanges())
  await expectThemeCount(page, 'CIS', 1)
}

function dialog(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Export report' })
}

async function exportAs(page: Page, label: string): Promise<Download> {
  await dialog(page).getByRole('combobox', { name: 'Format' }).selectOption({ label })
  const download = page.waitForEvent('download')
  await dialog(page).getByRole('button', { name: 'Export', exact: true }).click()
  const file = await download
  await expect(dialog(page)).toBeHidden()
  await page.keyboard.press('Control+e')
  await expect(dialog(page)).toBeVisible()
  return file
}

async function bytes(file: Download): Promise<Buffer> {
  return readFile(await file.path())
}

/** Every format but PDF downloads; each is read back and must hold the passages, notes and titles. */
async function exportEveryFormat(page: Page, expected: { titles: string[]; passages: string[]; notes: string[] }): Promise<void> {
  const html = await exportAs(page, 'Web page (HTML)')
  expect(html.suggestedFilename()).toMatch(/-report\.html$/)
  const source = (await bytes(html)).toString('utf8')
  expect(source).not.toMatch(/<script/i)
  const shown = new JSDOM(source).window.document.body.textContent ?? ''
  for (const text of [...expected.titles, ...expected.passages, ...expected.notes]) expect(shown).toContain(text)

  const docx = await exportAs(page, 'Word with comments (.docx)')
  expect(docx.suggestedFilename()).toMatch(/-report\.docx$/)
  const parts = unzipSync(new Uint8Array(await bytes(docx)))
  const comments = strFromU8(parts['word/comments.xml'] as Uint8Array)
  for (const note of expected.notes) expect(comments).toContain(note.replace(/"/g, '&quot;'))
  expect(comments).toContain('w:author="Aysel Məmmədova"')
  const body = strFromU8(parts['word/document.xml'] as Uint8Array)
  for (const title of expected.titles) expect(body).toContain(title)

  const md = (await bytes(await exportAs(page, 'Markdown'))).toString('utf8')
  for (const text of [...expected.passages, ...expected.notes]) expect(md).toContain(text)

  const csv = await bytes(await exportAs(page, 'CSV'))
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const csvText = csv.toString('utf8')
  for (const text of [...expected.passages, ...expected.notes.map((n) => n.replace(/"/g, '""'))]) expect(csvText).toContain(text)

  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load((await bytes(await exportAs(page, 'Excel (.xlsx)'))) as unknown as ArrayBuffer)
  const quotes = (workbook.getWorksheet('Coded passages') as ExcelJS.Worksheet).getColumn(6).values.map(String)
  for (const passage of expected.passages) expect(quotes).toContain(passage)
  const counts = workbook.getWorksheet('Themes × articles') as ExcelJS.Worksheet
  expect(counts.getRow(1).values).toEqual(expect.arrayContaining(expected.titles.map((t) => expect.stringContaining(t.slice(0, 20)))))

  for (const [label, extension] of [
    ['Codebook as a web page', 'html'],
    ['Codebook in Word', 'docx'],
    ['Codebook in Markdown', 'md']
  ] as const) {
    const file = await exportAs(page, label)
    expect(file.suggestedFilename()).toMatch(new RegExp(`-codebook\\.${extension}$`))
    const content = await bytes(file)
    const text = extension === 'docx' ? strFromU8(unzipSync(new Uint8Array(content))['word/document.xml'] as Uint8Array) : content.toString('utf8')
    expect(text).toContain('Economic pressure')
  }

  // PDF: the browser's print dialog on the report alone.
  await dialog(page).getByRole('combobox', { name: 'Format' }).selectOption({ label: 'PDF' })
  await dialog(page).getByRole('button', { name: 'Export', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: 'print dialog' })).toBeVisible()
  const printed = await page.evaluate(() => (window as unknown as { __printed: string[] }).__printed)
  expect(printed).toHaveLength(1)
  for (const text of [...expected.titles, ...expected.passages]) expect(printed[0]).toContain(text)
}

test.beforeEach(async ({ page }) => {
  await recordPrints(page)
  await openApp(page)
})

test('exports the seed article in every format from the report dialog', async ({ page }) => {
  await tagSeed(page)
  await page.keyboard.press('Control+e')
  await expect(dialog(page)).toBeVisible()
  await expect(dialog(page).getByRole('radio', { name: /^The open article/ })).toBeChecked()
  await dialog(page).getByRole('textbox', { name: 'Analyst' }).fill('Aysel Məmmədova')
  // The live preview is the HTML report, in a frame that runs no script.
  const preview = dialog(page).frameLocator('iframe[title="Report preview"]')
  await expect(preview.locator('h1')).toHaveText(SEED_TITLE)
  await expect(preview.locator('#article mark.hl[data-depth="2"]')).toContainText('gas infrastructure near Odesa')
  await expect(dialog(page).locator('iframe[title="Report preview"]')).toHaveAttribute('sandbox', '')
  await exportEveryFormat(page, { titles: [SEED_TITLE], passages: [ECONOMIC, OVERLAP], notes: [NOTE] })
})

test('exports two articles in every format, and the preview follows the options', async ({ page }) => {
  await tagSeed(page)
  await openFile(page, join(FIXTURES, 'briefing.odt'))
  await expect(article(page).locator('h1')).toHaveText(BRIEFING)
  await selectText(page, BRIEFING_PASSAGE)
  await page.keyboard.press('2')
  await expectThemeCount(page, 'Hybrid tactics', 1)

  await page.getByRole('button', { name: 'Export report' }).click()
  await dialog(page).getByRole('radio', { name: /^The whole project \(2 articles\)/ }).check()
  await dialog(page).getByRole('textbox', { name: 'Analyst' }).fill('Aysel Məmmədova')
  const preview = dialog(page).frameLocator('iframe[title="Report preview"]')
  await expect(preview.locator('section.article-section h2')).toHaveText([BRIEFING, SEED_TITLE])

  // Passages only, chosen themes: the preview drops the text and the other themes.
  await dialog(page).getByRole('radio', { name: 'Passages only' }).check()
  await dialog(page).getByRole('radio', { name: 'Chosen themes, with their sub-themes' }).check()
  await dialog(page).getByRole('list', { name: 'Themes to export' }).getByRole('checkbox', { name: 'Hybrid tactics' }).check()
  await expect(preview.locator('article')).toHaveCount(0)
  await expect(preview.locator('li.passage')).toHaveCount(1)
  await expect(preview.locator('li.passage')).toContainText(BRIEFING_PASSAGE)
  await dialog(page).getByRole('radio', { name: 'All themes' }).check()
  await dialog(page).getByRole('radio', { name: 'Full text with highlights' }).check()
  await expect(preview.locator('li.passage')).toHaveCount(3)

  await page.screenshot({ path: 'test-results/report-dialog-light.png' })
  await page.evaluate(() => (document.documentElement.dataset['scheme'] = 'dark'))
  await page.screenshot({ path: 'test-results/report-dialog-dark.png' })
  await page.evaluate(() => (document.documentElement.dataset['scheme'] = 'light'))

  await exportEveryFormat(page, { titles: [SEED_TITLE, BRIEFING], passages: [ECONOMIC, OVERLAP, BRIEFING_PASSAGE], notes: [NOTE] })
})

test('a long export shows its progress and can be cancelled', async ({ page }) => {
  await tagSeed(page)
  await page.keyboard.press('Control+e')
  await dialog(page).getByRole('combobox', { name: 'Format' }).selectOption({ label: 'Word with comments (.docx)' })
  let downloads = 0
  page.on('download', () => downloads++)
  // Hold the worker's first progress report back, so the export is still running when we cancel.
  await page.evaluate(() => {
    const original = Worker.prototype.postMessage
    Worker.prototype.postMessage = function (this: Worker, ...args: Parameters<Worker['postMessage']>) {
      const job = args[0] as { kind?: string }
      if (job?.kind === 'export') setTimeout(() => original.apply(this, args), 1500)
      else original.apply(this, args)
    } as Worker['postMessage']
  })
  await dialog(page).getByRole('button', { name: 'Export', exact: true }).click()
  await expect(dialog(page).getByRole('status')).toBeVisible()
  await expect(dialog(page).getByRole('progressbar', { name: 'Export progress' })).toBeVisible()
  await dialog(page).getByRole('button', { name: 'Cancel export' }).click()
  await expect(dialog(page).getByRole('button', { name: 'Export', exact: true })).toBeEnabled()
  await page.waitForTimeout(2500)
  expect(downloads).toBe(0)
  await expect(dialog(page)).toBeVisible()
})

desktopTest('the desktop app prints the PDF in main and saves it where the Save dialog says', async ({ page, desktop }) => {
  await openApp(page)
  await desktop.openArticle(join(CORPUS, 'seed-article.txt'))
  await selectText(page, ECONOMIC)
  await page.keyboard.press('1')
  await page.evaluate(() => document.getSelection()?.removeAllRanges())
  await desktop.menu('export')
  await dialog(page).getByRole('combobox', { name: 'Format' }).selectOption({ label: 'PDF' })
  await dialog(page).getByRole('button', { name: 'Export', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: 'PDF saved to' })).toBeVisible({ timeout: 30_000 })
  const saved = desktop.savedReports.at(-1) as string
  expect(saved).toMatch(/-report\.pdf$/)
  const text = execFileSync('pdftotext', [saved, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
  expect(text).toContain('Strikes on SOCAR')
  expect(text).toContain(ECONOMIC)
  expect(text).toMatch(/Page 1 of \d+/)
  await writeFile('test-results/report-desktop.pdf', await readFile(saved))
})
