/**
 * F6 and Shift+F6 move the keyboard from region to region of the window — the top bar, the
 * library, the codebook, the main view, the passages panel — as they do in desktop programs and
 * browsers, so no region is more than a few keys away however many controls lie between.
 *
 * A region is any element marked `data-region`, in page order. Entering one puts the focus back
 * where it was when the region was left; the first time, on its element marked
 * `data-region-start` (the article, the current library row, the codebook's current theme), else
 * on its first control, else on the region itself.
 */

const TABBABLE =
  'button:not([disabled]), a[href], input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [contenteditable="true"], [tabindex]'

/** The region F6 (direction 1) or Shift+F6 (-1) goes to from region `current` of `count` (-1: focus in none of them). */
export function nextRegion(count: number, current: number, direction: 1 | -1): number {
  if (current < 0) return direction === 1 ? 0 : count - 1
  return (current + direction + count) % count
}

function shown(element: HTMLElement): boolean {
  const box = element.getBoundingClientRect()
  return box.width > 0 && box.height > 0
}

/** Where the keyboard lands in `region`: where it left it, its start, its first control, or the region itself. */
export function regionEntry(region: HTMLElement, left: HTMLElement | undefined): HTMLElement {
  if (left?.isConnected && region.contains(left) && shown(left)) return left
  const start = [...region.querySelectorAll<HTMLElement>('[data-region-start]')].find(shown)
  if (start) return start
  const first = [...region.querySelectorAll<HTMLElement>(TABBABLE)].find((e) => e.tabIndex >= 0 && shown(e))
  if (first) return first
  if (!region.hasAttribute('tabindex')) region.setAttribute('tabindex', '-1')
  return region
}

/** Listens for F6 and Shift+F6 on `target`; returns the function that stops listening. */
export function installRegionKeys(target: Window = window): () => void {
  const doc = target.document
  const left = new WeakMap<Element, HTMLElement>()
  const onFocusIn = (event: FocusEvent): void => {
    if (!(event.target instanceof HTMLElement)) return
    const region = event.target.closest('[data-region]')
    if (region && region !== event.target) left.set(region, event.target)
  }
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'F6' || event.ctrlKey || event.metaKey || event.altKey) return
    // A modal dialog keeps the keyboard until it closes.
    if (doc.querySelector('dialog:modal, [aria-modal="true"]')) return
    const regions = [...doc.querySelectorAll<HTMLElement>('[data-region]')].filter(shown)
    if (regions.length === 0) return
    event.preventDefault()
    const here = regions.findIndex((r) => r.contains(doc.activeElement))
    const region = regions[nextRegion(regions.length, here, event.shiftKey ? -1 : 1)] as HTMLElement
    regionEntry(region, left.get(region)).focus()
  }
  doc.addEventListener('focusin', onFocusIn)
  target.addEventListener('keydown', onKeyDown)
  return () => {
    doc.removeEventListener('focusin', onFocusIn)
    target.removeEventListener('keydown', onKeyDown)
  }
}
