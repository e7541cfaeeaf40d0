/**
 * HTML and saved web pages: parsed into an inert document (DOMParser documents run no
 * scripts and load nothing), cut down to the article, sanitized, then read as text blocks.
 */
import createPurifier, { type Config, type DOMPurify } from 'dompurify'
import type { Block, DocumentMetadata } from '../document'
import { leadingIsoDate, type RawDocument } from './normalize'

export type HtmlWindow = Window & typeof globalThis

/** Elements dropped with everything inside them: active content, embeds, forms, media, metadata. */
const DROPPED_TAGS = [
  'script', 'style', 'link', 'meta', 'base', 'title', 'noscript', 'template',
  'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal',
  'form', 'input', 'button', 'select', 'option', 'textarea', 'datalist',
  'svg', 'math', 'canvas', 'img', 'picture', 'source', 'video', 'audio', 'track', 'map', 'area'
]

const SANITIZE = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: DROPPED_TAGS,
  ADD_FORBID_CONTENTS: DROPPED_TAGS,
  // Only text is read afterwards: no attribute may point anywhere or carry style.
  FORBID_ATTR: ['src', 'srcset', 'href', 'action', 'formaction', 'poster', 'background', 'ping', 'style', 'xlink:href'],
  ALLOW_DATA_ATTR: false,
  RETURN_DOM: true
} satisfies Config

/** Site chrome and hidden content, removed before sanitizing while roles and styles are still there. */
const CHROME = [
  'nav', 'aside', 'footer', 'dialog',
  '[role=navigation]', '[role=banner]', '[role=contentinfo]', '[role=complementary]', '[role=dialog]',
  '[hidden]', '[aria-hidden=true]'
].join(',')
/** Invisible, or floating over the page (overlays, ads, cookie banners): never article text. */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|position\s*:\s*fixed)\b/i

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'tr', 'ul'
])
const BLOCK_SELECTOR = [...BLOCK_TAGS].join(',')

const purifiers = new WeakMap<HtmlWindow, DOMPurify>()

function purifierFor(window: HtmlWindow): DOMPurify {
  let purifier = purifiers.get(window)
  if (!purifier) {
    purifier = createPurifier(window)
    // An unsupported DOMPurify hands input back unsanitized; refuse rather than read script text.
    if (!purifier.isSupported) throw new Error('DOMPurify is not supported by this window')
    purifiers.set(window, purifier)
  }
  return purifier
}

function isElement(node: Node): node is Element {
  return node.nodeType === node.ELEMENT_NODE
}

function isText(node: Node): node is Text {
  return node.nodeType === node.TEXT_NODE
}

/** The charset a page declares in its first bytes (meta charset or http-equiv), for decoding. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024))
  return /<meta[^>]*?charset\s*=\s*["']?\s*([\w.:()-]+)/i.exec(head)?.[1]
}

function readMetadata(doc: Document): { title?: string; metadata: DocumentMetadata } {
  const meta = new Map<string, string>()
  for (const element of doc.querySelectorAll('meta')) {
    const key = (element.getAttribute('name') ?? element.getAttribute('property') ?? '').trim().toLowerCase()
    const content = element.getAttribute('content')?.trim()
    if (key && content && !meta.has(key)) meta.set(key, content)
  }
  const date = ['date', 'article:published_time'].map((key) => leadingIsoDate(meta.get(key) ?? '')).find(Boolean)
  const lang = doc.documentElement.getAttribute('lang')?.trim()
  return {
    title: meta.get('og:title') || doc.title || undefined,
    metadata: {
      author: meta.get('author'),
      date,
      source: meta.get('og:site_name'),
      language: lang && /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(lang) ? lang : undefined
    }
  }
}

/** The article when the page marks one (the longest, if several), else <main>, else the body. */
function contentRoot(doc: Document): Element {
  let article: Element | undefined
  let longest = -1
  for (const candidate of doc.querySelectorAll('article')) {
    const length = candidate.textContent?.length ?? 0
    if (length > longest) [article, longest] = [candidate, length]
  }
  return article ?? doc.querySelector('main, [role=main]') ?? doc.body
}

function removeChrome(root: Element): void {
  for (const element of root.querySelectorAll(CHROME)) element.remove()
  // A <header> inside the article holds its title and byline; elsewhere it is the site's banner.
  for (const header of root.querySelectorAll('header')) {
    if (!header.parentElement?.closest('article, main, [role=main]')) header.remove()
  }
  for (const element of root.querySelectorAll('[style]')) {
    if (HIDDEN_STYLE.test(element.getAttribute('style') ?? '')) element.remove()
  }
}

/** Text as rendered inline: <br> and block boundaries become spaces; whitespace is cleaned later. */
function inlineText(node: Node, skip?: (element: Element) => boolean): string {
  let text = ''
  for (const child of node.childNodes) {
    if (isText(child)) text += child.data
    else if (!isElement(child) || skip?.(child)) continue
    else if (child.localName === 'br') text += ' '
    else if (BLOCK_TAGS.has(child.localName)) text += ` ${inlineText(child, skip)} `
    else text += inlineText(child, skip)
  }
  return text
}

const isList = (element: Element): boolean => element.localName === 'ul' || element.localName === 'ol'

function visitBlock(element: Element, inQuote: boolean, blocks: Block[]): void {
  const tag = element.localName
  if (/^h[1-6]$/.test(tag)) {
    blocks.push({ type: 'heading', level: Number(tag.slice(1)), text: inlineText(element) })
  } else if (tag === 'li') {
    // The item's own text is one block; its nested lists follow as items of their own.
    blocks.push({ type: 'listItem', text: inlineText(element, isList) })
    for (const list of element.querySelectorAll('ul, ol')) {
      if (list.parentElement?.closest('li') === element) visitBlock(list, inQuote, blocks)
    }
  } else if (tag === 'tr') {
    const cells = [...element.children].filter((cell) => cell.localName === 'td' || cell.localName === 'th')
    const texts = cells.map((cell) => inlineText(cell).trim()).filter((text) => text !== '')
    blocks.push({ type: 'tableRow', text: texts.join(' | ') })
  } else {
    walk(element, inQuote || tag === 'blockquote', blocks)
  }
}

/** Runs of inline content between block children become paragraphs (or quotes inside a blockquote). */
function walk(parent: Node, inQuote: boolean, blocks: Block[]): void {
  let run = ''
  const flush = (): void => {
    if (run.trim() !== '') blocks.push({ type: inQuote ? 'quote' : 'paragraph', text: run })
    run = ''
  }
  for (const child of parent.childNodes) {
    if (isText(child)) run += child.data
    else if (!isElement(child)) continue
    // An inline element wrapping blocks (a link around a heading and a teaser) is a container too.
    else if (BLOCK_TAGS.has(child.localName) || child.querySelector(BLOCK_SELECTOR) !== null) {
      flush()
      visitBlock(child, inQuote, blocks)
    } else run += child.localName === 'br' ? ' ' : inlineText(child)
  }
  flush()
}

export function parseHtml(html: string, window: HtmlWindow): RawDocument {
  const doc = new window.DOMParser().parseFromString(html, 'text/html')
  const { title, metadata } = readMetadata(doc)
  const root = contentRoot(doc)
  removeChrome(root)
  const clean = purifierFor(window).sanitize(root, SANITIZE)
  const blocks: Block[] = []
  walk(clean, false, blocks)
  return { blocks, title, metadata }
}
