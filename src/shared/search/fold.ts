/**
 * Accent- and diacritic-insensitive text: every UTF-16 unit is replaced by one unit, so an offset in
 * the folded text is the same offset in the original and a hit found in one is a hit in the other.
 *
 * What folds (documented in docs/ARCHITECTURE.md, "Search"):
 * - letters with diacritics to their base letter, as Unicode decomposes them: é → e, ü → u, ç → c,
 *   ş → s, ğ → g, ö → o, İ → I, Russian ё → е;
 * - letters that typists replace without a decomposition saying so: Azerbaijani ə → e and dotless
 *   ı → i (people write "Azerbaycan", "Baki"), ł → l, ø → o, đ → d;
 * - typographic apostrophes and quotes to plain ones (’ ‘ ʼ → ', “ ” „ « » → ").
 * Kept apart: Russian й and Й (a letter of its own, not и with a mark); combining marks already
 * separate in the text stay as they are (imported text is composed, so they are rare).
 */

const EXTRA: Record<string, string> = {
  ə: 'e',
  Ə: 'E',
  ı: 'i',
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  '’': "'",
  '‘': "'",
  ʼ: "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '«': '"',
  '»': '"'
}

const KEEP = new Set(['й', 'Й'])
const MARKS = /^\p{M}+$/u

let table: Uint16Array | null = null

/** The folded unit of every BMP unit, built once (about 65,000 normalizations, a few ms). */
function foldTable(): Uint16Array {
  if (table) return table
  const t = new Uint16Array(0x10000)
  for (let c = 0; c < 0x10000; c++) {
    t[c] = c
    if (c < 0x80 || (c >= 0xd800 && c <= 0xdfff)) continue
    const ch = String.fromCharCode(c)
    const extra = EXTRA[ch]
    if (extra) {
      t[c] = extra.charCodeAt(0)
      continue
    }
    if (KEEP.has(ch)) continue
    const nfd = ch.normalize('NFD')
    if (nfd.length > 1 && MARKS.test(nfd.slice(1))) {
      const base = nfd.charCodeAt(0)
      if (base < 0xd800 || base > 0xdfff) t[c] = base
    }
  }
  table = t
  return t
}

/** `text` with diacritics folded, unit for unit (same length, same offsets). */
export function foldDiacritics(text: string): string {
  const t = foldTable()
  let out = ''
  let from = 0
  // Copy runs of unchanged units whole: most text is ASCII and folds to itself.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const f = t[c] as number
    if (f === c) continue
    out += text.slice(from, i) + String.fromCharCode(f)
    from = i + 1
  }
  return from === 0 ? text : out + text.slice(from)
}
