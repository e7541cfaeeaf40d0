/**
 * Where the keyboard goes among passages: the passages at the caret, and the next or previous
 * passage from it (in the whole article or among one theme's), by binary search over lists kept
 * in reading order (HighlightIndex), so a step costs the same at 10 passages and at 10,000.
 */
import type { Annotation } from '@shared/annotation'
import { english, type Translate } from '@shared/i18n/format'
import { readingOrder } from './highlightIndex'

/** The passages among `candidates` that cover `offset` (start ≤ offset < end), in reading order. */
export function passagesAt(candidates: Iterable<Annotation>, offset: number): Annotation[] {
  const found: Annotation[] = []
  for (const a of candidates) if (a.start <= offset && offset < a.end) found.push(a)
  return found.sort(readingOrder)
}

/** How many passages of `ordered` (reading order) start before `offset`. */
function startingBefore(ordered: readonly Annotation[], offset: number): number {
  let lo = 0
  let hi = ordered.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((ordered[mid] as Annotation).start < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * The index in `ordered` (reading order) of the first passage starting after `offset` (direction 1)
 * or the last one starting before it (direction -1); -1 when there is none. From inside a passage,
 * backwards goes to that passage's own start first, as a word step does in a text field.
 */
export function stepFrom(ordered: readonly Annotation[], offset: number, direction: 1 | -1): number {
  if (direction === 1) {
    const at = startingBefore(ordered, offset + 1)
    return at < ordered.length ? at : -1
  }
  return startingBefore(ordered, offset) - 1
}

/** A passage as a screen reader says it, in the language of `t`: its themes (in the order given) and its note. */
export function describePassage(passage: Pick<Annotation, 'tagIds' | 'note'>, themeName: (id: string) => string | undefined, t: Translate = english): string {
  const themes = passage.tagIds.map(themeName).filter((name): name is string => name !== undefined)
  const parts = [themes.length > 0 ? themes.join(', ') : t('caret.noTheme')]
  if (passage.note) parts.push(t('caret.note', { note: passage.note }))
  return parts.join('; ')
}
