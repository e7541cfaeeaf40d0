/**
 * How a stretch of text covered by one or more themes looks, shared by the editor and the
 * report so both read the same: a translucent background in the first theme's colour that
 * deepens with each overlapping passage, and one stacked underline per theme.
 */

const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i
export const UNTAGGED_COLOR = '#6b7280'

/** The colour if it is a plain hex colour, else a neutral grey (it ends up inside a style attribute). */
export function safeColor(color: string | undefined): string {
  return color && HEX_COLOR.test(color) ? color : UNTAGGED_COLOR
}

/** How strongly (percent) the first theme's colour fills a segment under `depth` overlapping passages: 18, 28, 38, then 48 at most. */
export function highlightStrength(depth: number): number {
  return Math.min(48, 18 + 10 * (Math.max(1, depth) - 1))
}

/**
 * Inline CSS for a segment covered by `depth` passages whose themes have `colors`
 * (distinct, in codebook order; empty for passages with a note but no theme).
 */
export function highlightStyle(colors: readonly string[], depth: number): string {
  const first = safeColor(colors[0])
  const strength = highlightStrength(depth)
  const underlines = (colors.length > 0 ? colors : [UNTAGGED_COLOR])
    .map((c, i) => `inset 0 -${2 * (i + 1)}px 0 ${safeColor(c)}`)
    .join(', ')
  return `background-color: color-mix(in srgb, ${first} ${strength}%, transparent); box-shadow: ${underlines}`
}
