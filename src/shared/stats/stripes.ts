/**
 * Where each coding stripe goes in the article's margin: one bar per passage and theme, in the
 * theme's column (or, with many themes, in shared packed columns), and within a column in a lane
 * of its own wherever passages overlap, so every passage keeps a bar a user can reach.
 *
 * Lanes are given greedily in reading order when an article opens; after that a new passage takes
 * the lowest lane free beside its neighbours and nobody else moves, so one change repaints only the
 * blocks it touches, unless a column gains or loses a lane (then every stripe shifts and is redrawn).
 */
import { blockIndexAt } from '../document'

export interface StripePassage {
  id: string
  start: number
  end: number
  tagIds: readonly string[]
}

/** The column key of passages without a theme (a note only). */
export const NO_THEME = ''

export interface StripeOptions {
  /** With more themes present than this, bars share packed columns instead of one column per theme. */
  maxThemeColumns: number
  /** Characters kept free between two bars of one lane (about a line), so bars of neighbouring lines never touch. */
  gap: number
}

interface Place {
  group: number
  lane: number
}

/** The themes a passage shows a bar for: each of its themes once, or NO_THEME. */
export function stripeThemes(passage: Pick<StripePassage, 'tagIds'>): readonly string[] {
  if (passage.tagIds.length === 0) return [NO_THEME]
  return passage.tagIds.length === 1 ? passage.tagIds : [...new Set(passage.tagIds)]
}

const barKey = (id: string, theme: string): string => `${id}\u0000${theme}`

export class StripeLayout {
  /** 'themes': one column group per theme present; 'packed': every bar in one group. */
  mode: 'themes' | 'packed' = 'themes'
  /** Columns in all: the margin's width in bars. */
  columns = 0
  private readonly options: StripeOptions
  private themeOrder: readonly string[] = []
  /** Group of each theme present (themes mode). */
  private groupOf = new Map<string, number>()
  private places = new Map<string, Place>()
  /** Bars per theme present: a theme appearing or vanishing regroups the columns. */
  private themeBars = new Map<string, number>()
  /** Per group, how many bars use each lane. */
  private laneUse: number[][] = []
  private offsets: number[] = []

  constructor(options: StripeOptions) {
    this.options = options
  }

  /** Lays every passage out afresh; `passages` in reading order, `themeOrder` the codebook's. */
  load(passages: Iterable<StripePassage>, themeOrder: readonly string[]): void {
    this.themeOrder = themeOrder
    const list = [...passages]
    const present = new Set<string>()
    for (const p of list) for (const t of stripeThemes(p)) present.add(t)
    const rank = new Map(themeOrder.map((t, i) => [t, i]))
    const themes = [...present].sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0))
    this.mode = themes.length > this.options.maxThemeColumns ? 'packed' : 'themes'
    this.groupOf = new Map(this.mode === 'themes' ? themes.map((t, i) => [t, i]) : [])
    const groups = this.mode === 'themes' ? themes.length : 1
    this.places = new Map()
    this.themeBars = new Map()
    this.laneUse = Array.from({ length: groups }, () => [])
    const laneEnds: number[][] = Array.from({ length: groups }, () => [])
    for (const p of list) {
      for (const theme of stripeThemes(p)) {
        const group = this.group(theme)
        const ends = laneEnds[group] as number[]
        let lane = ends.findIndex((end) => end + this.options.gap <= p.start)
        if (lane < 0) lane = ends.length
        ends[lane] = p.end
        this.place(p.id, theme, { group, lane })
      }
    }
    this.measure()
  }

  /** The column (0 = leftmost) of the bar for `theme` on passage `id`, if it has one. */
  column(id: string, theme: string): number | undefined {
    const place = this.places.get(barKey(id, theme))
    return place ? (this.offsets[place.group] as number) + place.lane : undefined
  }

  /** The column each theme's bars start at, in themes mode (empty when packed). */
  themeColumns(): Map<string, number> {
    return new Map([...this.groupOf].map(([theme, group]) => [theme, this.offsets[group] as number]))
  }

  /**
   * Takes one passage change into account. `near` lists the passages that may lie within a gap of
   * a passage (those of the blocks around it); `all` every passage in reading order. Returns true
   * when columns were added, removed or regrouped, so every stripe must be redrawn.
   */
  update(before: StripePassage | undefined, after: StripePassage | undefined, near: (p: StripePassage) => Iterable<StripePassage>, all: () => Iterable<StripePassage>): boolean {
    const shape = this.shape()
    if (before) this.unplace(before)
    if (after) {
      const themes = stripeThemes(after)
      if (themes.some((t) => !this.themeBars.has(t))) return this.reload(all)
      for (const theme of themes) {
        const group = this.group(theme)
        const taken = new Set<number>()
        // The passage's own bars placed so far count too: in packed columns its themes share a group.
        for (const other of [after, ...near(after)]) {
          if (other.start >= after.end + this.options.gap || after.start >= other.end + this.options.gap) continue
          for (const t of stripeThemes(other)) {
            const place = this.places.get(barKey(other.id, t))
            if (place && place.group === group) taken.add(place.lane)
          }
        }
        let lane = 0
        while (taken.has(lane)) lane++
        this.place(after.id, theme, { group, lane })
      }
    }
    if ([...this.themeBars.values()].includes(0)) return this.reload(all)
    this.measure()
    return this.shape() !== shape
  }

  private reload(all: () => Iterable<StripePassage>): true {
    this.load(all(), this.themeOrder)
    return true
  }

  private group(theme: string): number {
    return this.mode === 'packed' ? 0 : (this.groupOf.get(theme) as number)
  }

  private place(id: string, theme: string, place: Place): void {
    this.places.set(barKey(id, theme), place)
    this.themeBars.set(theme, (this.themeBars.get(theme) ?? 0) + 1)
    const use = this.laneUse[place.group] as number[]
    use[place.lane] = (use[place.lane] ?? 0) + 1
  }

  private unplace(passage: StripePassage): void {
    for (const theme of stripeThemes(passage)) {
      const key = barKey(passage.id, theme)
      const place = this.places.get(key)
      if (!place) continue
      this.places.delete(key)
      this.themeBars.set(theme, (this.themeBars.get(theme) as number) - 1)
      const use = this.laneUse[place.group] as number[]
      use[place.lane] = (use[place.lane] as number) - 1
      while (use.length > 0 && use[use.length - 1] === 0) use.pop()
    }
  }

  private measure(): void {
    this.offsets = []
    let at = 0
    for (const use of this.laneUse) {
      this.offsets.push(at)
      for (let lane = 0; lane < use.length; lane++) use[lane] ??= 0
      at += use.length
    }
    this.columns = at
  }

  /** A fingerprint of the columns: lanes per group. */
  private shape(): string {
    return `${this.mode}:${this.laneUse.map((use) => use.length).join(',')}`
  }
}

export interface StripePiece {
  block: number
  /** The passage starts in this block (else its bar comes in from the block above). */
  opens: boolean
  /** The passage ends in this block (else its bar runs on into the block below). */
  closes: boolean
}

/** The pieces of a passage's bar, one per block it touches (bars are drawn block by block, like highlights). */
export function stripePieces(passage: Pick<StripePassage, 'start' | 'end'>, blockStarts: readonly number[]): StripePiece[] {
  const first = blockIndexAt(blockStarts, passage.start)
  const last = blockIndexAt(blockStarts, Math.max(passage.start, passage.end - 1))
  const pieces: StripePiece[] = []
  for (let block = first; block <= last; block++) pieces.push({ block, opens: block === first, closes: block === last })
  return pieces
}
