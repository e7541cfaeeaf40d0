import { pathToFileURL } from 'node:url'
import { describe, expect, it, vi } from 'vitest'
import { blocksNavigation, fromOwnPageOnly, IPC_REFUSED, isOwnPage, windowOpenDecision, type OwnPage } from './windowGuards'

const built: OwnPage = { rendererFile: '/opt/Themata/resources/app.asar/out/renderer/index.html' }
const dev: OwnPage = { devServerUrl: 'http://localhost:5173/', rendererFile: built.rendererFile }
const ownFile = pathToFileURL(built.rendererFile).href

describe('isOwnPage', () => {
  it('accepts the built page, with or without a hash or query', () => {
    expect(ownFile).toBe('file:///opt/Themata/resources/app.asar/out/renderer/index.html')
    for (const url of [ownFile, `${ownFile}#passages`, `${ownFile}?x=1`]) expect(isOwnPage(url, built), url).toBe(true)
  })

  it('refuses any other page, however alike', () => {
    const others = [
      'file:///tmp/download/renderer/index.html',
      'file:///opt/Themata/resources/app.asar/out/renderer/index.html.evil/x',
      'file:///opt/Themata/resources/app.asar/out/renderer/../renderer2/index.html',
      'file://evil.example/opt/Themata/resources/app.asar/out/renderer/index.html',
      'file:///opt/Themata/resources/app.asar/out/renderer%2Findex.html',
      'https://evil.example/renderer/index.html',
      'http://localhost:5173/',
      'about:blank',
      'data:text/html,<p>x</p>',
      '',
      'not a url'
    ]
    for (const url of others) expect(isOwnPage(url, built), url).toBe(false)
  })

  it('in development, accepts the dev server’s origin only', () => {
    expect(isOwnPage('http://localhost:5173/', dev)).toBe(true)
    expect(isOwnPage('http://localhost:5173/index.html#x', dev)).toBe(true)
    for (const url of ['http://localhost:5173.evil.example/', 'http://localhost:5174/', 'https://localhost:5173/', 'http://127.0.0.1:5173/', ownFile]) {
      expect(isOwnPage(url, dev), url).toBe(false)
    }
  })
})

describe('navigation and new windows', () => {
  it('blocks navigation away from our page, not within it', () => {
    expect(blocksNavigation(`${ownFile}#top`, built)).toBe(false)
    expect(blocksNavigation('https://example.org/', built)).toBe(true)
    expect(blocksNavigation('file:///etc/passwd', built)).toBe(true)
  })

  it('never opens a window; only web links may go to the system browser', () => {
    expect(windowOpenDecision('https://example.org/a')).toEqual({ action: 'deny', openExternally: true })
    expect(windowOpenDecision('http://example.org/')).toEqual({ action: 'deny', openExternally: true })
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'https://user:pw@example.org/', ownFile, '']) {
      expect(windowOpenDecision(url), url).toEqual({ action: 'deny', openExternally: false })
    }
  })
})

describe('fromOwnPageOnly', () => {
  it('runs the handler for our page', async () => {
    const handle = vi.fn(async (request: unknown) => ({ status: 'cancelled', request }))
    expect(await fromOwnPageOnly(built, handle)(ownFile, 1)).toEqual({ status: 'cancelled', request: 1 })
    expect(handle).toHaveBeenCalledOnce()
  })

  it('refuses IPC from any other page, or from none, without running the handler', async () => {
    const handle = vi.fn(async () => ({ status: 'cancelled' }))
    const guarded = fromOwnPageOnly(built, handle)
    for (const sender of ['https://evil.example/', 'file:///tmp/renderer/index.html', undefined]) {
      await expect(guarded(sender, undefined)).rejects.toThrow(new Error(IPC_REFUSED))
    }
    expect(IPC_REFUSED).toBe('IPC from an unknown page was refused.')
    expect(handle).not.toHaveBeenCalled()
  })
})
