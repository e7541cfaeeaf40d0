/**
 * axe-core over every view and every dialog, in the light and the dark scheme: no serious or
 * critical violation anywhere (WCAG 2.x A and AA rules and axe's best practices). A new view is
 * covered by adding a step to `VIEWS`.
 */
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { article, CORPUS, expectThemeCount, openApp, selectText, SEED_TITLE, tagToolbar } from './support/article'
import { expect, test } from './support/desktopBridge'

/** Fails with every serious or critical violation, each with the elements it was found on. */
async function expectAccessible(page: Page, where: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze()
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.replace(/\n/g, ' ')}`).join('\n')}`)
  expect(serious, `${where}:\n${serious.join('\n')}`).toEqual([])
}

/** The seed article open with passages of two themes, one with a note. */
async function openTaggedArticle(page: Page, desktop: { openArticle(path: string): Promise<void> }): Promise<void> {
  await openApp(page)
  await desktop.openArticle(join(CORPUS, 'seed-article.txt'))
  await expect(article(page).locator('h1')).toHaveText(SEED_TITLE)
  await selectText(page, 'Repeated missile strikes on the gas infrastructure near Odesa')
  await page.keyboard.press('1')
  await selectText(page, 'the disintegration of the Commonwealth of Independent States (CIS)')
  await page.keyboard.press('3')
  await expectThemeCount(page, 'CIS', 1)
  await page.keyboard.press('Escape')
}

const VIEWS: { name: string; show(page: Page): Promise<void>; hide?(page: Page): Promise<void> }[] = [
  { name: 'Article', show: async () => undefined },
  {
    name: 'Tag toolbar shown',
    show: async (page) => {
      await selectText(page, 'an attempt by Moscow to exert pressure on Baku')
      await expect(tagToolbar(page)).toBeVisible()
    },
    hide: (page) => page.keyboard.press('Escape')
  },
  {
    name: 'Passage popover open',
    show: async (page) => {
      await article(page).locator('.hl').first().click()
      await expect(page.getByRole('dialog', { name: 'Passage' })).toBeVisible()
    },
    hide: (page) => page.keyboard.press('Escape')
  },
  {
    name: 'Project menu',
    show: async (page) => {
      await page.getByRole('button', { name: /^Project:/ }).click()
      await expect(page.getByRole('dialog', { name: 'Projects' })).toBeVisible()
    },
    hide: (page) => page.keyboard.press('Escape')
  },
  {
    name: 'Codebook editor',
    show: async (page) => {
      await page.getByRole('navigation', { name: 'Codebook' }).getByRole('button', { name: 'New theme' }).click()
      await expect(page.getByRole('dialog')).toBeVisible()
    },
    hide: (page) => page.keyboard.press('Escape')
  },
  {
    name: 'Reading settings',
    show: async (page) => {
      await page.getByRole('button', { name: 'Reading settings' }).click()
      await expect(page.getByRole('dialog', { name: 'Reading settings' })).toBeVisible()
    },
    hide: (page) => page.keyboard.press('Escape')
  },
  {
    name: 'Report dialog',
    show: async (page) => {
      await page.getByRole('button', { name: 'Export report' }).click()
      await expect(page.getByRole('dialog', { name: 'Export report' })).toBeVisible()
    },
    hide: async (page) => {
      await page.keyboard.press('Escape')
      await expect(page.getByRole('dialog', { name: 'Export report' })).toBeHidden()
    }
  },
  {
    name: 'Project files menu',
    show: async (page) => {
      await page.getByRole('button', { name: 'Project files' }).click()
      await expect(page.getByRole('menu', { name: 'Project files' })).toBeVisible()
    },
    hide: (page) => page.keyboard.press('Escape')
  },
  {
    name: 'Codebook import and export menu',
    show: async (page) => {
      await page.getByRole('button', { name: /^Import\/Export/ }).click()
      await expect(page.getByRole('navigation', { name: 'Codebook' }).getByRole('menu')).toBeVisible()
    },
    hide: (page) => page.keyboard.press('Escape')
  },
  {
    name: 'Article details',
    show: async (page) => {
      await page.getByRole('button', { name: 'Article details' }).first().click()
      await expect(page.getByRole('dialog', { name: 'About this article' })).toBeVisible()
    },
    hide: (page) => page.keyboard.press('Escape')
  },
  {
    name: 'All passages',
    show: async (page) => {
      await page.getByRole('tab', { name: 'All passages' }).click()
      await expect(page.getByRole('listbox', { name: 'Passages across the project' }).getByRole('option')).toHaveCount(2)
    }
  },
  {
    name: 'Search',
    show: async (page) => {
      await page.getByRole('searchbox', { name: 'Search the project' }).fill('Baku')
      await page.getByRole('searchbox', { name: 'Search the project' }).press('Enter')
      await expect(page.getByRole('region', { name: 'Search results' }).locator('button.hit').first()).toBeVisible()
    }
  }
]

for (const scheme of ['light', 'dark'] as const) {
  test(`no serious or critical axe violation in any view or dialog (${scheme})`, async ({ page, desktop }) => {
    test.setTimeout(120_000)
    await page.emulateMedia({ colorScheme: scheme })
    await openApp(page)
    await expectAccessible(page, `empty app, ${scheme}`)
    await openTaggedArticle(page, desktop)
    await expect(page.locator(':root')).toHaveAttribute('data-scheme', scheme)
    for (const view of VIEWS) {
      await view.show(page)
      await expectAccessible(page, `${view.name}, ${scheme}`)
      await view.hide?.(page)
    }
  })
}
