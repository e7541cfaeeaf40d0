/**
 * What a hostile file could make a page do, watched from outside it: open a dialog (alert, confirm,
 * prompt, print), set the payloads' sentinel `window.__pwned`, request anything but the page's own
 * files (from any of its frames), or navigate away. hostile/README.md lists these as the payloads' detection signals.
 */
import type { Page } from '@playwright/test'

export interface PageWatch {
  dialogs: string[]
  requests: string[]
  navigations: string[]
  /** The sentinel global, as the page has it now (undefined unless a payload ran). */
  sentinel(): Promise<unknown>
}

/** Starts watching `page`; `own(url)` says which requests and navigations are the page's own. */
export function watchPage(page: Page, own: (url: string) => boolean): PageWatch {
  const watch: PageWatch = {
    dialogs: [],
    requests: [],
    navigations: [],
    sentinel: () => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)
  }
  page.on('dialog', (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss().catch(() => undefined)
  })
  page.on('request', (request) => {
    if (!own(request.url()) && !/^(blob|data):/.test(request.url())) watch.requests.push(request.url())
  })
  // The page leaving itself; its own frames (a preview in a sandboxed srcdoc frame) are not navigations away.
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() && !own(frame.url())) watch.navigations.push(frame.url())
  })
  return watch
}

/** Everything the watch saw that no page of ours may do, for one assertion with a readable diff. */
export async function breaches(watch: PageWatch): Promise<{ dialogs: string[]; requests: string[]; navigations: string[]; sentinel: unknown }> {
  return { dialogs: watch.dialogs, requests: watch.requests, navigations: watch.navigations, sentinel: await watch.sentinel() }
}

export const NO_BREACH = { dialogs: [], requests: [], navigations: [], sentinel: undefined }
