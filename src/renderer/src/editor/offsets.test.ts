import { getSchema } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { blockStarts, blocksToText, type Block } from '@shared/document'
import { articleNodes, blocksToContent } from './blockNodes'
import { articleLayout, blockPos, offsetToPos, posToOffset, SECTION_BLOCKS } from './offsets'

const schema = getSchema(articleNodes)

function article(count: number): { blocks: Block[]; text: string; starts: number[] } {
  const blocks: Block[] = Array.from({ length: count }, (_, i) =>
    i % 17 === 0 ? { type: 'heading', level: 2, text: `Heading ${i}` } : { type: 'paragraph', text: `Block ${i} says ${'x'.repeat(i % 7)} something.` }
  )
  return { blocks, text: blocksToText(blocks), starts: blockStarts(blocks) }
}

describe('article positions', () => {
  it('maps every offset of every block to the same character in the ProseMirror document, across sections', () => {
    const { blocks, text, starts } = article(SECTION_BLOCKS * 3 + 5)
    const layout = articleLayout(blocks, starts)
    expect(layout.sectionStarts).toEqual([0, SECTION_BLOCKS, SECTION_BLOCKS * 2, SECTION_BLOCKS * 3])
    const doc = schema.nodeFromJSON(blocksToContent(blocks, layout))
    doc.check()
    expect(doc.childCount).toBe(4)
    blocks.forEach((block, b) => {
      const start = starts[b] as number
      expect(doc.nodeAt(blockPos(layout, b))?.textContent).toBe(block.text)
      for (let o = start; o <= start + block.text.length; o++) {
        const pos = offsetToPos(layout, o)
        const $pos = doc.resolve(pos)
        expect($pos.parent.textContent).toBe(block.text)
        expect($pos.parentOffset).toBe(o - start)
        expect(posToOffset(layout, pos)).toBe(o)
      }
    })
    expect(doc.textBetween(0, doc.content.size, '\n\n')).toBe(text)
  })

  it('starts a new section once a section holds enough text', () => {
    const blocks: Block[] = Array.from({ length: 10 }, () => ({ type: 'paragraph', text: 'y'.repeat(5_000) }))
    const layout = articleLayout(blocks, blockStarts(blocks))
    expect(layout.sectionStarts).toEqual([0, 3, 6, 9])
    expect([...layout.sectionOf]).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 2, 3])
  })

  it('clamps positions outside the text', () => {
    const { blocks, text, starts } = article(3)
    const layout = articleLayout(blocks, starts)
    expect(posToOffset(layout, 0)).toBe(0)
    expect(posToOffset(layout, 10_000)).toBe(text.length)
  })
})
