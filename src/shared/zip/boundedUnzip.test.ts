import { strToU8, zipSync } from 'fflate'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkZip, inflateEntry, unzipBounded, zipEntries, ZipError, type ZipLimits } from './boundedUnzip'
import { deflatedZeros, zipArchive } from './testSupport'

const limits: ZipLimits = { maxEntries: 100, maxTotalBytes: 1024 * 1024 }
const GB = 1024 ** 3

function refusal(run: () => unknown): ZipError {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(ZipError)
    return error as ZipError
  }
  return expect.unreachable('the archive was accepted')
}

describe('unzipBounded', () => {
  it('reads the named entries of an ordinary archive, stored or deflated', () => {
    const zip = zipSync({ 'a.xml': strToU8('<a>first</a>'), 'dir/b.txt': [strToU8('second '.repeat(100)), { level: 0 }], 'c.bin': strToU8('skipped') })
    const parts = unzipBounded(zip, ['a.xml', 'dir/b.txt', 'missing'], limits)
    expect([...parts.keys()]).toEqual(['a.xml', 'dir/b.txt'])
    expect(new TextDecoder().decode(parts.get('a.xml'))).toBe('<a>first</a>')
    expect(new TextDecoder().decode(parts.get('dir/b.txt'))).toBe('second '.repeat(100))
  })

  it('refuses an archive that claims more than the limit before inflating anything', () => {
    // The data would inflate to 259 bytes; the directory's claim of 1 GB alone is refused.
    const zip = zipArchive([{ name: 'a.xml', data: deflatedZeros(1).data, claimedSize: GB }])
    expect(refusal(() => unzipBounded(zip, ['a.xml'], limits)).kind).toBe('too-large')
  })

  it('stops an entry that inflates past what it claims, without holding the rest (a lying zip bomb)', () => {
    const bomb = deflatedZeros(4_200_000) // about 1 GB of zeros from 6.8 MB
    const zip = zipArchive([{ name: 'a.xml', data: bomb.data, claimedSize: 1000 }])
    const before = process.memoryUsage().arrayBuffers
    expect(refusal(() => unzipBounded(zip, ['a.xml'], limits)).kind).toBe('damaged')
    expect(refusal(() => checkZip(zip, limits)).kind).toBe('damaged')
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * 1024 * 1024)
    expect(bomb.inflatedSize).toBeGreaterThan(GB)
  })

  it('counts every entry against the limit, even ones not read', () => {
    const part = deflatedZeros(3000) // 774,001 bytes each: two pass the 1 MB limit together
    const zip = zipArchive([
      { name: 'a', data: part.data, claimedSize: part.inflatedSize },
      { name: 'b', data: part.data, claimedSize: part.inflatedSize }
    ])
    expect(refusal(() => checkZip(zip, limits)).kind).toBe('too-large')
    expect(refusal(() => unzipBounded(zip, ['a'], limits)).kind).toBe('too-large')
    const one = zipArchive([{ name: 'a', data: part.data, claimedSize: part.inflatedSize }])
    expect(unzipBounded(one, ['a'], limits).get('a')?.length).toBe(part.inflatedSize)
  })

  it('passes on what the reader of the pieces throws, and inflates no further', () => {
    // Text that packs poorly, so it inflates in many slices.
    const bytes = zipSync({ 'big.txt': strToU8(Array.from({ length: 50_000 }, (_, i) => (i * 7919).toString(36)).join('\n')) }, { level: 6 })
    const [entry] = zipEntries(bytes, { maxEntries: 10, maxTotalBytes: 1e9 })
    const stop = new Error('the third line is wrong')
    let pieces = 0
    expect(() =>
      inflateEntry(bytes, entry as NonNullable<typeof entry>, 1e9, () => {
        if (++pieces === 2) throw stop
      })
    ).toThrow(stop)
    expect(pieces).toBe(2)
  })

  it('refuses an archive that lists more entries than the limit', () => {
    const many = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`f${i}`, strToU8('x')]))
    expect(refusal(() => zipEntries(zipSync(many), limits)).kind).toBe('too-large')
  })

  it('tells an encrypted entry, a file that is no zip, and a damaged one apart', () => {
    const zip = zipSync({ 'a.xml': strToU8('<a/>') })
    const central = zip.findLastIndex((_, i) => zip[i] === 0x50 && zip[i + 1] === 0x4b && zip[i + 2] === 0x01 && zip[i + 3] === 0x02)
    const encrypted = zip.slice()
    encrypted[central + 8] = (encrypted[central + 8] as number) | 1
    expect(refusal(() => unzipBounded(encrypted, ['a.xml'], limits)).kind).toBe('encrypted')
    expect(refusal(() => unzipBounded(new TextEncoder().encode('not a zip at all'), ['a.xml'], limits)).kind).toBe('not-a-zip')
    expect(refusal(() => unzipBounded(zip.slice(0, zip.length - 30), ['a.xml'], limits)).kind).toBe('not-a-zip')
    const broken = zip.slice()
    broken[central] = 0
    expect(refusal(() => unzipBounded(broken, ['a.xml'], limits)).kind).toBe('damaged')
  })

  it('either reads or refuses with a ZipError, whatever the bytes', () => {
    const original = zipSync({ 'content.xml': strToU8('<office:document-content>text</office:document-content>'), 'meta.xml': strToU8('<m/>') })
    const damaged = fc.oneof(
      fc.uint8Array({ maxLength: 500 }),
      fc.nat(original.length - 1).map((end) => original.slice(0, end)),
      fc.array(fc.tuple(fc.nat(original.length - 1), fc.nat(255)), { minLength: 1, maxLength: 8 }).map((edits) => {
        const copy = original.slice()
        for (const [at, byte] of edits) copy[at] = byte
        return copy
      })
    )
    fc.assert(
      fc.property(damaged, (bytes) => {
        try {
          const parts = unzipBounded(bytes, ['content.xml', 'meta.xml'], limits)
          for (const part of parts.values()) expect(part.length).toBeLessThanOrEqual(limits.maxTotalBytes)
        } catch (error) {
          expect(error).toBeInstanceOf(ZipError)
        }
      }),
      { numRuns: 300 }
    )
  })
})
