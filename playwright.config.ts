import { defineConfig } from '@playwright/test'

/** Set THEMATA_E2E_PORT to run two test runs side by side. */
const E2E_PORT = Number(process.env['THEMATA_E2E_PORT'] ?? 5199)

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/artifacts',
  tsconfig: './tsconfig.node.json',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env['CI'],
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}/`,
    viewport: { width: 1360, height: 860 },
    // Specs find controls by their English names; e2e/languages.spec.ts sets its own locale.
    locale: 'en-US',
    acceptDownloads: true,
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
    }
  },
  webServer: {
    command: `node scripts/serve.mjs out/renderer ${E2E_PORT}`,
    url: `http://127.0.0.1:${E2E_PORT}/`,
    reuseExistingServer: !process.env['CI']
  }
})
