import { describe, expect, it } from 'vitest'
import { parseXml } from './xml'

const doctype = (entities: string): string => `<?xml version="1.0"?><!DOCTYPE r [${entities}]>`

describe('parseXml', () => {
  it('leaves an external entity as literal text and reads no file (XXE)', () => {
    const doc = parseXml(`${doctype('<!ENTITY secret SYSTEM "file:///etc/passwd">')}<r>Test: &secret;</r>`)
    expect(doc.documentElement.textContent).toBe('Test: &secret;')
  })

  it('expands no declared entity, so nested ones cannot multiply (billion laughs)', () => {
    const laughs = Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('')
    const doc = parseXml(`${doctype(`<!ENTITY l0 "lol">${laughs}`)}<r>&l9;</r>`)
    expect(doc.documentElement.textContent).toBe('&l9;')
  })

  it('still expands the predefined and numeric entities', () => {
    expect(parseXml('<r>&amp; &lt; &#65; &#x42;</r>').documentElement.textContent).toBe('& < A B')
  })

  it('refuses text without a root element', () => {
    expect(() => parseXml('not xml at all')).toThrow(/malformed XML/)
  })
})
