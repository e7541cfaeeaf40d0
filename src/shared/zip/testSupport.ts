/**
 * Zip archives for tests, written byte by byte so a test can make one lie: an entry whose central
 * directory claims one size while its data inflates to another (a zip bomb), without a test ever
 * holding the inflated bytes.
 */

export interface TestEntry {
  name: string
  /** Raw deflate data (method 8), or the bytes themselves when `stored`. */
  data: Uint8Array
  stored?: boolean
  /** The uncompressed size the archive claims; by default the stored size, or what `deflatedZeros` made. */
  claimedSize: number
}

/** Writes bits LSB first, as deflate does. */
class BitWriter {
  private bytes: number[] = []
  private current = 0
  private count = 0

  bits(value: number, length: number): void {
    for (let i = 0; i < length; i++) this.bit((value >>> i) & 1)
  }

  /** A Huffman code: written from its most significant bit. */
  code(value: number, length: number): void {
    for (let i = length - 1; i >= 0; i--) this.bit((value >>> i) & 1)
  }

  private bit(bit: number): void {
    this.current |= bit << this.count
    if (++this.count === 8) {
      this.bytes.push(this.current)
      this.current = 0
      this.count = 0
    }
  }

  finish(): Uint8Array {
    if (this.count > 0) this.bytes.push(this.current)
    return Uint8Array.from(this.bytes)
  }
}

/**
 * Raw deflate data that inflates to 1 + 258 × `matches` zero bytes: one literal, then back-references
 * of 258 bytes at distance 1, 13 bits each (a ratio of about 160:1, as real bombs have). Eight matches
 * fill 13 whole bytes, so after the first match (which ends on a byte boundary) the data repeats.
 */
export function deflatedZeros(matches: number): { data: Uint8Array; inflatedSize: number } {
  const match = (out: BitWriter): void => {
    out.code(0xc5, 8) // length 258 (code 285)
    out.code(0, 5) // distance 1 (code 0)
  }
  const head = new BitWriter()
  head.bits(1, 1) // final block
  head.bits(1, 2) // fixed Huffman codes
  head.code(0x30, 8) // literal 0
  const groups = matches > 0 ? Math.floor((matches - 1) / 8) : 0
  if (matches > 0) match(head) // 3 + 8 + 13 bits: a byte boundary
  const group = new BitWriter()
  for (let i = 0; i < 8; i++) match(group)
  const tail = new BitWriter()
  for (let i = 0; i < Math.max(0, matches - 1 - groups * 8); i++) match(tail)
  tail.code(0, 7) // end of block
  const [start, pattern, end] = [head.finish(), group.finish(), tail.finish()]
  const data = new Uint8Array(start.length + groups * pattern.length + end.length)
  data.set(start)
  for (let i = 0; i < groups; i++) data.set(pattern, start.length + i * pattern.length)
  data.set(end, start.length + groups * pattern.length)
  return { data, inflatedSize: 1 + 258 * matches }
}

const u16 = (n: number): number[] => [n & 0xff, (n >>> 8) & 0xff]
const u32 = (n: number): number[] => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff]

/** A zip archive of the entries, with the sizes they claim (CRCs are left 0: the readers here do not check them). */
export function zipArchive(entries: readonly TestEntry[]): Uint8Array {
  const encoder = new TextEncoder()
  const chunks: Uint8Array[] = []
  const central: number[] = []
  let offset = 0
  for (const entry of entries) {
    const name = encoder.encode(entry.name)
    const method = entry.stored ? 0 : 8
    const claimed = Math.min(entry.claimedSize, 0xffffffff)
    const local = [...u32(0x04034b50), ...u16(20), ...u16(0x800), ...u16(method), ...u16(0), ...u16(0), ...u32(0), ...u32(entry.data.length), ...u32(claimed), ...u16(name.length), ...u16(0)]
    central.push(...u32(0x02014b50), ...u16(20), ...u16(20), ...u16(0x800), ...u16(method), ...u16(0), ...u16(0), ...u32(0), ...u32(entry.data.length), ...u32(claimed), ...u16(name.length), ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(offset), ...name)
    chunks.push(Uint8Array.from(local), name, entry.data)
    offset += local.length + name.length + entry.data.length
  }
  const end = [...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(entries.length), ...u16(entries.length), ...u32(central.length), ...u32(offset), ...u16(0)]
  chunks.push(Uint8Array.from(central), Uint8Array.from(end))
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0))
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.length
  }
  return out
}

const text = (name: string, content: string): TestEntry => {
  const data = new TextEncoder().encode(content)
  return { name, data, stored: true, claimedSize: data.length }
}

/** Where each disguise keeps the part an importer reads, and the parts that make it look real. */
export const DISGUISES = {
  docx: { part: 'word/document.xml', around: [text('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')] },
  odt: { part: 'content.xml', around: [text('mimetype', 'application/vnd.oasis.opendocument.text')] },
  qdpx: { part: 'project.qde', around: [] },
  themata: { part: 'backup.json', around: [] }
} as const

/** A zip bomb dressed as a `.docx`, `.odt`, `.qdpx` or `.themata`: its main part inflates to `inflatedMatches` × 258 zero bytes and claims `claimedSize`. */
export function disguisedBomb(kind: keyof typeof DISGUISES, inflatedMatches: number, claimedSize: number): Uint8Array {
  const { part, around } = DISGUISES[kind]
  return zipArchive([...around, { name: part, data: deflatedZeros(inflatedMatches).data, claimedSize }])
}
