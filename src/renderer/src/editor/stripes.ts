/**
 * Coding stripes: one thin bar per passage and theme in the article's left margin, drawn with the
 * highlights (same window of blocks, same per-block repaint, so they cost no extra pass). A bar is
 * an absolutely positioned element in its block, running its whole height until the highlights
 * plugin places it beside the passage's lines (editor/stripePlacement.ts) before the frame is painted.
 */
import { Decoration } from '@tiptap/pm/view'
import type { Annotation, Tag } from '@shared/annotation'
import { safeColor, UNTAGGED_COLOR } from '@shared/highlightStyle'
import { NO_THEME, StripeLayout, stripeThemes, type StripePassage } from '@shared/stats/stripes'
import { t } from '../i18n/i18n.svelte'
import type { HighlightIndex } from './highlightIndex'
import type { AnnotationChange } from '../annotations/annotationStore'

/** With more themes in an article than this, bars share packed columns. */
const MAX_THEME_COLUMNS = 8
/** About one line of text: bars of one lane never meet on neighbouring lines. */
const LANE_GAP_CHARS = 90
/** Width of a bar plus the space to the next, and the most room the margin takes. */
const PITCH_PX = 6
const MIN_PITCH_PX = 3
const MAX_GUTTER_PX = 108
const GUTTER_PADDING_PX = 10
/** Columns the margin holds at its narrowest pitch; bars beyond are not drawn (their passages keep their highlights). */
const MAX_COLUMNS = Math.floor(MAX_GUTTER_PX / MIN_PITCH_PX)

export class ArticleStripes {
  shown = true
  readonly layout = new StripeLayout({ maxThemeColumns: MAX_THEME_COLUMNS, gap: LANE_GAP_CHARS })
  private readonly index: HighlightIndex
  /** Bar holders drawn since the bars were last placed. */
  private drawn: HTMLElement[] = []

  constructor(index: HighlightIndex) {
    this.index = index
  }

  /** Lays every passage out again (the article opened, or the codebook changed). */
  load(themeOrder: readonly string[]): void {
    this.layout.load(this.index.all(), themeOrder)
  }

  /** Takes passage changes into account; true when every stripe shifted and the window must be repainted. */
  update(changes: readonly AnnotationChange[]): boolean {
    let reshaped = false
    for (const { before, after } of changes) {
      if (this.layout.update(before ?? undefined, after ?? undefined, (p) => this.near(p), () => this.index.all())) reshaped = true
    }
    return reshaped
  }

  /** The margin's size: a bar pitch and the gutter width, in pixels. */
  geometry(): { pitch: number; gutter: number } {
    const columns = this.layout.columns
    if (!this.shown || columns === 0) return { pitch: PITCH_PX, gutter: 0 }
    const pitch = Math.max(MIN_PITCH_PX, Math.min(PITCH_PX, Math.floor(MAX_GUTTER_PX / columns)))
    return { pitch, gutter: Math.min(MAX_GUTTER_PX, columns * pitch) + GUTTER_PADDING_PX }
  }

  /** Notes a holder of bars just drawn, to be placed once it is in the page. */
  holderDrawn(holder: HTMLElement): HTMLElement {
    this.drawn.push(holder)
    return holder
  }

  /** The holders drawn since the last call. */
  takeDrawn(): HTMLElement[] {
    const drawn = this.drawn
    this.drawn = []
    return drawn
  }

  /** Passages of the blocks around `p`: every one that could sit within a gap of it. */
  private near(p: StripePassage): Annotation[] {
    const [first, last] = this.index.blockRange(p)
    return this.index.inBlocks(Math.max(0, first - 1), last + 1)
  }
}

function quoteStart(exact: string): string {
  const words = exact.slice(0, 240).replace(/\s+/g, ' ').trim()
  return words.length > 60 ? `${words.slice(0, 57)}…` : words
}

/**
 * A bar's tooltip: its theme and how its quote starts. Written when the pointer first reaches the bar
 * (`data-id`, `data-theme`), not when bars are drawn: scrolling draws hundreds of bars nobody hovers.
 */
export function stripeTitle(passage: Pick<Annotation, 'exact'>, theme: string, tags: ReadonlyMap<string, Tag>): string {
  const tag = theme === NO_THEME ? undefined : tags.get(theme)
  return t('stripes.passage', { theme: tag?.name ?? t(theme === NO_THEME ? 'passages.noTheme' : 'popover.unknownTheme'), quote: quoteStart(passage.exact) })
}

interface Bar {
  id: string
  theme: string
  column: number
  color: string
  opens: boolean
  closes: boolean
}

/**
 * One widget at the start of the block holding the bars of every passage touching it. Its key says
 * everything it shows, so ProseMirror keeps the same DOM when a repaint changes nothing here.
 */
export function stripeWidget(stripes: ArticleStripes, tags: ReadonlyMap<string, Tag>, annotations: readonly Annotation[], pos: number, start: number, end: number): Decoration | null {
  const bars: Bar[] = []
  for (const a of annotations) {
    for (const theme of stripeThemes(a)) {
      const column = stripes.layout.column(a.id, theme)
      if (column === undefined || column >= MAX_COLUMNS) continue
      const tag = theme === NO_THEME ? undefined : tags.get(theme)
      bars.push({
        id: a.id,
        theme,
        column,
        color: tag ? safeColor(tag.color) : UNTAGGED_COLOR,
        opens: a.start >= start,
        closes: a.end <= end
      })
    }
  }
  if (bars.length === 0) return null
  bars.sort((x, y) => x.column - y.column)
  // Ids from other tools may hold any character: each is written with its length, so distinct bars never share a key.
  const key = `stripes ${bars.map((b) => `${b.id.length}:${b.id}:${b.theme}:${b.column}:${b.color}:${b.opens ? 1 : 0}${b.closes ? 1 : 0}`).join('|')}`
  return Decoration.widget(pos, () => stripes.holderDrawn(stripeDom(bars)), { side: -1, key, ignoreSelection: true })
}

function stripeDom(bars: readonly Bar[]): HTMLElement {
  const holder = document.createElement('span')
  holder.className = 'stripes'
  for (const bar of bars) {
    const el = document.createElement('span')
    el.className = `stripe${bar.opens ? '' : ' stripe-in'}${bar.closes ? '' : ' stripe-on'}`
    el.dataset['id'] = bar.id
    el.dataset['theme'] = bar.theme
    el.style.cssText = `--stripe-column: ${bar.column}; --c: ${bar.color}`
    holder.append(el)
  }
  return holder
}
