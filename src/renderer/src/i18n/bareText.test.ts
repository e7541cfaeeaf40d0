/**
 * Nothing a user reads may bypass the catalogue: every component's text and user-facing attributes
 * come from `t(…)`, and no message to the user or undo step is written as a literal. A lint over the
 * sources, so a new component with a bare English word fails here rather than in a Russian screenshot.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parse } from 'svelte/compiler'
import { describe, expect, it } from 'vitest'

const RENDERER = join(import.meta.dirname, '..')

/** Words that are the same in every language: the product's name, the search options' "Aa" glyph. */
const ALLOWED = new Set(['Themata', 'Aa'])
/** Attributes a user reads or hears (and the props our components pass on to such attributes). */
const READ_ATTRIBUTES = new Set([
  'title',
  'placeholder',
  'alt',
  'label',
  'heading',
  'submitLabel',
  'topLevel',
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext'
])
const LETTER = /\p{L}/u

function files(dir: string, ending: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return files(path, ending)
    return ending.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : []
  })
}

interface Node {
  type: string
  data?: string
  name?: string
  value?: true | Node | Node[]
  start: number
  [key: string]: unknown
}

/** Every text a component shows or says without going through `t`, with where it is. */
function bareText(source: string): string[] {
  const found: string[] = []
  const line = (at: number): number => source.slice(0, at).split('\n').length
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit)
    if (!node || typeof node !== 'object') return
    const n = node as Node
    if (n.type === 'Text' && typeof n.data === 'string') {
      const text = n.data.trim()
      if (LETTER.test(text) && !ALLOWED.has(text)) found.push(`line ${line(n.start)}: ${JSON.stringify(text)}`)
      return
    }
    // Style values (`style:top="{y}px"`) and other directives are not read.
    if (typeof n.type === 'string' && n.type.endsWith('Directive')) return
    if (n.type === 'Attribute') {
      const parts = READ_ATTRIBUTES.has(n.name ?? '') && Array.isArray(n.value) ? n.value : []
      for (const part of parts) {
        if (part.type === 'Text' && LETTER.test(part.data ?? '')) found.push(`line ${line(part.start)}: ${n.name}=${JSON.stringify(part.data)}`)
      }
      return
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'parent' && typeof value === 'object') visit(value)
  }
  visit(parse(source, { modern: true }).fragment)
  return found
}

describe('user-visible text goes through the message catalogue', () => {
  const components = files(join(RENDERER, 'components'), /\.svelte$/)

  it('finds the components', () => {
    expect(components.length).toBeGreaterThan(30)
  })

  it.each(components.map((path) => [relative(RENDERER, path), path]))('%s has no bare text', (_name, path) => {
    expect(bareText(readFileSync(path, 'utf8'))).toEqual([])
  })

  it('would catch a bare word, a bare label and a mixed attribute', () => {
    const sample = '<p>Hello</p><button aria-label="Close">×</button><input placeholder="Find {x}" /><h1>Themata</h1><span title={t("a")}>{n} ›</span>'
    expect(bareText(sample)).toEqual(['line 1: "Hello"', 'line 1: aria-label="Close"', 'line 1: placeholder="Find "'])
  })

  it('tells the user nothing, and names no undo step, in a literal', () => {
    const literal = /\b(?:notify|notifyError|history\.commit)\(\s*['"`]|\berror:\s*['"`]\p{L}/u
    const offenders = files(RENDERER, /\.(?:ts|svelte)$/).filter((path) => literal.test(readFileSync(path, 'utf8')))
    expect(offenders.map((path) => relative(RENDERER, path))).toEqual([])
  })
})
