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

/**
 * Whether a section's text is laid out, or about to be shown: the browser skips the layout of a section
 * far off screen (`content-visibility: auto`), and measuring in one would lay it out for nothing. Its
 * bars are placed when the browser starts laying it out (`placeShownSection`).
 */
function laidOutOrOnScreen(section: Element): boolean {
  if (section.checkVisibility({ contentVisibilityAuto: true })) return true
  const box = section.getBoundingClientRect()
  return box.bottom > 0 && box.top < window.innerHeight
}

/** Places the bars of the given blocks (elements holding a `.stripes` widget; others are passed over). */
export function placeStripes(blocks: Iterable<HTMLElement>): void {
  const placements: Placement[] = []
  const rects = new Map<Element, DOMRect>()
  const sections = new Map<Element, boolean>()
  for (const block of blocks) {
    const section = block.parentElement
    if (!section) continue
    let measured = sections.get(section)
    if (measured === undefined) sections.set(section, (measured = laidOutOrOnScreen(section)))
    if (measured) measure(block, rects, placements)
  }
  for (const { bar, top, bottom } of placements) {
    if (top !== null) bar.style.top = `${top}px`
    if (bottom !== null) bar.style.bottom = `${bottom}px`
  }
}

/** Places the bars of a section the browser has just started laying out again (it comes near the screen). */
export function placeShownSection(event: Event): void {
  if (!(event instanceof ContentVisibilityAutoStateChangeEvent) || event.skipped || !(event.target instanceof Element)) return
  const holders = event.target.querySelectorAll(':scope > * > .stripes')
  if (holders.length > 0) placeStripes([...holders].map((holder) => holder.parentElement as HTMLElement))
}
