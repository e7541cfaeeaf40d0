/** Browser mode: no preload, so the file input opens, the renderer imports, and the report downloads. */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { article, CORPUS, expectThemeCount, openApp, SEED_TITLE, selectText } from './support/article'

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

  await selectText(page, 'SOCAR is not just a national oil and gas company')
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
})

test('opens a dropped file, and says clearly why an empty one cannot be opened', async ({ page }) => {
  await openApp(page)
  await dropFile(page, 'empty-notes.txt', Buffer.alloc(0))
  await expect(page.getByRole('alert')).toContainText('empty-notes.txt')
  await dropFile(page, 'seed-article.html', await readFile(join(CORPUS, 'seed-article.html')), 'text/html')
  await expect(article(page).locator('h1')).toHaveText(SEED_TITLE)
  await expect(page.getByRole('navigation', { name: 'Library' })).toContainText('seed-article.html')
})
