/**
 * A document portrait: the text cut into equal stretches (bins) from start to end, each marked with
 * the theme that covers most of it, so a glance shows where each theme sits. Small enough to cache
 * for every article of a library.
 */
import { stripeThemes, type StripePassage } from './stripes'

export interface Portrait {
  /** Per bin, the theme covering most of its characters, or null where nothing is coded. */
  bins: (string | null)[]
}

export function portraitOf(passages: Iterable<Pick<StripePassage, 'start' | 'end' | 'tagIds'>>, textLength: number, binCount: number): Portrait {
  const cover: Map<string, number>[] = Array.from({ length: binCount }, () => new Map())
  const size = textLength / binCount
  if (textLength > 0) {
    for (const p of passages) {
      const start = Math.max(0, Math.min(p.start, textLength))
      const end = Math.max(start, Math.min(p.end, textLength))
      const last = Math.min(binCount - 1, Math.floor(Math.max(start, end - 1) / size))
      for (let b = Math.floor(start / size); b <= last; b++) {
        const covered = Math.min(end, (b + 1) * size) - Math.max(start, b * size)
        if (covered <= 0) continue
        const bin = cover[b] as Map<string, number>
        for (const theme of stripeThemes(p)) bin.set(theme, (bin.get(theme) ?? 0) + covered)
      }
    }
  }
  return {
    bins: cover.map((bin) => {
      let best: string | null = null
      let most = 0
      for (const [theme, covered] of bin) {
        if (covered > most) {
          best = theme
          most = covered
        }
      }
      return best
    })
  }
}
