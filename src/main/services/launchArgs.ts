import { isAbsolute, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** How the process was started, for telling the files in its command line from everything else. */
export interface LaunchContext {
  /** The folder relative paths are relative to: the one the (second) start was made from. */
  cwd: string
  /**
   * Whether Electron runs the app from a path (`electron out/main/index.js file.txt`: development
   * and tests), so the first argument that is not a switch is the app itself, not a file.
   */
  defaultApp: boolean
}

/**
 * The files a command line asks to open, as absolute paths, in order. Skipped: the executable,
 * Electron's and Chromium's switches (`--no-sandbox`, `--inspect=0`, the ones a second instance's
 * argv gains), macOS's `-psn_…` process serial number, the app path in development; after `--`
 * everything is a file. File managers may hand over `file://` URLs (a desktop entry's `%U`).
 */
export function filesFromArgv(argv: readonly string[], context: LaunchContext): string[] {
  const files: string[] = []
  let appPathSkipped = !context.defaultApp
  let switches = true
  for (const arg of argv.slice(1)) {
    if (switches && arg === '--') {
      switches = false
      continue
    }
    if (switches && arg.startsWith('-')) continue
    if (!appPathSkipped) {
      appPathSkipped = true
      continue
    }
    const path = toPath(arg, context.cwd)
    if (path !== null && !files.includes(path)) files.push(path)
  }
  return files
}

function toPath(arg: string, cwd: string): string | null {
  if (arg.trim() === '') return null
  if (/^file:/i.test(arg)) {
    try {
      return fileURLToPath(arg)
    } catch {
      return null
    }
  }
  // Any other URL (a scheme of two letters or more; "C:" is a Windows drive) is not a file.
  if (/^[a-z][a-z0-9+.-]+:/i.test(arg)) return null
  return isAbsolute(arg) ? resolve(arg) : resolve(cwd, arg)
}
