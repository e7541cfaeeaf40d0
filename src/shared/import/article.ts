/**
 * Which part of a sanitized page is the article. Readability decides, on a copy, because it rewrites
 * what it reads (h1 becomes h2, the heading repeating the title goes). Every element is marked
 * beforehand, so the marks Readability's result still carries tell which of the page's own
 * elements it kept; the block walker then reads those, with their real headings, lists and tables.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability'
import { isElement } from './dom'
import type { Skip } from './htmlBlocks'

const MARK = 'data-themata-id'
const HEADING = /^h[1-6]$/

export interface Article {
  /** Where to read: the element holding everything kept (or its <article>, for the title and byline). */
  root: Element
  /** What Readability dropped there: ads, share bars, related links, comments. */
  skip: Skip
  byline?: string
}

interface Verdict {
  kept: Set<string>
  byline?: string
}

function readabilityVerdict(body: HTMLElement, title: string | undefined): Verdict | undefined {
  const copy = body.ownerDocument.implementation.createHTMLDocument(title ?? '')
  copy.body.replaceWith(copy.importNode(body, true))
  // A short or plain page (a few paragraphs, a note) has no boilerplate to cut: it is read whole.
  if (!isProbablyReaderable(copy)) return undefined
  let result
  try {
    result = new Readability<Node>(copy, { serializer: (node) => node }).parse()
  } catch {
    // Readability gives up on some odd pages; the caller then reads the page without it.
    return undefined
  }
  const content = result?.content
  if (!content || !isElement(content)) return undefined
  const kept = new Set(Array.from(content.querySelectorAll(`[${MARK}]`), (element) => element.getAttribute(MARK) ?? ''))
  return { kept, byline: result?.byline?.replace(/^\s*by\s+/i, '') || undefined }
}

function commonAncestor(elements: readonly Element[]): Element | undefined {
  let ancestor = elements[0]
  for (const element of elements) {
    while (ancestor && !ancestor.contains(element)) ancestor = ancestor.parentElement ?? undefined
  }
  return ancestor
}

/** The article in a sanitized page body, or undefined when Readability finds none or the page needs none. */
export function findArticle(body: HTMLElement, title: string | undefined): Article | undefined {
  const elements = Array.from(body.getElementsByTagName('*'))
  elements.forEach((element, index) => element.setAttribute(MARK, String(index)))
  const verdict = readabilityVerdict(body, title)
  for (const element of elements) element.removeAttribute(MARK)

  const kept = elements.filter((_, index) => verdict?.kept.has(String(index)))
  const root = commonAncestor(kept)
  if (!verdict || !root) return undefined
  // Kept elements and their ancestors stay; anything else Readability removed goes, with its content.
  const live = new Set<Element>()
  for (const element of kept) {
    for (let node: Element | null = element; node && !live.has(node); node = node.parentElement) live.add(node)
  }
  // Headings stay even when dropped: Readability removes the one that repeats the title.
  const skip: Skip = (element) => root.contains(element) && !live.has(element) && !HEADING.test(element.localName)
  return { root: root.closest('article') ?? root, skip, byline: verdict.byline }
}
