/**
 * Pages nested thousands of elements deep (a hostile page, or a broken generator) would overflow the
 * stack of every recursive reader after the parser (sanitizer, Readability, the block walker) and take
 * quadratic time in them. Browsers stop nesting at 512 levels; here whatever lies below `MAX_DEPTH` is
 * rebuilt flat first: its text, cut into a paragraph (or heading) at each block boundary, one level
 * down. Moving nodes deep in a tree costs its depth per move, so the subtree is read once and replaced,
 * never unwrapped element by element.
 */

/** Far deeper than any real article's markup (a few dozen levels), well within every reader's stack. */
export const MAX_DEPTH = 256

/** Inline elements: their text runs on within the paragraph around them. */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'mark', 'q', 's',
  'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'del', 'ins', 'nobr', 'big', 'tt'
])
const HEADING = /^h[1-6]$/

/** Whether an element is left out with everything inside it (scripts, chrome, hidden content). */
export type SkipElement = (element: Element) => boolean

/** The text below `element` as blocks, in order: a new block at every non-inline element's start and end. */
function flatBlocks(element: Element, skip: SkipElement): { tag: string; text: string }[] {
  const blocks: { tag: string; text: string }[] = []
  let text = ''
  let tag = 'p'
  const flush = (): void => {
    if (text.trim() !== '') blocks.push({ tag, text })
    text = ''
  }
  // Each entry is a node to enter, or the end of a block element, with the tag of the block around it.
  const stack: (Node | { endOf: string })[] = Array.from(element.childNodes).reverse()
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if ('endOf' in next) {
      flush()
      tag = next.endOf
      continue
    }
    if (next.nodeType === 3 || next.nodeType === 4) text += (next as Text).data
    if (next.nodeType !== 1) continue
    const child = next as Element
    if (skip(child)) continue
    if (!INLINE.has(child.localName)) {
      flush()
      stack.push({ endOf: tag })
      tag = HEADING.test(child.localName) ? child.localName : 'p'
    } else if (child.localName === 'br') text += ' '
    stack.push(...Array.from(child.childNodes).reverse())
  }
  flush()
  return blocks
}

function flatten(element: Element, skip: SkipElement): void {
  const doc = element.ownerDocument
  const blocks = flatBlocks(element, skip).map(({ tag, text }) => {
    const block = doc.createElement(tag)
    block.textContent = text
    return block
  })
  element.replaceChildren(...blocks)
}

/** Flattens whatever lies deeper than `maxDepth` below `root`; walks without recursion. */
export function limitNesting(root: Element, skip: SkipElement, maxDepth = MAX_DEPTH): void {
  const stack: [Element, number][] = [[root, 0]]
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [element, depth] = next
    if (depth >= maxDepth) flatten(element, skip)
    else for (const child of Array.from(element.children)) stack.push([child, depth + 1])
  }
}
