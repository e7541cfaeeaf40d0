/** The e2e bridge is the preload's own validated API: what the preload refuses, the tests see refused. */
import { openApp } from './support/article'
import { expect, test } from './support/desktopBridge'
import { MENU_CHANNEL } from '../src/shared/ipc/contract'

test('a malformed request is refused with a sentence before it reaches main', async ({ page }) => {
  await openApp(page)
  const refused = await page.evaluate(() =>
    (window as unknown as { themata: { importArticle(request: unknown): Promise<unknown> } }).themata
      .importArticle({ fileName: 'notes.txt', bytes: 'not bytes' })
      .then(
        () => 'accepted',
        (error: Error) => error.message
      )
  )
  expect(refused).toContain('Themata refused a malformed importArticle request (bytes): Invalid input.')
})

test('a menu command outside the contract is dropped; a valid one is run', async ({ page, desktop }) => {
  await openApp(page)
  const scheme = (): Promise<string | undefined> => page.evaluate(() => document.documentElement.dataset['scheme'])
  const before = await scheme()
  await desktop.send(MENU_CHANNEL, 'delete-everything')
  await desktop.send(MENU_CHANNEL, { command: 'toggle-theme' })
  expect(await scheme()).toBe(before)
  await desktop.menu('toggle-theme')
  await expect.poll(scheme).not.toBe(before)
})
