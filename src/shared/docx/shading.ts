/**
 * Word has one shading colour and one underline per run, where the HTML report stacks a tint and
 * an underline per theme. So a highlighted run is shaded with its first theme's colour, deeper the
 * more passages overlap, and underlined in its last theme's colour (double when themes differ):
 * two themes on one stretch stay tellable apart in Word, in print and in grey.
 */
import { safeColor } from '../highlightStyle'

/** `color` laid over white at `alpha` (0–1), as Word's RRGGBB. */
export function tint(color: string, alpha: number): string {
  const hex = safeColor(color).slice(1)
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex
  return [0, 2, 4]
    .map((i) => Math.round(255 - (255 - parseInt(full.slice(i, i + 2), 16)) * alpha))
    .map((v) => v.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase()
}

/** Word's RRGGBB for a theme colour. */
export function wordColor(color: string): string {
  return tint(color, 1)
}

export interface RunLook {
  fill: string
  underline: { color: string; double: boolean }
}

/** The shading and underline of a stretch covered by `depth` passages of these (distinct) theme colours. */
export function highlightLook(colors: readonly string[], depth: number): RunLook {
  const first = colors[0] ?? ''
  const last = colors[colors.length - 1] ?? first
  const alpha = Math.min(0.48, 0.22 + 0.1 * (Math.max(1, depth) - 1))
  return { fill: tint(first, alpha), underline: { color: wordColor(last), double: colors.length > 1 } }
}

/**
 * The highlight looks a document uses, each a Word character style: a run then carries one style
 * reference instead of its own shading and underline, which keeps a document of 10,000 passages
 * small and quick to write, and lets a reader restyle every highlight of a kind at once.
 */
export class HighlightStyles {
  private readonly ids = new Map<string, { id: string; look: RunLook }>()

  /** The style id for the look of a stretch with these theme colours under `depth` passages. */
  idFor(colors: readonly string[], depth: number): string {
    const look = highlightLook(colors, depth)
    const key = `${look.fill}|${look.underline.color}|${look.underline.double}`
    let entry = this.ids.get(key)
    if (!entry) {
      entry = { id: `ThemataHighlight${this.ids.size + 1}`, look }
      this.ids.set(key, entry)
    }
    return entry.id
  }

  /** The character styles to declare in the document. */
  definitions(): { id: string; name: string; run: { shading: { type: 'clear'; fill: string; color: string }; underline: { type: 'single' | 'double'; color: string } } }[] {
    return [...this.ids.values()].map(({ id, look }) => ({
      id,
      name: `Highlight ${id.slice('ThemataHighlight'.length)}`,
      run: { shading: { type: 'clear', fill: look.fill, color: 'auto' }, underline: { type: look.underline.double ? 'double' : 'single', color: look.underline.color } }
    }))
  }
}
