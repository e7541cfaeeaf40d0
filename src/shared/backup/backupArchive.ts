/**
 * A .themata zip written as its entries come, with fflate's streaming zip: a project's data file is
 * deflated piece by piece as its text is handed over (the app's backup worker reads and writes the text
 * while the page deflates it), then the manifest, then the central directory.
 */
import { strToU8, Zip, ZipDeflate } from 'fflate'
import { MANIFEST_NAME } from './format'

/**
 * Fast deflate: a backup is written often (before every upgrade) and is mostly text that packs well
 * at any level (level 1: 67 MB of JSON to 18.6 MB; docs/PERFORMANCE.md).
 */
const LEVEL = 1

export class BackupArchive {
  private readonly parts: Uint8Array[] = []
  private readonly zip: Zip
  private readonly mtime: Date
  private file: ZipDeflate | null = null

  /** `createdAt`: the backup's time, the entries' date (zip dates start in 1980). */
  constructor(createdAt: number) {
    this.mtime = new Date(Math.max(createdAt, Date.UTC(1980, 0, 2)))
    this.zip = new Zip((error, data) => {
      if (error) throw error
      this.parts.push(data)
    })
  }

  startFile(name: string): void {
    if (this.file) throw new Error(`${this.file.filename} is still open`)
    const file = new ZipDeflate(name, { level: LEVEL })
    file.mtime = this.mtime
    this.zip.add(file)
    this.file = file
  }

  write(bytes: Uint8Array): void {
    if (!this.file) throw new Error('no file is open')
    this.file.push(bytes)
  }

  endFile(): void {
    this.file?.push(new Uint8Array(0), true)
    this.file = null
  }

  /** Adds the manifest and closes the archive: its bytes. */
  finish(manifest: string): Uint8Array<ArrayBuffer> {
    this.startFile(MANIFEST_NAME)
    this.write(strToU8(manifest))
    this.endFile()
    this.zip.end()
    const out = new Uint8Array(this.parts.reduce((sum, part) => sum + part.length, 0))
    let at = 0
    for (const part of this.parts) {
      out.set(part, at)
      at += part.length
    }
    return out
  }
}
