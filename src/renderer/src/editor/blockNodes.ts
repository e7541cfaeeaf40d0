/**
 * The article schema: a flat list of plain-text blocks, no marks, no nesting. Because every
 * block is a top-level textblock and the canonical text joins blocks with a two-character
 * separator, a ProseMirror position is always the text offset plus one (see offsets.ts).
 */
import { Node, mergeAttributes } from '@tiptap/core'
import type { Block } from '@shared/document'

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

const ArticleDoc = Node.create({ name: 'doc', topNode: true, content: 'block+' })
const ArticleText = Node.create({ name: 'text', group: 'inline' })

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
  Heading,
  textblock('paragraph', 'p'),
  textblock('listItem', 'p', 'list-item'),
  textblock('quote', 'blockquote'),
  textblock('tableRow', 'p', 'table-row')
]

/** The tiptap JSON for a document's blocks. */
export function blocksToContent(blocks: readonly Block[]): { type: 'doc'; content: object[] } {
  return {
    type: 'doc',
    content: blocks.map((block) => ({
      type: block.type,
      ...(block.type === 'heading' ? { attrs: { level: block.level ?? 2 } } : {}),
      ...(block.text ? { content: [{ type: 'text', text: block.text }] } : {})
    }))
  }
}
