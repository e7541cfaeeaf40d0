/** An HTML tree — a sanitized web page, or the HTML mammoth makes of a Word file — read as text blocks. */
import type { Block } from '../document'
import { childElements, childNodes, isElement, isText } from './dom'

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'tr', 'ul'
])

/** Elements to leave out with everything inside them. */
export type Skip = (element: Element) => boolean

const isList = (element: Element): boolean => element.localName === 'ul' || element.localName === 'ol'

function containsBlock(element: Element): boolean {
  return childElements(element).some((child) => BLOCK_TAGS.has(child.localName) || containsBlock(child))
}

/** The lists nested in a list item itself, not those of the items nested deeper. */
function ownLists(element: Element): Element[] {
  return childElements(element).flatMap((child) => (isList(child) ? [child] : child.localName === 'li' ? [] : ownLists(child)))
}

/** Text as rendered inline: <br> and block boundaries become spaces; whitespace is cleaned later. */
function inlineText(node: Node, skip: Skip): string {
  let text = ''
  for (const child of childNodes(node)) {
    if (isText(child)) text += child.data
    else if (!isElement(child) || skip(child)) continue
    else if (child.localName === 'br') text += ' '
    else if (BLOCK_TAGS.has(child.localName)) text += ` ${inlineText(child, skip)} `
    else text += inlineText(child, skip)
  }
  return text
}

export function htmlBlocks(root: Node, skip: Skip = () => false): Block[] {
  const blocks: Block[] = []

  const visitBlock = (element: Element, inQuote: boolean): void => {
    const tag = element.localName
    if (/^h[1-6]$/.test(tag)) {
      blocks.push({ type: 'heading', level: Number(tag.slice(1)), text: inlineText(element, skip) })
    } else if (tag === 'li') {
      // The item's own text is one block; its nested lists follow as items of their own.
      blocks.push({ type: 'listItem', text: inlineText(element, (child) => isList(child) || skip(child)) })
      for (const list of ownLists(element)) if (!skip(list)) visitBlock(list, inQuote)
    } else if (tag === 'tr') {
      const cells = childElements(element).filter((cell) => (cell.localName === 'td' || cell.localName === 'th') && !skip(cell))
      const texts = cells.map((cell) => inlineText(cell, skip).trim()).filter((text) => text !== '')
      blocks.push({ type: 'tableRow', text: texts.join(' | ') })
    } else {
      walk(element, inQuote || tag === 'blockquote')
    }
  }

  /** Runs of inline content between block children become paragraphs (or quotes inside a blockquote). */
  const walk = (parent: Node, inQuote: boolean): void => {
    let run = ''
    const flush = (): void => {
      if (run.trim() !== '') blocks.push({ type: inQuote ? 'quote' : 'paragraph', text: run })
      run = ''
    }
    for (const child of childNodes(parent)) {
      if (isText(child)) run += child.data
      else if (!isElement(child) || skip(child)) continue
      // An inline element wrapping blocks (a link around a heading and a teaser) is a container too.
      else if (BLOCK_TAGS.has(child.localName) || containsBlock(child)) {
        flush()
        visitBlock(child, inQuote)
      } else run += child.localName === 'br' ? ' ' : inlineText(child, skip)
    }
    flush()
  }

  if (isElement(root) && !skip(root)) visitBlock(root, false)
  else walk(root, false)
  return blocks
}
