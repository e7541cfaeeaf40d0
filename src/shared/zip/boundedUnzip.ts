/**
 * Unzipping that cannot be made to eat memory. The central directory is read first, so a file that
 * claims too many entries or too many bytes is refused before anything is inflated; then each entry is
 * inflated with fflate in small slices, counting as it goes, so one that inflates to more than it
 * claimed (a zip bomb with a lying directory) is stopped within a slice of the lie. Readers that unzip
 * by themselves (mammoth's JSZip) get the same guarantee by `checkZip` first.
 */
import { Inflate } from 'fflate'

export interface ZipLimits {
  /** Most entries an archive may list. */
  maxEntries: number
  /** Most bytes all entries together may unpack to, as claimed and as inflated. */
  maxTotalBytes: number
}

export interface ZipEntry {
  name: string
  /** 0 stored, 8 deflated; anything else is refused when read. */
  method: number
  compressedSize: number
  /** The uncompressed size the central directory claims. */
  size: number
  /** Where the entry's local header starts. */
  headerOffset: number
  encrypted: boolean
}

export type ZipErrorKind = 'not-a-zip' | 'damaged' | 'encrypted' | 'too-large'

/** Why an archive was refused: not a zip at all, a damaged one, encrypted, or more than the limits allow. */
export class ZipError extends Error {
  override readonly name = 'ZipError'
  readonly kind: ZipErrorKind

  constructor(kind: ZipErrorKind, message: string) {
    super(message)
    this.kind = kind
  }
}

const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8)
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0
/** Zip64 fields are 64-bit; sizes past 2^53 are far beyond any limit, so a double is exact enough. */
const u64 = (b: Uint8Array, at: number): number => u32(b, at) + u32(b, at + 4) * 2 ** 32

const EOCD = 0x06054b50
const ZIP64_LOCATOR = 0x07064b50
const ZIP64_EOCD = 0x06064b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
const MAX_COMMENT = 0xffff
/** Compressed bytes inflated at a time: deflate expands at most ~1032×, so one slice yields at most ~16 MB. */
const SLICE = 16 * 1024
/** Bytes of a stored entry handed over at a time: about what a slice of a deflated one inflates to. */
const STORED_SLICE = 64 * 1024

const damaged = (why: string): ZipError => new ZipError('damaged', why)

function endOfCentralDirectory(bytes: Uint8Array): number {
  const last = bytes.length - 22
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at--) if (u32(bytes, at) === EOCD) return at
  throw new ZipError('not-a-zip', 'no end of central directory')
}

/** Every entry the central directory lists, checked against the limits; nothing is inflated. */
export function zipEntries(bytes: Uint8Array, limits: ZipLimits): ZipEntry[] {
  const eocd = endOfCentralDirectory(bytes)
  let count = u16(bytes, eocd + 10)
  let offset = u32(bytes, eocd + 16)
  const locator = eocd - 20
  if (locator >= 0 && u32(bytes, locator) === ZIP64_LOCATOR) {
    const zip64 = u64(bytes, locator + 8)
    if (u32(bytes, zip64) !== ZIP64_EOCD) throw damaged('bad zip64 end of central directory')
    count = u64(bytes, zip64 + 32)
    offset = u64(bytes, zip64 + 48)
  }
  if (count > limits.maxEntries) throw new ZipError('too-large', `lists ${count} entries`)
  const entries: ZipEntry[] = []
  let claimed = 0
  for (let i = 0; i < count; i++) {
    if (u32(bytes, offset) !== CENTRAL) throw damaged('bad central directory entry')
    const flags = u16(bytes, offset + 8)
    const nameLength = u16(bytes, offset + 28)
    const extraLength = u16(bytes, offset + 30)
    const commentLength = u16(bytes, offset + 32)
    const nameBytes = bytes.subarray(offset + 46, offset + 46 + nameLength)
    const entry: ZipEntry = {
      name: new TextDecoder(flags & 0x800 ? 'utf-8' : 'latin1').decode(nameBytes),
      method: u16(bytes, offset + 10),
      compressedSize: u32(bytes, offset + 20),
      size: u32(bytes, offset + 24),
      headerOffset: u32(bytes, offset + 42),
      encrypted: (flags & 1) === 1
    }
    readZip64Extra(bytes.subarray(offset + 46 + nameLength, offset + 46 + nameLength + extraLength), entry)
    claimed += entry.size
    if (claimed > limits.maxTotalBytes) throw new ZipError('too-large', `claims more than ${limits.maxTotalBytes} bytes`)
    entries.push(entry)
    offset += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

/** Sizes and offset that did not fit 32 bits are in the zip64 extra field, in this order. */
function readZip64Extra(extra: Uint8Array, entry: ZipEntry): void {
  for (let at = 0; at + 4 <= extra.length; at += 4 + u16(extra, at + 2)) {
    if (u16(extra, at) !== 0x0001) continue
    let field = at + 4
    for (const key of ['size', 'compressedSize', 'headerOffset'] as const) {
      if (entry[key] !== 0xffffffff) continue
      entry[key] = u64(extra, field)
      field += 8
    }
    return
  }
}

/** The entry's compressed bytes, found through its local header. */
function compressedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const at = entry.headerOffset
  if (u32(bytes, at) !== LOCAL) throw damaged(`bad local header for ${entry.name}`)
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28)
  const end = start + entry.compressedSize
  if (end > bytes.length) throw damaged(`${entry.name} runs past the end`)
  return bytes.subarray(start, end)
}

/**
 * One entry's bytes as they inflate, piece by piece, never past `budget` bytes nor past the size it
 * claims: a reader takes each piece before the next slice is inflated (and may stop there).
 */
export function* inflatePieces(bytes: Uint8Array, entry: ZipEntry, budget: number): Generator<Uint8Array, void, undefined> {
  if (entry.encrypted) throw new ZipError('encrypted', `${entry.name} is encrypted`)
  const data = compressedData(bytes, entry)
  const limit = Math.min(entry.size, budget)
  let produced = 0
  const count = (piece: Uint8Array): void => {
    produced += piece.length
    if (produced > limit) {
      throw produced > entry.size
        ? damaged(`${entry.name} unpacks to more than the ${entry.size} bytes it claims`)
        : new ZipError('too-large', `${entry.name} unpacks to more than the limit`)
    }
  }
  if (entry.method === 0) {
    // Stored: handed over in slices too, so a reader of a large entry takes it a piece at a time.
    count(data)
    for (let at = 0; at < data.length || at === 0; at += STORED_SLICE) yield data.subarray(at, at + STORED_SLICE)
    return
  }
  if (entry.method !== 8) throw damaged(`${entry.name} uses compression method ${entry.method}`)
  let pieces: Uint8Array[] = []
  const inflate = new Inflate((piece) => {
    count(piece)
    pieces.push(piece)
  })
  for (let at = 0; at < data.length || at === 0; at += SLICE) {
    try {
      inflate.push(data.subarray(at, at + SLICE), at + SLICE >= data.length)
    } catch (error) {
      if (error instanceof ZipError) throw error
      throw damaged(`${entry.name} does not inflate: ${error instanceof Error ? error.message : String(error)}`)
    }
    const ready = pieces
    pieces = []
    yield* ready
  }
  if (produced !== entry.size) throw damaged(`${entry.name} unpacks to ${produced} bytes, not the ${entry.size} it claims`)
}

/**
 * Inflates one entry within the same bounds, calling `onData` with each piece when given (to keep
 * them); otherwise only counts. Returns the number of bytes it unpacked.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, budget: number, onData?: (piece: Uint8Array) => void): number {
  let produced = 0
  for (const piece of inflatePieces(bytes, entry, budget)) {
    produced += piece.length
    onData?.(piece)
  }
  return produced
}

/** One entry's bytes, at most `budget` of them. */
export function readEntry(bytes: Uint8Array, entry: ZipEntry, budget: number): Uint8Array {
  const pieces: Uint8Array[] = []
  inflateEntry(bytes, entry, budget, (piece) => pieces.push(piece))
  return concat(pieces)
}

/** The named entries' bytes (names absent from the archive are absent from the map), within the limits. */
export function unzipBounded(bytes: Uint8Array, names: readonly string[], limits: ZipLimits): Map<string, Uint8Array> {
  let budget = limits.maxTotalBytes
  const parts = new Map<string, Uint8Array>()
  for (const entry of zipEntries(bytes, limits)) {
    if (!names.includes(entry.name) || parts.has(entry.name)) continue
    const part = readEntry(bytes, entry, budget)
    budget -= part.length
    parts.set(entry.name, part)
  }
  return parts
}

/**
 * Every entry `accept` takes, by name (a later entry of a name wins, as unzip tools have it), within the
 * limits: the entry count counts every entry, the byte limit the accepted ones, claimed and inflated.
 */
export function unzipWhere(bytes: Uint8Array, accept: (name: string) => boolean, limits: ZipLimits): Record<string, Uint8Array> {
  const entries = zipEntries(bytes, { maxEntries: limits.maxEntries, maxTotalBytes: Number.MAX_SAFE_INTEGER }).filter((entry) => accept(entry.name))
  if (entries.reduce((sum, entry) => sum + entry.size, 0) > limits.maxTotalBytes) {
    throw new ZipError('too-large', `claims more than ${limits.maxTotalBytes} bytes`)
  }
  let budget = limits.maxTotalBytes
  const parts: Record<string, Uint8Array> = {}
  for (const entry of entries) {
    const part = readEntry(bytes, entry, budget)
    budget -= part.length
    parts[entry.name] = part
  }
  return parts
}

/** Inflates every entry without keeping any, so an archive another reader will unzip is known to be within the limits. */
export function checkZip(bytes: Uint8Array, limits: ZipLimits): void {
  let budget = limits.maxTotalBytes
  for (const entry of zipEntries(bytes, limits)) budget -= inflateEntry(bytes, entry, budget)
}

function concat(pieces: readonly Uint8Array[]): Uint8Array {
  if (pieces.length === 1) return pieces[0] as Uint8Array
  if (pieces.length === 0) return new Uint8Array(0)
  const out = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0))
  let at = 0
  for (const piece of pieces) {
    out.set(piece, at)
    at += piece.length
  }
  return out
}
