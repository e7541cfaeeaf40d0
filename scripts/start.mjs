// Runs the desktop app; where the Electron binary cannot be had (offline machines), browser mode instead.
import { spawn, spawnSync } from 'node:child_process'
import { startBrowserMode } from './web.mjs'

// Requiring `electron` resolves its binary and downloads it on first use; that fails offline.
const probe = spawnSync(process.execPath, ['-e', "require('electron')"], { stdio: 'ignore', timeout: 120_000 })

if (probe.status === 0) {
  const child = spawn('npx', ['electron-vite', 'preview'], { stdio: 'inherit' })
  child.on('exit', (code) => process.exit(code ?? 0))
} else {
  console.log('The Electron binary is not installed and could not be downloaded, so Themata opens in browser mode instead (your work is kept in this browser).')
  startBrowserMode()
}
