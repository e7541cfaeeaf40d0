/**
 * The article schema: sections of flat plain-text blocks, no marks. Sections carry no meaning;
 * they group a few screens of blocks so the browser can skip laying out and painting the ones off
 * screen as units (see offsets.ts for why, and for how text offsets map to positions).
 */
import { Node, mergeAttributes } from '@tiptap/core'
import type { Block } from '@shared/document'
import type { ArticleLayout } from './offsets'

function textblock(name: string, tag: string, className?: string): Node {
  return Node.create({
    name,
    group: 'block',
    content: 'text*',
    marks: '',
    parseHTML: () => [{ tag: className ? `${tag}.${className}` : tag }],
    renderHTML: ({ HTMLAttributes }) => [tag, mergeAttributes(HTMLAttributes, className ? { class: className } : {}), 0]
  })
}

const ArticleDoc = Node.create({ name: 'doc', topNode: true, content: 'section+' })
const ArticleText = Node.create({ name: 'text', group: 'inline' })

/** A run of blocks; its estimated height (in lines) stands in for its layout while it is skipped. */
const Section = Node.create({
  name: 'section',
  content: 'block+',
  addAttributes: () => ({ lines: { default: 10 } }),
  parseHTML: () => [{ tag: 'section' }],
  renderHTML: ({ node }) => ['section', { style: `contain-intrinsic-size: auto ${Math.round(Number(node.attrs['lines']) * 1.7 + 0.5)}em` }, 0]
})

const Heading = Node.create({
  name: 'heading',
  group: 'block',
  content: 'text*',
  marks: '',
  addAttributes: () => ({ level: { default: 2 } }),
  parseHTML: () => [1, 2, 3, 4, 5, 6].map((level) => ({ tag: `h${level}`, attrs: { level } })),
  renderHTML: ({ node, HTMLAttributes }) => [`h${Math.min(6, Math.max(1, Number(node.attrs['level'])))}`, HTMLAttributes, 0]
})

export const articleNodes = [
  ArticleDoc,
  ArticleText,
  Section,
  Heading,
  textblock('paragraph', 'p'),
  textblock('listItem', 'p', 'list-item'),
  textblock('quote', 'blockquote'),
  textblock('tableRow', 'p', 'table-row')
]

/** Lines a block takes at the article's measure (about 80 characters a line), plus its margin. */
function estimatedLines(block: Block): number {
  return Math.max(1, Math.ceil(block.text.length / 80)) + 0.55
}

/** The tiptap JSON for a document's blocks, in the sections of `layout`. */
export function blocksToContent(blocks: readonly Block[], layout: Pick<ArticleLayout, 'sectionStarts'>): { type: 'doc'; content: object[] } {
  const sections = layout.sectionStarts.map((first, k) => {
    const slice = blocks.slice(first, layout.sectionStarts[k + 1] ?? blocks.length)
    return {
      type: 'section',
      attrs: { lines: slice.reduce((sum, block) => sum + estimatedLines(block), 0) },
      content: slice.map((block) => ({
        type: block.type,
        ...(block.type === 'heading' ? { attrs: { level: block.level ?? 2 } } : {}),
        ...(block.text ? { content: [{ type: 'text', text: block.text }] } : {})
      }))
    }
  })
  return { type: 'doc', content: sections }
}
