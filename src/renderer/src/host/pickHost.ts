import { browserHost } from './browserHost'
import { desktopHost } from './desktopHost'
import type { Host } from './host'

/** The desktop host when the preload put its API on window, else browser mode. */
export function pickHost(): Host {
  return window.themata ? desktopHost(window.themata) : browserHost()
}
