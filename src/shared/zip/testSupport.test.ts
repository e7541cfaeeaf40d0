import { inflateSync, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { deflatedZeros, disguisedBomb, zipArchive } from './testSupport'

describe('the zip bomb test support', () => {
  it.each([0, 1, 2, 8, 9, 10, 17, 1000])('deflates %i matches into exactly the zeros it says', (matches) => {
    const { data, inflatedSize } = deflatedZeros(matches)
    const out = inflateSync(data)
    expect(out.length).toBe(inflatedSize)
    expect(out.every((byte) => byte === 0)).toBe(true)
  })

  it('writes archives another unzipper reads, with the sizes claimed', () => {
    const { data, inflatedSize } = deflatedZeros(100)
    const zip = zipArchive([{ name: 'a.bin', data, claimedSize: inflatedSize }])
    expect(unzipSync(zip)['a.bin']?.length).toBe(inflatedSize)
    expect(Object.keys(unzipSync(disguisedBomb('docx', 10, 2581)))).toEqual(['[Content_Types].xml', 'word/document.xml'])
  })
})
