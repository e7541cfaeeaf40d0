/**
 * Bytes to text for the text formats. Runs in Node and in the renderer alike: only
 * TextDecoder and jschardet, no Buffer, no fs.
 */
import { chardet } from 'jschardet'
import { ImportError } from './errors'

interface Bom {
  label: 'utf-8' | 'utf-16le' | 'utf-16be'
  length: number
}

function sniffBom(bytes: Uint8Array): Bom | undefined {
  const [a, b, c] = bytes
  if (a === 0xef && b === 0xbb && c === 0xbf) return { label: 'utf-8', length: 3 }
  if (a === 0xff && b === 0xfe) return { label: 'utf-16le', length: 2 }
  if (a === 0xfe && b === 0xff) return { label: 'utf-16be', length: 2 }
  return undefined
}

const ASCII_SPACE = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20])

/** True when the bytes hold nothing but a BOM and ASCII whitespace (in UTF-16: code units of it). */
export function isBlank(bytes: Uint8Array): boolean {
  const bom = sniffBom(bytes)
  const wide = bom !== undefined && bom.label !== 'utf-8'
  for (let i = bom?.length ?? 0; i < bytes.length; i++) {
    const byte = bytes[i] as number
    if (!ASCII_SPACE.has(byte) && !(wide && byte === 0)) return false
  }
  return true
}

/**
 * Names jschardet reports (for the eras it is asked about) that are not WHATWG labels.
 * Anything else it reports either is a label or falls back to windows-1252.
 */
const LABEL_ALIASES: Record<string, string> = {
  cp874: 'windows-874',
  cp932: 'shift_jis',
  cp949: 'euc-kr',
  iso2022_jp_2004: 'iso-2022-jp',
  iso2022_jp_ext: 'iso-2022-jp',
  'iso8859-16': 'iso-8859-16'
}

/** Limit detection to encodings TextDecoder can decode; DOS and mainframe pages would only mislead it. */
const DETECT_OPTIONS = { encodingEra: chardet.EncodingEra.MODERN_WEB | chardet.EncodingEra.LEGACY_ISO }

const FALLBACK_LABEL = 'windows-1252'

/** The WHATWG encoding for a charset name, or undefined when TextDecoder has none. */
export function whatwgEncoding(name: string): string | undefined {
  const key = name.trim().toLowerCase()
  try {
    return new TextDecoder(LABEL_ALIASES[key] ?? key).encoding
  } catch {
    return undefined
  }
}

/** Scores this close count as a tie, which windows-1252 wins: short texts score near-equal everywhere. */
const TIE_MARGIN = 0.01

function detectLabel(bytes: Uint8Array): string {
  const candidates = chardet.detectAll(bytes, { ...DETECT_OPTIONS, ignoreThreshold: true }).flatMap(({ encoding, confidence }) => {
    const label = encoding === null ? undefined : whatwgEncoding(encoding)
    return label === undefined ? [] : [{ label, confidence }]
  })
  const best = candidates[0]
  if (best === undefined) return FALLBACK_LABEL
  const unsure = candidates.some((c) => c.label === FALLBACK_LABEL && c.confidence >= best.confidence - TIE_MARGIN)
  return unsure ? FALLBACK_LABEL : best.label
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return undefined
  }
}

/** More than this share of control or undecodable characters means the bytes are not text. */
const MAX_NOISE_SHARE = 0.05

/** C0 controls other than \t \n \f \r, DEL, C1 controls, and U+FFFD left by undecodable bytes. */
function isNoise(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0xfffd
}

function looksBinary(text: string): boolean {
  const limit = text.length * MAX_NOISE_SHARE
  let noise = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 0) return true
    if (isNoise(code) && ++noise > limit) return true
  }
  return false
}

/** A declared UTF-8 or UTF-16 that failed the checks before it is wrong; only legacy declarations help. */
function legacyLabel(bytes: Uint8Array, declaredCharset: string | undefined): string {
  const declared = declaredCharset === undefined ? undefined : whatwgEncoding(declaredCharset)
  return declared !== undefined && !declared.startsWith('utf-') ? declared : detectLabel(bytes)
}

/**
 * Outside UTF-16, text holds NUL bytes only as damage (a stray byte, a payload in a saved page). A few
 * become DEL, a control character in every encoding here, so they count as noise (and normalizing
 * makes them a space) and cannot lead jschardet to guess UTF-16; more than the noise share is binary.
 */
function withoutNuls(bytes: Uint8Array, fileName: string): Uint8Array {
  let nuls = 0
  for (const byte of bytes) if (byte === 0) nuls++
  if (nuls === 0) return bytes
  if (nuls > bytes.length * MAX_NOISE_SHARE) throw new ImportError('binary', fileName)
  return bytes.map((byte) => (byte === 0 ? 0x7f : byte))
}

/**
 * Decodes in order of certainty: a BOM, then strict UTF-8, then a charset the file declares
 * (HTML's meta charset), then jschardet's guess. Rejects what is not text with ImportError 'binary'.
 */
export function decodeText(bytes: Uint8Array, fileName: string, declaredCharset?: string): string {
  const bom = sniffBom(bytes)
  const text = bom
    ? new TextDecoder(bom.label).decode(bytes.subarray(bom.length))
    : decodeUnmarked(withoutNuls(bytes, fileName), declaredCharset)
  if (looksBinary(text)) throw new ImportError('binary', fileName)
  return text
}

function decodeUnmarked(bytes: Uint8Array, declaredCharset: string | undefined): string {
  return strictUtf8(bytes) ?? new TextDecoder(legacyLabel(bytes, declaredCharset)).decode(bytes)
}
