import { describe, expect, it } from 'vitest'
import { escapeHtml } from './escape'

describe('escapeHtml', () => {
  it('escapes markup and both quote kinds', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;'
    )
  })

  it('keeps CR through parsing and replaces NUL', () => {
    expect(escapeHtml('a\rb\0c')).toBe('a&#13;b\uFFFDc')
  })
})
