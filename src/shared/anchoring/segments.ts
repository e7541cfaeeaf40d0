/**
 * Overlapping highlights cut into non-overlapping segments, so a view or a report
 * draws each stretch of text once, with every annotation that covers it.
 */

export interface Span {
  id: string
  start: number
  end: number
}

export interface Segment<S extends Span = Span> {
  start: number
  end: number
  /** The spans covering this segment, in the order they were given. */
  spans: S[]
}

/**
 * Segments covering [from, to) where at least one span applies, sorted by start.
 * Runs in O(n log n) over the spans that intersect the window.
 */
export function segmentize<S extends Span>(spans: readonly S[], from = 0, to = Infinity): Segment<S>[] {
  const inWindow = spans.filter((s) => s.end > from && s.start < to && s.end > s.start)
  if (inWindow.length === 0) return []
  const cuts = new Set<number>()
  for (const s of inWindow) {
    cuts.add(Math.max(s.start, from))
    cuts.add(Math.min(s.end, to))
  }
  const points = [...cuts].sort((a, b) => a - b)
  const order = new Map(inWindow.map((s, i) => [s, i]))
  const byStart = [...inWindow].sort((a, b) => a.start - b.start)
  const active: S[] = []
  const segments: Segment<S>[] = []
  let next = 0
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i] as number
    const b = points[i + 1] as number
    while (next < byStart.length && (byStart[next] as S).start <= a) active.push(byStart[next++] as S)
    for (let k = active.length - 1; k >= 0; k--) if ((active[k] as S).end <= a) active.splice(k, 1)
    if (active.length > 0) {
      const covering = [...active].sort((x, y) => (order.get(x) as number) - (order.get(y) as number))
      segments.push({ start: a, end: b, spans: covering })
    }
  }
  return segments
}
