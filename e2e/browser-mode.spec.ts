/** Browser mode: no preload, so the file input opens, the renderer imports, and the report downloads. */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { JSDOM } from 'jsdom'
import { article, CORPUS, errorMessage, expectThemeCount, openApp, SEED_TITLE, selectText } from './support/article'

const SOCAR = 'SOCAR is not just a national oil and gas company'

async function dropFile(page: Page, name: string, bytes: Buffer, type = 'text/plain'): Promise<void> {
  const transfer = await page.evaluateHandle(
    ({ name, data, type }) => {
      const dt = new DataTransfer()
      dt.items.add(new File([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], name, { type }))
      return dt
    },
    { name, data: bytes.toString('base64'), type }
  )
  for (const type of ['dragenter', 'dragover', 'drop']) await page.dispatchEvent('.app', type, { dataTransfer: transfer })
}

test('opens with the file input, tags, and downloads the report', async ({ page }) => {
  await openApp(page)
  await expect(page.locator('.app')).toHaveAttribute('data-host', 'browser')
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Open article' }).click()
  await (await chooser).setFiles(join(CORPUS, 'seed-article.md'))
  await expect(article(page).locator('h1')).toHaveText(SEED_TITLE)

  await selectText(page, SOCAR)
  await page.keyboard.press('1')
  await expectThemeCount(page, 'Economic pressure', 1)

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export report' }).click()
  await page.getByRole('dialog', { name: 'Export report' }).getByRole('button', { name: 'Export', exact: true }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/\.html$/)
  const html = await readFile(await file.path(), 'utf8')
  expect(html).toContain('SOCAR is not just a national oil and gas company')
  expect(html).not.toMatch(/<script/i)
  // The article's text holds the phrase anyway: the report must show it as the tagged passage.
  const report = new JSDOM(html).window.document
  const economic = report.querySelector('section.theme[data-theme="Economic pressure"]')
  expect([...(economic?.querySelectorAll('li.passage .quote') ?? [])].map((q) => q.textContent)).toEqual([SOCAR])
  expect(economic?.querySelector('h3')?.textContent).toBe('Economic pressure (1 passage)')
  for (const theme of ['Hybrid tactics', 'CIS']) expect(report.querySelectorAll(`section.theme[data-theme="${theme}"] li.passage`)).toHaveLength(0)
  const marks = [...report.querySelectorAll('#article mark.hl')]
  expect(marks.map((m) => [m.textContent, m.getAttribute('title')])).toEqual([[SOCAR, 'Economic pressure']])
  expect(marks[0]?.closest('.block')?.textContent).toContain(`${SOCAR} — it is a symbol`)
})

test('opens a dropped file, and says clearly why an empty one cannot be opened', async ({ page }) => {
  await openApp(page)
  await dropFile(page, 'empty-notes.txt', Buffer.alloc(0))
  await expect(page.getByRole('alert')).toContainText('empty-notes.txt')
  await expect(errorMessage(page)).toHaveText('“empty-notes.txt” is empty — there is nothing to read.')
  await dropFile(page, 'seed-article.html', await readFile(join(CORPUS, 'seed-article.html')), 'text/html')
  await expect(article(page).locator('h1')).toHaveText(SEED_TITLE)
  await expect(page.getByRole('navigation', { name: 'Library' })).toContainText('seed-article.html')
})
