/** What the built main process must keep of docs/SECURITY.md's checklist (Electron cannot run here, so its bundle is read). */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'

const main = (): Promise<string> => readFile(join(__dirname, '..', 'out', 'main', 'index.js'), 'utf8')

test('the window keeps every web preference the checklist asks for', async () => {
  const bundle = await main()
  for (const preference of [
    /webSecurity:\s*true/,
    /allowRunningInsecureContent:\s*false/,
    /experimentalFeatures:\s*false/,
    /webviewTag:\s*false/,
    /nodeIntegrationInWorker:\s*false/,
    /nodeIntegrationInSubFrames:\s*false/,
    /navigateOnDragDrop:\s*false/,
    /disableBlinkFeatures:\s*"Auxclick"/
  ]) {
    expect(bundle).toMatch(preference)
  }
  expect(bundle).not.toMatch(/enableBlinkFeatures|nodeIntegration:\s*true|contextIsolation:\s*false|sandbox:\s*false/)
})

test('every renderer is sandboxed and guarded, and the session refuses requests, permissions and webviews', async () => {
  const bundle = await main()
  for (const call of ['enableSandbox()', 'web-contents-created', 'will-attach-webview', 'setPermissionRequestHandler', 'setPermissionCheckHandler', 'setDevicePermissionHandler', 'onBeforeRequest', 'onHeadersReceived']) {
    expect(bundle).toContain(call)
  }
  // shell.openExternal is reached only through the confirming link opener.
  expect(bundle.match(/shell\.openExternal\(/g)).toHaveLength(1)
  expect(bundle).not.toMatch(/@electron\/remote|enableRemoteModule/)
})
