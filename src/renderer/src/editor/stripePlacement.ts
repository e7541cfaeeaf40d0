/**
 * Where a coding bar starts and ends in its block: at the top of its passage's first highlight there
 * and the bottom of its last one. Read from the page once the highlights are in it, every read before
 * any write, so placing the bars of a repaint costs the one layout the frame needs anyway (and a
 * small one for the bars, which are out of the text's flow). CSS anchor positioning did the same
 * in layout, at a third more main-thread work per change (docs/PERFORMANCE.md).
 */

/** Bumped when the text reflows: bars placed before then may be out of place. */
let reflows = 0
/** The reflow count when each bar holder was last placed. */
const placedAt = new WeakMap<Element, number>()

/** The text reflowed (its column's width or its size changed): every bar is to be placed again. */
export function textReflowed(): void {
  reflows++
}

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

/** A block's bar holder, if it has bars. */
function holderOf(block: Element): Element | null {
  return block.querySelector(':scope > .stripes')
}

/** The block was repainted: its bars are to be placed again, even if they were since the last reflow. */
export function repainted(block: Element): void {
  const holder = holderOf(block)
  if (holder) placedAt.delete(holder)
}

function measure(block: HTMLElement, holder: Element, box: DOMRect, rects: Map<Element, DOMRect>, out: Placement[]): void {
  placedAt.set(holder, reflows)
  const { first, last } = passageEnds(block)
  const rect = (element: Element | undefined): DOMRect | undefined => {
    if (!element) return undefined
    let found = rects.get(element)
    if (!found) rects.set(element, (found = element.getBoundingClientRect()))
    return found
  }
  // The bars' containing block is the block's padding box.
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

/**
 * Places the bars of those of `blocks` that need it (drawn or repainted since, or placed before the
 * text last reflowed) and are within a screen of the view; the others wait for a later call, as the
 * reader scrolls towards them (`placeStripesNearScreen`), so a repaint of the whole window measures
 * only what may be seen soon. Returns the blocks left for later.
 */
export function placeStripes(blocks: Iterable<HTMLElement>): HTMLElement[] {
  const placements: Placement[] = []
  const rects = new Map<Element, DOMRect>()
  const sections = new Map<Element, boolean>()
  const screen = window.innerHeight
  const waiting: HTMLElement[] = []
  for (const block of blocks) {
    const holder = holderOf(block)
    const section = block.parentElement
    if (!holder || !section || placedAt.get(holder) === reflows) continue
    let laidOut = sections.get(section)
    if (laidOut === undefined) sections.set(section, (laidOut = laidOutOrOnScreen(section)))
    const box = laidOut ? block.getBoundingClientRect() : null
    if (box && box.bottom > -screen && box.top < 2 * screen) measure(block, holder, box, rects, placements)
    else waiting.push(block)
  }
  for (const { bar, top, bottom } of placements) {
    if (top !== null) bar.style.top = `${top}px`
    if (bottom !== null) bar.style.bottom = `${bottom}px`
  }
  return waiting
}

/** Places the bars of a section the browser has just started laying out again (it comes near the screen). */
export function placeShownSection(event: Event): void {
  if (!(event instanceof ContentVisibilityAutoStateChangeEvent) || event.skipped || !(event.target instanceof Element)) return
  const blocks = [...event.target.querySelectorAll(':scope > * > .stripes')].map((holder) => holder.parentElement as HTMLElement)
  if (blocks.length > 0) placeStripes(blocks)
}
