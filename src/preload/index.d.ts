import type { ThemataApi } from '../shared/ipc/contract'

declare global {
  interface Window {
    /** Present in the desktop app (and the e2e bridge); absent in browser mode. */
    themata?: ThemataApi
  }
}
