/**
 * What the desktop shell lets in and out of its window: IPC only from our own page, no navigation
 * away from it, no new windows (web links go to the system browser, once the user confirms: see
 * externalLinks). Plain functions of URLs, so they are tested without Electron; src/main/security.ts
 * and src/main/index.ts wire them to the window and to ipcMain.
 */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { webLink } from './externalLinks'

/** Where our page lives: the dev server in development, the built index.html otherwise. */
export interface OwnPage {
  devServerUrl?: string
  rendererFile: string
}

export const IPC_REFUSED = 'IPC from an unknown page was refused.'

function parse(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/** True for our page only: the same origin as the dev server, or exactly the built index.html (any hash or query). */
export function isOwnPage(url: string, own: OwnPage): boolean {
  const parsed = parse(url)
  if (!parsed) return false
  if (own.devServerUrl) return parsed.origin === parse(own.devServerUrl)?.origin
  if (parsed.protocol !== 'file:' || parsed.host !== '') return false
  let path: string
  try {
    path = resolve(fileURLToPath(parsed))
  } catch {
    return false // e.g. an encoded "/" in the path
  }
  const ours = resolve(own.rendererFile)
  return process.platform === 'win32' ? path.toLowerCase() === ours.toLowerCase() : path === ours
}

/** For `will-navigate`: whether to stop the window leaving our page. */
export function blocksNavigation(url: string, own: OwnPage): boolean {
  return !isOwnPage(url, own)
}

/** For `setWindowOpenHandler`: never a new window; a web link may go to the system browser (after asking). */
export function windowOpenDecision(url: string): { action: 'deny'; openExternally: boolean } {
  return { action: 'deny', openExternally: webLink(url) !== null }
}

/** Wraps an IPC handler so it answers our page only; any other sender gets a refusal and the handler never runs. */
export function fromOwnPageOnly<R>(own: OwnPage, handle: (request: unknown) => Promise<R>): (senderUrl: string | undefined, request: unknown) => Promise<R> {
  return async (senderUrl, request) => {
    if (!isOwnPage(senderUrl ?? '', own)) throw new Error(IPC_REFUSED)
    return handle(request)
  }
}
