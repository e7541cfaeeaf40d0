/**
 * What the desktop app's session lets through: requests only for our own page's files (nothing leaves
 * the machine, nothing else on disk is read), our CSP as a response header on our own pages (besides
 * the page's meta tag), and no permission at all. Plain functions of URLs, tested without Electron;
 * src/main/index.ts wires them to `session.defaultSession`.
 */
import { dirname, relative, resolve, isAbsolute } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { OwnPage } from './windowGuards'

/**
 * The policy `src/renderer/index.html` declares in its meta tag (a unit test keeps the two equal).
 * `style-src 'unsafe-inline'`: the editor and Svelte set element styles (highlight colours, row
 * offsets); no script or remote resource depends on it.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'"

/** Permissions the app asks for: none. A feature that needs one adds it here, with its reason. */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set()

/** Schemes that never leave the page: inline data and the page's own blobs (CSP governs both). */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'devtools:'])

function parse(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/** Whether `path` is `dir` or inside it (no `..` escape, same volume). */
function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}

/**
 * True for what our page may load: the built renderer's own files (its folder), or in development
 * anything from the dev server's host and port (its HTTP and its hot-reload socket).
 */
export function isOwnResource(url: string, own: OwnPage): boolean {
  const parsed = parse(url)
  if (!parsed) return false
  if (own.devServerUrl) {
    const dev = parse(own.devServerUrl)
    return dev !== null && parsed.host === dev.host && ['http:', 'https:', 'ws:', 'wss:'].includes(parsed.protocol)
  }
  if (parsed.protocol !== 'file:' || parsed.host !== '') return false
  let path: string
  try {
    path = resolve(fileURLToPath(parsed))
  } catch {
    return false
  }
  const dir = resolve(dirname(own.rendererFile))
  return process.platform === 'win32' ? isInside(path.toLowerCase(), dir.toLowerCase()) : isInside(path, dir)
}

/** For `webRequest.onBeforeRequest`: cancel everything but our own files and local data. */
export function requestAllowed(url: string, own: OwnPage): boolean {
  const scheme = parse(url)?.protocol
  return (scheme !== undefined && LOCAL_SCHEMES.has(scheme)) || isOwnResource(url, own)
}

type Headers = Record<string, string[]>

/**
 * For `webRequest.onHeadersReceived`: our documents get our CSP (replacing any other) and `nosniff`;
 * other responses are left as they are (they are never requested: see requestAllowed).
 */
export function withSecurityHeaders(url: string, resourceType: string, headers: Headers | undefined, own: OwnPage): Headers | undefined {
  if (!isOwnResource(url, own) || (resourceType !== 'mainFrame' && resourceType !== 'subFrame')) return headers
  const kept = Object.fromEntries(
    Object.entries(headers ?? {}).filter(([name]) => !/^(content-security-policy|x-content-type-options)$/i.test(name))
  )
  return { ...kept, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY], 'X-Content-Type-Options': ['nosniff'] }
}

/** For the session's permission request and check handlers: only what ALLOWED_PERMISSIONS names, and only for our page. */
export function permissionAllowed(permission: string, requestingUrl: string, own: OwnPage): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isOwnResource(requestingUrl, own)
}

/**
 * For the print window's own session (main prints reports to PDF in a hidden window that loads the
 * report from a temp file): only the file being printed, and inline data, load.
 */
export function printRequestAllowed(url: string, printing: readonly string[]): boolean {
  const parsed = parse(url)
  if (!parsed) return false
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return true
  if (parsed.protocol !== 'file:' || parsed.host !== '') return false
  try {
    const path = resolve(fileURLToPath(parsed))
    return printing.some((file) => resolve(file) === path)
  } catch {
    return false
  }
}
