/**
 * HTML and saved web pages: parsed into an inert document (DOMParser documents run no scripts and
 * load nothing), stripped of site chrome, sanitized, cut down to the article Readability finds,
 * then read as text blocks. Title, author, date and site come from <meta>, OpenGraph and JSON-LD.
 */
import createPurifier, { type Config, type DOMPurify } from 'dompurify'
import type { DocumentMetadata } from '../document'
import { findArticle } from './article'
import { htmlBlocks } from './htmlBlocks'
import { readJsonLd } from './jsonLd'
import { leadingIsoDate, type RawDocument } from './normalize'
import { limitNesting } from './nesting'
import { unclobber } from './unclobber'

export type HtmlWindow = Window & typeof globalThis

/** Elements dropped with everything inside them: active content, embeds, forms, media, metadata. */
const DROPPED_TAGS = [
  'script', 'style', 'link', 'meta', 'base', 'title', 'noscript', 'template',
  'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal',
  'form', 'input', 'button', 'select', 'option', 'textarea', 'datalist',
  'svg', 'math', 'canvas', 'img', 'picture', 'source', 'video', 'audio', 'track', 'map', 'area'
]

const DROPPED_SET: ReadonlySet<string> = new Set(DROPPED_TAGS)

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

/** The charset a page declares in its first bytes (meta charset or http-equiv), for decoding. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024))
  return /<meta[^>]*?charset\s*=\s*["']?\s*([\w.:()-]+)/i.exec(head)?.[1]
}

/** <meta> names that state when an article was published, most specific first. */
const DATE_KEYS = ['date', 'article:published_time', 'dc.date', 'dcterms.date', 'dc.date.issued', 'pubdate']
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i

function readMetadata(doc: Document): { title?: string; metadata: DocumentMetadata } {
  const meta = new Map<string, string>()
  for (const element of doc.querySelectorAll('meta')) {
    const key = (element.getAttribute('name') ?? element.getAttribute('property') ?? '').trim().toLowerCase()
    const content = element.getAttribute('content')?.trim()
    if (key && content && !meta.has(key)) meta.set(key, content)
  }
  const linked = readJsonLd(doc)
  const date = [...DATE_KEYS.map((key) => meta.get(key)), linked.datePublished].map((value) => leadingIsoDate(value ?? '')).find(Boolean)
  const lang = doc.documentElement.getAttribute('lang')?.trim() || linked.language
  return {
    title: meta.get('og:title') || linked.headline || doc.title || undefined,
    metadata: {
      author: meta.get('author') || linked.author,
      date,
      source: meta.get('og:site_name') || linked.publisher,
      language: lang && LANGUAGE_TAG.test(lang) ? lang : undefined
    }
  }
}

/** Without Readability's verdict: the article the page marks (the longest, if several), else <main>, else the body. */
function markedRoot(body: Element): Element {
  let article: Element | undefined
  let longest = -1
  for (const candidate of body.querySelectorAll('article')) {
    const length = candidate.textContent?.length ?? 0
    if (length > longest) [article, longest] = [candidate, length]
  }
  return article ?? body.querySelector('main, [role=main]') ?? body
}

/** Elements whose content never reaches the article: dropped by the sanitizer, chrome, hidden. */
function isDropped(element: Element): boolean {
  return DROPPED_SET.has(element.localName) || element.matches(CHROME) || HIDDEN_STYLE.test(element.getAttribute('style') ?? '')
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

export function parseHtml(html: string, window: HtmlWindow): RawDocument {
  const doc = new window.DOMParser().parseFromString(html, 'text/html')
  unclobber(doc, window)
  limitNesting(doc.documentElement, isDropped)
  const { title, metadata } = readMetadata(doc)
  removeChrome(doc.body)
  // Given a <body>, DOMPurify returns its sanitized copy of that <body>.
  const clean = purifierFor(window).sanitize(doc.body, SANITIZE) as HTMLElement
  const article = findArticle(clean, title)
  const blocks = article ? htmlBlocks(article.root, article.skip) : htmlBlocks(markedRoot(clean))
  return { blocks, title, metadata: { ...metadata, author: metadata.author || article?.byline } }
}
