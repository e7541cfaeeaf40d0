/** What the production build must be for the desktop app to stay sandboxed and locked down. */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'

const out = join(__dirname, '..', 'out')

test('the preload is one CommonJS file that needs nothing but electron (sandbox: true)', async () => {
  const preload = await readFile(join(out, 'preload', 'index.js'), 'utf8')
  expect(preload).not.toMatch(/^\s*(import|export)\s/m)
  expect([...preload.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1])).toEqual(['electron'])
  expect(preload).toContain('exposeInMainWorld("themata"')
})

test('the main process keeps the window sandboxed and isolated', async () => {
  const main = await readFile(join(out, 'main', 'index.js'), 'utf8')
  expect(main).toMatch(/sandbox:\s*true/)
  expect(main).toMatch(/contextIsolation:\s*true/)
  expect(main).toMatch(/nodeIntegration:\s*false/)
  expect(main).toContain('setWindowOpenHandler')
  expect(main).toContain('will-navigate')
})

test('the renderer ships a strict CSP, minified code and no remote resources', async () => {
  const html = await readFile(join(out, 'renderer', 'index.html'), 'utf8')
  expect(html).toMatch(/Content-Security-Policy"\s+content="default-src 'self'; script-src 'self';/)
  expect(html).not.toMatch(/(src|href)="https?:/)
  const assets = join(out, 'renderer', 'assets')
  const scripts = (await readdir(assets)).filter((f) => f.endsWith('.js'))
  const entry = await readFile(join(assets, scripts.find((f) => f.startsWith('index-')) as string), 'utf8')
  expect(entry.split('\n').length).toBeLessThan(entry.length / 1000)
})
