/** The real desktop app through Playwright's Electron driver, where an Electron binary exists. */
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'

function electronBinary(): string | null {
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], { encoding: 'utf8', timeout: 120_000 })
  return probe.status === 0 && probe.stdout ? probe.stdout : null
}

const binary = electronBinary()

test('the desktop app starts sandboxed with the preload API and opens to the library', async () => {
  test.skip(!binary, 'No Electron binary on this machine (its download is not reachable); the desktop shell cannot run here.')
  const app = await electron.launch({ executablePath: binary as string, args: [join(__dirname, '..', 'out', 'main', 'index.js'), '--no-sandbox'] })
  try {
    const window = await app.firstWindow()
    await expect(window.locator('.app[data-ready="true"]')).toBeVisible()
    await expect(window.locator('.app')).toHaveAttribute('data-host', 'desktop')
    expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined')
    await expect(window.getByRole('button', { name: 'Open article' })).toBeVisible()
  } finally {
    await app.close()
  }
})
