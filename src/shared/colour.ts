/** Colour arithmetic for theme colours (#rrggbb): contrast as WCAG defines it. */

function channel(hex: string, at: number): number {
  const c = parseInt(hex.slice(at, at + 2), 16) / 255
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
}

/** WCAG relative luminance of #rrggbb, 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5)
}

/** WCAG contrast ratio of two #rrggbb colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

/** `color` laid over `background` with opacity `alpha` (0–1), as the browser composites a translucent fill: channel by channel in sRGB. */
export function over(color: string, alpha: number, background: string): string {
  const mixed = [1, 3, 5].map((at) => Math.round(alpha * parseInt(color.slice(at, at + 2), 16) + (1 - alpha) * parseInt(background.slice(at, at + 2), 16)))
  return `#${mixed.map((c) => c.toString(16).padStart(2, '0')).join('')}`
}

/** The body text colour of each appearance (app.css `--text`), which highlighted text is drawn in. */
export const TEXT_COLOURS = { light: '#1f2328', dark: '#e6e6e3' } as const

/** WCAG AA for body text. */
export const MIN_TEXT_CONTRAST = 4.5

/** The page and panel backgrounds of each appearance (app.css), which theme colours are drawn on. */
export const BACKGROUNDS = { light: ['#ffffff', '#f7f6f3'], dark: ['#1e2127', '#16181c'] } as const

/** Below this a swatch or an underline is hard to make out (WCAG's 3:1 for marks, with the defaults' slack). */
export const MIN_MARK_CONTRAST = 2.8

/** The appearances a colour is hard to see in: [] for a readable colour. */
export function hardToSeeIn(color: string): ('light' | 'dark')[] {
  return (['light', 'dark'] as const).filter((scheme) => BACKGROUNDS[scheme].some((bg) => contrastRatio(color, bg) < MIN_MARK_CONTRAST))
}
