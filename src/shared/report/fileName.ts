/** File names for saved exports that every desktop file system accepts. */

const MAX_LENGTH = 80
/** Device names Windows refuses as a file name, whatever the extension. */
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[1-9]|lpt[1-9])$/

/**
 * Slug of `title` + `suffix` ("-report.html" by default), at most 80 UTF-16 units. Letters of any script are kept
 * (Cyrillic titles stay readable); accents on Latin letters are dropped; everything else,
 * including path separators and characters Windows reserves, becomes a single dash.
 */
export function reportFileName(title: string): string {
  return slugFileName(title, '-report.html')
}

/** Slug of `title` + `suffix`, made as reportFileName's, at most 80 UTF-16 units. */
export function slugFileName(title: string, suffix: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/([A-Za-z])[\u0300-\u036f]+/g, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
  const stem = truncate(slug, MAX_LENGTH - suffix.length) || 'untitled'
  return `${WINDOWS_RESERVED.test(stem) && suffix.startsWith('.') ? `${stem}-file` : stem}${suffix}`
}

/**
 * Cuts to `max` UTF-16 units (so at most ~200 UTF-8 bytes, under every file system's
 * 255-byte limit), at a word boundary when one is near, never inside a surrogate pair.
 */
function truncate(slug: string, max: number): string {
  if (slug.length <= max) return slug
  let cut = ''
  for (const ch of slug) {
    if (cut.length + ch.length > max) break
    cut += ch
  }
  const dash = cut.lastIndexOf('-')
  return (dash > max / 2 ? cut.slice(0, dash) : cut).replace(/-+$/, '')
}

/**
 * A name the renderer suggests for a Save dialog, made safe to pre-fill it with: a plain file name
 * (whatever folder it names is dropped), slugged as slugFileName does, ending in `extension`. Names
 * slugFileName made come back unchanged.
 */
export function safeSaveName(suggested: string, extension: string): string {
  const base = suggested.split(/[\\/]/).pop() ?? ''
  const stem = base.toLowerCase().endsWith(extension.toLowerCase()) ? base.slice(0, base.length - extension.length) : base
  return slugFileName(stem, extension)
}
