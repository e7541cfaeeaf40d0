/** Markdown through markdown-it's token stream, reduced to plain-text blocks. */
import MarkdownIt, { type Token } from 'markdown-it'
import type { Block } from '../document'
import type { RawDocument } from './normalize'

// html: false turns raw HTML into literal text, so no markup from the file survives as markup.
const markdown = new MarkdownIt('default', { html: false, linkify: false, typographer: false })

/** Inline markup reduced to what a reader sees: link text, image alt text, code as written. */
function plainText(tokens: readonly Token[] | null): string {
  let text = ''
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'text':
      case 'text_special':
      case 'code_inline':
        text += token.content
        break
      case 'softbreak':
      case 'hardbreak':
        text += ' '
        break
      case 'image':
        text += plainText(token.children)
        break
    }
  }
  return text
}

export function parseMarkdown(source: string): RawDocument {
  const blocks: Block[] = []
  // Text parts of each open list item, innermost last: an item is one block however many paragraphs it has.
  const openItems: string[][] = []
  let quoteDepth = 0
  let headingLevel: number | undefined
  let row: string[] | undefined

  const flushItem = (): void => {
    const parts = openItems.at(-1)
    if (parts && parts.length > 0) blocks.push({ type: 'listItem', text: parts.join(' ') })
    if (parts) parts.length = 0
  }

  const addText = (text: string): void => {
    if (row) row.push(text)
    else if (openItems.length > 0) openItems.at(-1)?.push(text)
    else if (headingLevel !== undefined) blocks.push({ type: 'heading', level: headingLevel, text })
    else blocks.push({ type: quoteDepth > 0 ? 'quote' : 'paragraph', text })
  }

  for (const token of markdown.parse(source, {})) {
    switch (token.type) {
      case 'blockquote_open':
        quoteDepth++
        break
      case 'blockquote_close':
        quoteDepth--
        break
      case 'list_item_open':
        // The parent item's own text comes before its nested items.
        flushItem()
        openItems.push([])
        break
      case 'list_item_close':
        flushItem()
        openItems.pop()
        break
      case 'heading_open':
        headingLevel = Number(token.tag.slice(1))
        break
      case 'heading_close':
        headingLevel = undefined
        break
      case 'tr_open':
        row = []
        break
      case 'tr_close':
        if (row) blocks.push({ type: 'tableRow', text: row.filter((cell) => cell.trim() !== '').join(' | ') })
        row = undefined
        break
      case 'inline':
        addText(plainText(token.children))
        break
      case 'code_block':
      case 'fence':
        addText(token.content)
        break
    }
  }
  return { blocks }
}
