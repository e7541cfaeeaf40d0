// Browser mode: builds the app and serves the renderer on the fixed local port.
import { spawnSync } from 'node:child_process'
import { serve, WEB_PORT } from './serve.mjs'

export function startBrowserMode() {
  const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' })
  if (build.status !== 0) {
    console.error('The build failed; see the messages above.')
    process.exit(build.status ?? 1)
  }
  serve('out/renderer', WEB_PORT)
}

if (import.meta.url === `file://${process.argv[1]}`) startBrowserMode()
