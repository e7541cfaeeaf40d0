/** Where to put a floating panel by an anchor rectangle: below it if there is room, else above, inside the window. */
export function placeNear(anchor: DOMRect, panel: HTMLElement | undefined, gap = 10): { top: number; left: number } {
  const width = panel?.offsetWidth ?? 320
  const height = panel?.offsetHeight ?? 44
  const below = anchor.bottom + gap
  const top = below + height <= window.innerHeight - 8 ? below : Math.max(8, anchor.top - gap - height)
  const left = Math.min(Math.max(8, anchor.left), Math.max(8, window.innerWidth - width - 8))
  return { top, left }
}
