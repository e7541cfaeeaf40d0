/**
 * Files from strangers (../shared/external: hostile pages and Markdown, office and PDF files from
 * other projects' suites), opened one after another in browser mode and through the desktop bridge,
 * each page watched for what a payload does when it runs: a dialog, the `__pwned` sentinel, a request
 * that leaves the page, a navigation. Every file opens with its sentence or is refused with the one its
 * README expects; the exported report of each, opened in Chromium, runs and loads nothing either, and
 * the hostile pages' Word and PDF reports carry no link out, field, action or script.
 */
import { execFileSync } from 'node:child_process'
import { copyFile, mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { strFromU8, unzipSync } from 'fflate'
import { test as browserTest, type Browser, type Page } from '@playwright/test'
import { article, errorMessage, openApp, selectText } from './support/article'
import { expect, test } from './support/desktopBridge'
import { comparable, EXTERNAL, hostileSentences, manifest } from './support/externalCorpus'
import { breaches, NO_BREACH, watchPage } from './support/watch'

interface CorpusFile {
  path: string
  name: string
  /** The sentence the article must show, or the refusal the user must read. */
  sentence?: string
  refusal?: string
}

const REFUSALS: Record<string, string> = {
  'external-picture.docx': '“external-picture.docx” has no readable text.',
  'encrypted-with-pwd_hello.odt': '“encrypted-with-pwd_hello.odt” is password-protected; remove the password and open it again.'
}

function corpus(): CorpusFile[] {
  const hostile = [...hostileSentences()].map(([name, sentence]) => ({ path: join(EXTERNAL, 'hostile', name), name, sentence }))
  const others = (['office', 'pdf'] as const).flatMap((folder) =>
    manifest(folder).map((entry) => ({
      path: join(EXTERNAL, folder, entry.file),
      name: entry.file,
      sentence: entry.sentence ?? entry.probes?.[0]?.text,
      refusal: REFUSALS[entry.file]
    }))
  )
  return [...hostile, ...others]
}

const FILES = corpus()

/** The article's blocks, one per line (off-screen sections are not laid out, so not innerText). */
async function articleText(page: Page): Promise<string> {
  const blocks = await article(page).evaluate((root) => Array.from(root.querySelectorAll(':scope > section > *'), (block) => block.textContent ?? ''))
  return comparable(blocks.join('\n'))
}

/** Opens `file` (however the mode opens files), then checks what the user sees. */
async function openAndCheck(page: Page, file: CorpusFile, open: (file: CorpusFile) => Promise<void>): Promise<void> {
  await open(file)
  if (file.refusal) {
    await expect(errorMessage(page).filter({ hasText: file.name })).toHaveText(file.refusal)
    await page.getByRole('alert').filter({ hasText: file.name }).getByRole('button', { name: 'Dismiss message' }).click()
    return
  }
  await expect.poll(() => articleText(page), { message: file.name, timeout: 30_000 }).toContain(comparable(file.sentence ?? ''))
}

/** Tags the hostile pages' sentence, so the report also lists it as a passage among the payloads. */
async function tagSentence(page: Page, file: CorpusFile): Promise<void> {
  if (!file.name.startsWith('hostile-') || !file.sentence) return
  await selectText(page, file.sentence)
  await page.keyboard.press('1')
  await page.evaluate(() => document.getSelection()?.removeAllRanges())
}

/** Exports the open article's report in `format` through the report dialog (a download in browser mode, a save in the desktop app). */
async function exportReport(page: Page, format: string): Promise<void> {
  await page.getByRole('button', { name: 'Export report' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export report' })
  await dialog.getByRole('radio', { name: /^The open article/ }).check()
  await dialog.getByRole('combobox', { name: 'Format' }).selectOption({ label: format })
  await dialog.getByRole('button', { name: 'Export', exact: true }).click()
  await expect(dialog).toBeHidden()
}

/** What a Word file's markup (not its text, which may quote anything) could do beyond showing text: fetch or embed outside content, run a field. */
const ACTIVE_DOCX = /TargetMode="External"|javascript:|vbscript:|127\.0\.0\.1|INCLUDETEXT|INCLUDEPICTURE|\bDDE(?:AUTO)?\b|<w:object|attachedTemplate|\.docm|vbaProject/i
/** What a PDF could do beyond showing text: run JavaScript, launch, submit, fetch, open something on opening. */
const ACTIVE_PDF = /\/(?:JavaScript|JS|Launch|SubmitForm|ImportData|GoToR|GoToE|URI|OpenAction|AA|EmbeddedFile|RichMedia|XFA)\b/

/** The DOCX report of a hostile page: its sentence is there, and nothing that links out or runs. */
async function checkDocx(path: string, file: CorpusFile): Promise<void> {
  const parts = unzipSync(new Uint8Array(await readFile(path)))
  for (const [name, data] of Object.entries(parts)) {
    const markup = strFromU8(data).replace(/<w:t(?:\s[^>]*)?>[^<]*<\/w:t>/g, '')
    if (/\.(xml|rels)$/.test(name)) expect(markup, `${file.name}: ${name}`).not.toMatch(ACTIVE_DOCX)
  }
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
  const text = strFromU8(parts['word/document.xml'] ?? new Uint8Array())
    .replace(/<w:tab\/>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (_, dec: string, hex: string, name: string) =>
      dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (entities[name] ?? '')
    )
  expect(comparable(text), file.name).toContain(comparable(file.sentence ?? ''))
}

/** The PDF report of a hostile page (printed by main's Chromium): its sentence is there, and no action of any kind. */
async function checkPdf(path: string, file: CorpusFile): Promise<void> {
  expect(new TextDecoder('latin1').decode(await readFile(path)), file.name).not.toMatch(ACTIVE_PDF)
  expect(comparable(execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' })), file.name).toContain(comparable(file.sentence ?? ''))
}

/** Each report opened in a fresh page from disk: its article is there, and nothing in it runs or loads. */
async function checkReports(browser: Browser, reports: { file: CorpusFile; path: string }[]): Promise<void> {
  const context = await browser.newContext()
  try {
    for (const { file, path } of reports) {
      const page = await context.newPage()
      const own = pathToFileURL(path).href
      const watch = watchPage(page, (url) => url === own)
      await page.goto(own)
      await expect(page.locator('h1')).toBeVisible()
      const blocks = await page.locator('#article').evaluate((root) =>
        Array.from(root.querySelectorAll('.block'), (block) => {
          const copy = block.cloneNode(true) as Element
          copy.querySelectorAll('.pnum, .note-ref').forEach((label) => label.remove())
          return copy.textContent ?? ''
        })
      )
      expect(comparable(blocks.join('\n')), file.name).toContain(comparable(file.sentence ?? ''))
      await page.waitForTimeout(50)
      expect(await breaches(watch), `report of ${file.name}`).toEqual(NO_BREACH)
      await page.close()
    }
  } finally {
    await context.close()
  }
}

browserTest('browser mode: every hostile, office and PDF file opens with its text or is refused, runs nothing, loads nothing; so do their reports', async ({ page, browser, baseURL }) => {
  browserTest.setTimeout(240_000)
  const origin = new URL(baseURL ?? '').origin
  const watch = watchPage(page, (url) => url.startsWith(origin))
  await openApp(page)
  const dir = await mkdtemp(join(tmpdir(), 'themata-hostile-'))
  const reports: { file: CorpusFile; path: string }[] = []
  for (const file of FILES) {
    await openAndCheck(page, file, async ({ path }) => {
      const chooser = page.waitForEvent('filechooser')
      await page.getByRole('button', { name: 'Open article' }).click()
      await (await chooser).setFiles(path)
    })
    if (file.refusal) continue
    await tagSentence(page, file)
    const download = page.waitForEvent('download')
    await exportReport(page, 'Web page (HTML)')
    const saved = join(dir, `${reports.length}-${(await download).suggestedFilename()}`)
    await (await download).saveAs(saved)
    reports.push({ file, path: saved })
  }
  expect(await breaches(watch)).toEqual(NO_BREACH)
  expect(reports).toHaveLength(FILES.length - Object.keys(REFUSALS).length)
  await checkReports(browser, reports)
})

test('desktop: the same files through main’s import services; the hostile pages’ saved reports as HTML, Word and PDF', async ({ page, desktop, browser, baseURL }) => {
  test.setTimeout(240_000)
  const origin = new URL(baseURL ?? '').origin
  const watch = watchPage(page, (url) => url.startsWith(origin))
  await openApp(page)
  const reports: { file: CorpusFile; path: string }[] = []
  for (const file of FILES) {
    await openAndCheck(page, file, ({ path }) => desktop.openArticle(path))
    // The reports are made in the page from what was imported, as in browser mode, where every file's is checked.
    if (file.refusal || !file.name.startsWith('hostile-')) continue
    await tagSentence(page, file)
    const saved = desktop.savedReports.length
    await exportReport(page, 'Web page (HTML)')
    await expect.poll(() => desktop.savedReports.length).toBe(saved + 1)
    await expect(page.getByRole('status').filter({ hasText: `saved to ${desktop.savedReports[saved] as string}` }).last()).toBeVisible()
    // Reports of articles with the same title get the same name: each is kept as it was saved.
    const kept = join(desktop.reportDir, `kept-${saved}.html`)
    await copyFile(desktop.savedReports[saved] as string, kept)
    reports.push({ file, path: kept })
    for (const [format, check] of [['Word with comments (.docx)', checkDocx], ['PDF', checkPdf]] as const) {
      const before = desktop.savedReports.length
      await exportReport(page, format)
      await expect.poll(() => desktop.savedReports.length).toBe(before + 1)
      const path = desktop.savedReports[before] as string
      await expect(page.getByRole('status').filter({ hasText: `saved to ${path}` }).last()).toBeVisible({ timeout: 30_000 })
      await check(path, file)
    }
  }
  expect(await breaches(watch)).toEqual(NO_BREACH)
  await checkReports(browser, reports)
})

browserTest('the page is served with its content security policy as a header too', async ({ page }) => {
  const response = await page.goto('/')
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  expect(response?.headers()['content-security-policy']).toBe(meta)
  expect(meta).toContain("script-src 'self'")
})

browserTest('the watch sees payloads run: the raw hostile page, opened straight in Chromium, trips it', async ({ page }) => {
  const raw = pathToFileURL(join(EXTERNAL, 'hostile', 'hostile-05-document-level.html')).href
  const watch = watchPage(page, (url) => url === raw)
  await page.route(/^https?:/, (route) => route.abort())
  await page.goto(raw).catch(() => undefined)
  await expect.poll(() => watch.dialogs.length + watch.requests.length).toBeGreaterThan(0)
})
