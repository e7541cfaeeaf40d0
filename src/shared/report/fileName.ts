/** File names for saved exports that every desktop file system accepts. */

const MAX_LENGTH = 80

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
  return `${truncate(slug, MAX_LENGTH - suffix.length) || 'untitled'}${suffix}`
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
