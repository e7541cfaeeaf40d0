import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ALLOWED_PERMISSIONS, CONTENT_SECURITY_POLICY, isOwnResource, permissionAllowed, printRequestAllowed, requestAllowed, withSecurityHeaders } from './sessionPolicy'
import type { OwnPage } from './windowGuards'

const built: OwnPage = { rendererFile: '/opt/Themata/resources/app.asar/out/renderer/index.html' }
const dev: OwnPage = { devServerUrl: 'http://localhost:5173/', rendererFile: built.rendererFile }
const own = (path: string): string => pathToFileURL(join('/opt/Themata/resources/app.asar/out/renderer', path)).href

describe('the page’s content security policy', () => {
  it('is the one index.html declares, with no eval and no remote source', () => {
    const html = readFileSync(join(__dirname, '../../renderer/index.html'), 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
    expect(meta).toBe(CONTENT_SECURITY_POLICY)
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/)
    expect(CONTENT_SECURITY_POLICY).toMatch(/(^|; )script-src 'self'(;|$)/)
  })
})

describe('requests', () => {
  it('lets the built page load its own files', () => {
    for (const path of ['index.html', 'assets/index-abc.js', 'assets/index-abc.css', 'assets/pdf.worker.min-x.mjs']) {
      expect(requestAllowed(own(path), built), path).toBe(true)
    }
    expect(requestAllowed('data:,', built)).toBe(true)
    expect(requestAllowed('blob:file:///4b1c1a7e-0000-4000-8000-000000000000', built)).toBe(true)
  })

  it('cancels everything else: the network, other files on disk, escapes from the folder', () => {
    const others = [
      'http://127.0.0.1:9/pwned/x.png',
      'https://example.org/',
      'ws://example.org/socket',
      'file:///etc/passwd',
      'file:///opt/Themata/resources/app.asar/out/renderer/../main/index.js',
      'file:///opt/Themata/resources/app.asar/out/renderer-evil/x.js',
      'file://evil.example/opt/Themata/resources/app.asar/out/renderer/index.html',
      'ftp://example.org/x',
      'javascript:alert(1)',
      'not a url',
      ''
    ]
    for (const url of others) expect(requestAllowed(url, built), url).toBe(false)
  })

  it('in development, allows the dev server and its hot-reload socket only', () => {
    expect(requestAllowed('http://localhost:5173/src/main.ts', dev)).toBe(true)
    expect(requestAllowed('ws://localhost:5173/', dev)).toBe(true)
    for (const url of ['http://localhost:5174/', 'http://127.0.0.1:5173/', own('index.html'), 'https://example.org/']) {
      expect(requestAllowed(url, dev), url).toBe(false)
    }
  })
})

describe('response headers', () => {
  it('put our CSP and nosniff on our own pages, replacing any other policy', () => {
    const headers = withSecurityHeaders(own('index.html'), 'mainFrame', { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] }, built)
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      'X-Content-Type-Options': ['nosniff']
    })
    expect(withSecurityHeaders('http://localhost:5173/', 'mainFrame', undefined, dev)?.['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY])
  })

  it('leave scripts, styles and anything not ours as they came', () => {
    const headers = { 'Content-Type': ['text/javascript'] }
    expect(withSecurityHeaders(own('assets/index.js'), 'script', headers, built)).toBe(headers)
    expect(withSecurityHeaders('https://example.org/', 'mainFrame', headers, built)).toBe(headers)
  })
})

describe('permissions', () => {
  it('are none: every permission is refused, to our page and to any other', () => {
    expect(ALLOWED_PERMISSIONS.size).toBe(0)
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'persistent-storage', 'fullscreen', 'hid']) {
      expect(permissionAllowed(permission, own('index.html'), built), permission).toBe(false)
      expect(permissionAllowed(permission, 'https://example.org/', built), permission).toBe(false)
    }
  })
})

describe('isOwnResource', () => {
  it('is the renderer folder itself and what is inside it', () => {
    expect(isOwnResource(own(''), built)).toBe(true)
    expect(isOwnResource(own('a/b/c.js'), built)).toBe(true)
    expect(isOwnResource('file:///opt/Themata/resources/app.asar/out/renderer%2F..%2Fmain/index.js', built)).toBe(false)
  })
})

describe('the print window’s requests', () => {
  const report = '/tmp/themata-print-abc/report.html'

  it('load the report being printed and inline data only', () => {
    expect(printRequestAllowed(pathToFileURL(report).href, [report])).toBe(true)
    expect(printRequestAllowed('data:image/png;base64,AAAA', [report])).toBe(true)
  })

  it('load nothing else: no other file, no network, nothing once printing is over', () => {
    for (const url of ['file:///etc/passwd', pathToFileURL('/tmp/themata-print-abc/other.html').href, 'https://example.org/x.png', 'http://127.0.0.1:9/pwned', 'not a url']) {
      expect(printRequestAllowed(url, [report]), url).toBe(false)
    }
    expect(printRequestAllowed(pathToFileURL(report).href, [])).toBe(false)
  })
})
