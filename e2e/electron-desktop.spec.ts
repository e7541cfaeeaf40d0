/**
 * Themata as a desktop program, in the real Electron app where a binary exists: a file named on the
 * command line opens at start, a second start hands its file to the running window and quits, and
 * File → Open Recent keeps what was opened across restarts until it is cleared. Each test has a
 * profile of its own (user data folder), so it neither sees nor takes the user's Themata.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test'
import { CORPUS, SEED_TITLE } from './support/article'

const MAIN = join(__dirname, '..', 'out', 'main', 'index.js')

function electronBinary(): string | null {
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], { encoding: 'utf8', timeout: 120_000 })
  return probe.status === 0 && probe.stdout ? probe.stdout : null
}

const binary = electronBinary()
test.skip(!binary, 'No Electron binary on this machine (its download is not reachable); the desktop shell cannot run here.')

/** A profile of its own: Electron's user data folder (the switch, and XDG_CONFIG_HOME where Linux derives it). */
async function profile(): Promise<{ args: string[]; env: Record<string, string> }> {
  const dir = await mkdtemp(join(tmpdir(), 'themata-profile-'))
  return { args: [`--user-data-dir=${dir}`], env: { ...(process.env as Record<string, string>), XDG_CONFIG_HOME: dir } }
}

async function launch(user: Awaited<ReturnType<typeof profile>>, ...files: string[]): Promise<{ app: ElectronApplication; window: Page }> {
  const app = await electron.launch({ executablePath: binary as string, args: [MAIN, '--no-sandbox', ...user.args, ...files], env: user.env })
  const window = await app.firstWindow()
  await expect(window.locator('.app[data-ready="true"]')).toBeVisible()
  return { app, window }
}

/** The labels of File → Open Recent, as the native menu has them now. */
function recentMenu(app: ElectronApplication): Promise<{ label: string; enabled: boolean }[]> {
  return app.evaluate(({ Menu }) => {
    const file = Menu.getApplicationMenu()?.items.find((item) => item.label === 'File')
    const recent = file?.submenu?.items.find((item) => item.label === 'Open Recent')
    return (recent?.submenu?.items ?? []).filter((item) => item.type !== 'separator').map((item) => ({ label: item.label, enabled: item.enabled }))
  })
}

/** Clicks an item of File → Open Recent, as the user would. */
async function clickRecent(app: ElectronApplication, label: string): Promise<void> {
  await app.evaluate(({ Menu }, label) => {
    const file = Menu.getApplicationMenu()?.items.find((item) => item.label === 'File')
    const recent = file?.submenu?.items.find((item) => item.label === 'Open Recent')
    recent?.submenu?.items.find((item) => item.label === label)?.click()
  }, label)
}

test('a file named on the command line (how "Open with Themata" starts it) opens at start', async () => {
  const user = await profile()
  const { app, window } = await launch(user, join(CORPUS, 'seed-article.docx'))
  try {
    await expect(window.locator('.article .ProseMirror h1')).toHaveText(SEED_TITLE)
    await expect(window.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /seed-article\.docx/ })).toBeVisible()
  } finally {
    await app.close()
  }
})

test('a second start hands its file to the running window and quits', async () => {
  const user = await profile()
  const { app, window } = await launch(user)
  try {
    const second = spawn(binary as string, [MAIN, '--no-sandbox', ...user.args, join(CORPUS, 'seed-article.md')], { env: user.env, stdio: 'ignore' })
    const exitCode = await new Promise<number | null>((resolve) => second.on('exit', resolve))
    expect(exitCode).toBe(0)
    expect(app.windows()).toHaveLength(1)
    await expect(window.locator('.article .ProseMirror h1')).toHaveText(SEED_TITLE)
    await expect(window.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /seed-article\.md/ })).toBeVisible()
  } finally {
    await app.close()
  }
})

test('File → Open Recent lists what was opened, across a restart, opens it again, and clears', async () => {
  const user = await profile()
  let { app, window } = await launch(user, join(CORPUS, 'seed-article.txt'))
  try {
    await expect(window.locator('.article .ProseMirror h1')).toHaveText(SEED_TITLE)
    await expect.poll(() => recentMenu(app)).toEqual([
      { label: expect.stringMatching(/^seed-article\.txt — /), enabled: true },
      { label: 'Clear Recent', enabled: true }
    ])
    const userData = await app.evaluate(({ app }) => app.getPath('userData'))
    expect(JSON.parse(await readFile(join(userData, 'recent-files.json'), 'utf8'))).toEqual({ files: [join(CORPUS, 'seed-article.txt')] })
    await app.close()

    ;({ app, window } = await launch(user))
    const [first] = await recentMenu(app)
    expect(first?.label).toMatch(/^seed-article\.txt — /)
    await clickRecent(app, first?.label as string)
    await expect(window.locator('.article .ProseMirror h1')).toHaveText(SEED_TITLE)

    await clickRecent(app, 'Clear Recent')
    await expect.poll(() => recentMenu(app)).toEqual([{ label: 'Clear Recent', enabled: false }])
  } finally {
    await app.close()
  }
})

test('the window opens where it was left, at the size it had', async () => {
  const user = await profile()
  let { app } = await launch(user)
  try {
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.setBounds({ x: 40, y: 60, width: 1000, height: 700 }))
    await app.close()
    ;({ app } = await launch(user))
    const bounds = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getBounds())
    expect(bounds).toMatchObject({ width: 1000, height: 700 })
  } finally {
    await app.close()
  }
})
