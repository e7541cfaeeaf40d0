/** GUIDs as QDA-XML's schema wants them, for themes whose id is not one. */

const GUID = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\})$/i

export function isGuid(value: string): boolean {
  return GUID.test(value)
}

/** 32-bit FNV-1a of `text`, started from `seed`. */
function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}

/**
 * A GUID that stays the same for the same id, so exporting twice gives the same file: four seeded
 * 32-bit hashes of the id, shaped as a version-8 (custom) UUID. Not cryptographic; ids the app makes
 * are random UUIDs already and are used as they are.
 */
export function derivedGuid(id: string): string {
  const hex = [0x811c9dc5, 0x01234567, 0x89abcdef, 0x2545f491].map((seed) => fnv1a(id, seed).toString(16).padStart(8, '0')).join('')
  const variant = ((parseInt(hex[16] as string, 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}
