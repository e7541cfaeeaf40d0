/**
 * The Electron glue of the app's security policy (docs/SECURITY.md): the session's request, header
 * and permission handlers, and the guards every web contents gets. The decisions themselves are the
 * tested services' (sessionPolicy, windowGuards, externalLinks).
 */
import { app, dialog, shell, type BrowserWindow, type Session, type WebContents } from 'electron'
import type { Translate } from '@shared/i18n/format'
import { openExternalLink, type ExternalLinkHost } from './services/externalLinks'
import { permissionAllowed, printRequestAllowed, requestAllowed, withSecurityHeaders } from './services/sessionPolicy'
import { blocksNavigation, windowOpenDecision, type OwnPage } from './services/windowGuards'

/** Requests only for our own files, our CSP on our pages, and no permission or device for anyone. */
export function hardenSession(session: Session, own: OwnPage): void {
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !requestAllowed(details.url, own) }))
  session.webRequest.onHeadersReceived((details, callback) =>
    callback({ responseHeaders: withSecurityHeaders(details.url, details.resourceType, details.responseHeaders, own) })
  )
  session.setPermissionRequestHandler((contents, permission, callback, details) =>
    callback(permissionAllowed(permission, details.requestingUrl || contents.getURL(), own))
  )
  session.setPermissionCheckHandler((contents, permission, _origin, details) =>
    permissionAllowed(permission, details.requestingUrl || contents?.getURL() || '', own)
  )
  session.setDevicePermissionHandler(() => false)
}

/** The print window's session: only the report files being printed load; no permission for anyone. */
export function hardenPrintSession(session: Session, printing: () => readonly string[]): void {
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !printRequestAllowed(details.url, printing()) }))
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
}

/** Asks before a web link leaves for the system browser; the dialog shows the whole address. */
function externalLinkHost(getWindow: () => BrowserWindow | undefined, t: Translate): ExternalLinkHost {
  return {
    async confirm(url) {
      const options: Electron.MessageBoxOptions = {
        type: 'question',
        buttons: [t('link.open'), t('common.cancel')],
        defaultId: 1,
        cancelId: 1,
        title: t('link.title'),
        message: t('link.question'),
        detail: url
      }
      const win = getWindow()
      const { response } = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options)
      return response === 0
    },
    open: (url) => shell.openExternal(url)
  }
}

/**
 * Every web contents: no <webview>, no navigation away from our page, no new window (web links go to
 * the browser, once confirmed in the app's language, `t`).
 */
export function guardWebContents(own: OwnPage, getWindow: () => BrowserWindow | undefined, t: Translate): void {
  const links = externalLinkHost(getWindow, t)
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.on('will-navigate', (event, url) => {
      if (blocksNavigation(url, own)) event.preventDefault()
    })
    contents.setWindowOpenHandler(({ url }) => {
      const { action, openExternally } = windowOpenDecision(url)
      if (openExternally) void openExternalLink(url, links)
      return { action }
    })
  })
}
