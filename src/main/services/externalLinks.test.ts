import { describe, expect, it, vi } from 'vitest'
import { openExternalLink, webLink, type ExternalLinkHost } from './externalLinks'

function host(answer: boolean): ExternalLinkHost & { confirm: ReturnType<typeof vi.fn>; open: ReturnType<typeof vi.fn> } {
  return { confirm: vi.fn(async () => answer), open: vi.fn(async () => undefined) }
}

describe('webLink', () => {
  it('takes http and https links, as the browser would open them', () => {
    expect(webLink('https://example.org/a?b=1#c')).toBe('https://example.org/a?b=1#c')
    expect(webLink('HTTP://Example.org')).toBe('http://example.org/')
  })

  it('refuses every other scheme, credentials in the address, and what is no URL', () => {
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'ms-msdt:/id x', 'mailto:a@b.c', 'https://user:secret@example.org/', 'https://', 'not a url', '']) {
      expect(webLink(url), url).toBeNull()
    }
  })
})

describe('openExternalLink', () => {
  it('opens a web link once the user confirms, showing them the address', async () => {
    const yes = host(true)
    expect(await openExternalLink('https://example.org/report', yes)).toBe('opened')
    expect(yes.confirm).toHaveBeenCalledWith('https://example.org/report')
    expect(yes.open).toHaveBeenCalledWith('https://example.org/report')
  })

  it('opens nothing when the user declines', async () => {
    const no = host(false)
    expect(await openExternalLink('https://example.org/', no)).toBe('declined')
    expect(no.open).not.toHaveBeenCalled()
  })

  it('refuses any other link without asking', async () => {
    const yes = host(true)
    expect(await openExternalLink('file:///etc/passwd', yes)).toBe('refused')
    expect(yes.confirm).not.toHaveBeenCalled()
    expect(yes.open).not.toHaveBeenCalled()
  })
})
