/** What a reader does in the article, as Playwright steps. */
import { resolve } from 'node:path'
import { expect, type Locator, type Page } from '@playwright/test'

export const CORPUS = resolve(__dirname, '../../../shared/corpus')
export const SEED_TITLE = 'Strikes on SOCAR and the collapse of the CIS: How Russia is escalating hostility toward Azerbaijan'

export async function openApp(page: Page): Promise<void> {
  await page.goto('/')
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible()
}

export function article(page: Page): Locator {
  return page.locator('.article .ProseMirror')
}

export function passagesPanel(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Passages' })
}

export function tagToolbar(page: Page): Locator {
  return page.getByRole('toolbar', { name: 'Tag selection' })
}

/**
 * Selects `phrase` in the article as a reader's drag would (a DOM range over the text),
 * optionally only part of it: characters [from, to) of the phrase.
 */
export async function selectText(page: Page, phrase: string, from = 0, to = phrase.length): Promise<void> {
  await article(page).getByText(phrase, { exact: false }).first().scrollIntoViewIfNeeded()
  const found = await page.evaluate(
    ({ phrase, from, to }) => {
      const root = document.querySelector('.article .ProseMirror') as HTMLElement
      for (const block of Array.from(root.querySelectorAll(':scope > section > *'))) {
        const text = block.textContent ?? ''
        const at = text.indexOf(phrase)
        if (at < 0) continue
        const locate = (offset: number): [Node, number] => {
          const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT)
          let seen = 0
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const length = node.textContent?.length ?? 0
            if (offset <= seen + length) return [node, offset - seen]
            seen += length
          }
          throw new Error('offset outside block')
        }
        const range = document.createRange()
        range.setStart(...locate(at + from))
        range.setEnd(...locate(at + to))
        const selection = document.getSelection() as Selection
        selection.removeAllRanges()
        selection.addRange(range)
        return true
      }
      return false
    },
    { phrase, from, to }
  )
  expect(found, `phrase not found in the article: ${phrase}`).toBe(true)
  await expect(tagToolbar(page)).toBeVisible()
}

/** Number of passages the panel lists under a theme. */
export function themeGroup(page: Page, theme: string): Locator {
  return passagesPanel(page).locator(`details[data-theme="${theme}"]`)
}

export async function expectThemeCount(page: Page, theme: string, count: number): Promise<void> {
  await expect(themeGroup(page, theme).locator('summary .n')).toHaveText(String(count))
}
