/**
 * Links that leave the app. `shell.openExternal` hands a URL to whatever the system has registered
 * for its scheme (a file manager for file:, an installer for ms-msdt: …), so only web links go, only
 * after the user has seen the address and said yes. Electron-free: index.ts passes the dialog and
 * `shell.openExternal` in.
 */

export interface ExternalLinkHost {
  /** Asks the user whether to open `url` in their browser; true means yes. */
  confirm(url: string): Promise<boolean>
  /** Opens `url` in the system browser. */
  open(url: string): Promise<void>
}

/** The URL as it will be opened, when it is a plain web link (http or https, no user name or password); else null. */
export function webLink(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null
  if (parsed.username !== '' || parsed.password !== '' || parsed.hostname === '') return null
  return parsed.href
}

export type ExternalLinkOutcome = 'opened' | 'declined' | 'refused'

/** Opens a web link in the system browser once the user confirms; anything else is refused without asking. */
export async function openExternalLink(url: string, host: ExternalLinkHost): Promise<ExternalLinkOutcome> {
  const link = webLink(url)
  if (link === null) return 'refused'
  if (!(await host.confirm(link))) return 'declined'
  await host.open(link)
  return 'opened'
}
