/**
 * Arrow keys over lists that render only the rows near the view (the library, the passages panel,
 * search results): the row a key goes to is found by index, scrolled into view so the list renders
 * it, then focused. So the keyboard reaches every row, not only the ones in the DOM.
 */

const STEPS: Record<string, 'next' | 'previous' | 'first' | 'last' | 'page-down' | 'page-up'> = {
  ArrowDown: 'next',
  ArrowUp: 'previous',
  Home: 'first',
  End: 'last',
  PageDown: 'page-down',
  PageUp: 'page-up'
}

/** Whether `key` moves through a list (so the list takes it). */
export function isRowKey(event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>): boolean {
  return event.key in STEPS && !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey
}

/**
 * The row of `count` that `key` goes to from row `index`: the next or previous one, the first or
 * last, a page (`page` rows) on; only rows `usable` says yes to (search results skip their article
 * headings). Null when the key is not a list key or no usable row lies that way.
 */
export function rowTarget(key: string, index: number, count: number, page: number, usable: (row: number) => boolean = () => true): number | null {
  const step = STEPS[key]
  if (!step || count === 0) return null
  const clamp = (row: number): number => Math.max(0, Math.min(count - 1, row))
  const [from, direction]: [number, 1 | -1] =
    step === 'next'
      ? [index + 1, 1]
      : step === 'previous'
        ? [index - 1, -1]
        : step === 'first'
          ? [0, 1]
          : step === 'last'
            ? [count - 1, -1]
            : step === 'page-down'
              ? [clamp(index + page), -1]
              : [clamp(index - page), 1]
  for (let row = from; row >= 0 && row < count; row += direction) {
    // A page step that finds nothing usable before the current row stays where it is.
    if ((step === 'page-down' && row <= index) || (step === 'page-up' && row >= index)) return null
    if (usable(row)) return row
  }
  return null
}

/** Scrolls `scroller` as little as it takes to show [top, top + height) (the scroller's content coordinates). */
export function scrollIntoRange(scroller: HTMLElement, top: number, height: number): void {
  if (top < scroller.scrollTop) scroller.scrollTop = top
  else if (top + height > scroller.scrollTop + scroller.clientHeight) scroller.scrollTop = top + height - scroller.clientHeight
}

/** Focuses what `find` returns once the list has rendered it (a few frames at most); false if it never came. */
export async function focusWhenRendered(find: () => HTMLElement | null | undefined, frames = 8): Promise<boolean> {
  for (let i = 0; i <= frames; i++) {
    const element = find()
    if (element) {
      element.focus()
      return true
    }
    await new Promise((resolve) => requestAnimationFrame(resolve))
  }
  return false
}

/** A place in the passages panel: a theme group's heading (row -1) or one of its rows. */
export interface PanelPlace {
  group: number
  row: number
}

/**
 * Where an arrow key goes in the passages panel, whose groups (`sizes` rows each, listed when
 * `open`) read as one list: each heading, then its rows. Null when the key goes nowhere. Counted
 * group by group, so a key costs the number of themes, not of passages.
 */
export function panelTarget(key: string, at: PanelPlace, sizes: readonly number[], open: readonly boolean[], page = 1): PanelPlace | null {
  const starts: number[] = []
  let total = 0
  sizes.forEach((size, group) => {
    starts.push(total)
    total += 1 + (open[group] ? size : 0)
  })
  const start = starts[at.group]
  if (start === undefined) return null
  const to = rowTarget(key, start + 1 + at.row, total, page)
  if (to === null) return null
  let group = starts.length - 1
  while ((starts[group] as number) > to) group--
  return { group, row: to - (starts[group] as number) - 1 }
}
