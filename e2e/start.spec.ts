/** `npm start` on a machine without the Electron binary: one sentence, then browser mode. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'

const root = join(__dirname, '..')
const hasElectron = spawnSync(process.execPath, ['-e', "require('electron')"], { stdio: 'ignore', timeout: 120_000 }).status === 0

test('npm start explains the fallback and serves the app in browser mode', async ({ page }) => {
  test.skip(hasElectron, 'An Electron binary is present, so npm start runs the desktop app (covered by electron.spec.ts).')
  test.setTimeout(120_000)
  const port = 5310
  const child: ChildProcess = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: root,
    env: { ...process.env, THEMATA_WEB_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  try {
    let output = ''
    await new Promise<void>((resolve, reject) => {
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString()
        if (output.includes(`http://localhost:${port}/`)) resolve()
      })
      child.on('exit', (code) => reject(new Error(`npm start exited with ${code}: ${output}`)))
    })
    expect(output).toContain('The Electron binary is not installed and could not be downloaded, so Themata opens in browser mode instead')
    await page.goto(`http://localhost:${port}/`)
    await expect(page.locator('.app[data-ready="true"]')).toHaveAttribute('data-host', 'browser')
  } finally {
    child.kill()
  }
})
