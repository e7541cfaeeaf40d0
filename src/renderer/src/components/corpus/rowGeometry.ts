/**
 * Where rows sit in the "All passages" list: every row is ROW_HEIGHT tall, an expanded one
 * EXPANDED_HEIGHT, so a row's top is arithmetic (no measuring) and only rows in view exist.
 */
export const ROW_HEIGHT = 84
export const EXPANDED_HEIGHT = 264
/** Rows rendered beyond those in view. */
export const OVERSCAN = 6

/** `expanded`: indices of expanded rows, ascending. */
export function rowTop(index: number, expanded: readonly number[]): number {
  return index * ROW_HEIGHT + countBelow(expanded, index) * (EXPANDED_HEIGHT - ROW_HEIGHT)
}

export function totalHeight(count: number, expanded: readonly number[]): number {
  return rowTop(count, expanded)
}

/** How many of the ascending `expanded` are below `index`. */
function countBelow(expanded: readonly number[], index: number): number {
  let lo = 0
  let hi = expanded.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((expanded[mid] as number) < index) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The row at height `y` (clamped to the list). */
export function rowAt(y: number, count: number, expanded: readonly number[]): number {
  let lo = 0
  let hi = Math.max(0, count - 1)
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (rowTop(mid, expanded) <= y) lo = mid
    else hi = mid - 1
  }
  return lo
}

export function rowHeight(index: number, expanded: readonly number[]): number {
  return rowTop(index + 1, expanded) - rowTop(index, expanded)
}
