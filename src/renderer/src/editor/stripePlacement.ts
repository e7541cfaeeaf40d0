/**
 * Where a coding bar starts and ends in its block: at the top of its passage's first highlight there
 * and the bottom of its last one. Read from the page once the highlights are in it, every read before
 * any write, so placing the bars of a repaint costs the one layout the frame needs anyway (and a
 * small one for the bars, which are out of the text's flow). CSS anchor positioning did the same
 * in layout, at a third more main-thread work per change (docs/PERFORMANCE.md).
 */

interface Placement {
  bar: HTMLElement
  top: number | null
  bottom: number | null
}

/** The first and last highlight segment of each passage in a block. */
function passageEnds(block: Element): { first: Map<string, Element>; last: Map<string, Element> } {
  const first = new Map<string, Element>()
  const last = new Map<string, Element>()
  for (const segment of block.querySelectorAll('.hl')) {
    for (const id of (segment.getAttribute('data-ids') ?? '').split(' ')) {
      if (!first.has(id)) first.set(id, segment)
      last.set(id, segment)
    }
  }
  return { first, last }
}

function measure(block: HTMLElement, rects: Map<Element, DOMRect>, out: Placement[]): void {
  const holder = block.querySelector(':scope > .stripes')
  if (!holder) return
  const { first, last } = passageEnds(block)
  const rect = (element: Element | undefined): DOMRect | undefined => {
    if (!element) return undefined
    let found = rects.get(element)
    if (!found) rects.set(element, (found = element.getBoundingClientRect()))
    return found
  }
  // The bars' containing block is the block's padding box.
  const box = block.getBoundingClientRect()
  const top = box.top + block.clientTop
  const bottom = top + block.clientHeight
  for (const bar of holder.children) {
    if (!(bar instanceof HTMLElement)) continue
    const id = bar.dataset['id'] ?? ''
    const opens = bar.classList.contains('stripe-in') ? undefined : rect(first.get(id))
    const closes = bar.classList.contains('stripe-on') ? undefined : rect(last.get(id))
    out.push({ bar, top: opens ? opens.top - top : null, bottom: closes ? bottom - closes.bottom : null })
  }
}

/** Places the bars of the given blocks (elements holding a `.stripes` widget; others are passed over). */
export function placeStripes(blocks: Iterable<HTMLElement>): void {
  const placements: Placement[] = []
  const rects = new Map<Element, DOMRect>()
  for (const block of blocks) measure(block, rects, placements)
  for (const { bar, top, bottom } of placements) {
    if (top !== null) bar.style.top = `${top}px`
    if (bottom !== null) bar.style.bottom = `${bottom}px`
  }
}
