/** Helpers for the project exchange tests: the real files from other tools, xmllint, and archives built by hand. */
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate'
import { decodeText } from '../import/decode'

export const REFI_QDA = resolve(__dirname, '../../../../shared/external/refi-qda')
export const PROJECT_XSD = resolve(__dirname, '../../../../shared/standards/refi-qda/Project-mrt2019.xsd')

export const realFile = (name: string): Uint8Array => new Uint8Array(readFileSync(join(REFI_QDA, name)))

/** xmllint's verdict on `xml` against Project-mrt2019.xsd: '' when valid, else its complaints. */
export async function projectXsdErrors(xml: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'themata-qde-'))
  const file = join(dir, 'project.qde')
  try {
    await writeFile(file, xml)
    await promisify(execFile)('xmllint', ['--noout', '--schema', PROJECT_XSD, file], { maxBuffer: 64 * 1024 * 1024 })
    return ''
  } catch (error) {
    return String((error as { stderr?: string }).stderr ?? error)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** The entries of an archive, by path. */
export function entries(archive: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(archive)
}

/** A source text of a real archive as its tool stored it (BOM stripped, nothing else changed). */
export function rawText(archive: Uint8Array, guid: string): string {
  const files = entries(archive)
  const name = Object.keys(files).find((n) => n.toLowerCase().endsWith(`/${guid.toLowerCase()}.txt`)) as string
  return decodeText(files[name] as Uint8Array, name)
}

const NS = 'urn:QDA-XML:project:1.0'

/** The project document of an archive, as text. */
export function projectXml(archive: Uint8Array): string {
  const [, bytes] = Object.entries(entries(archive)).find(([name]) => /(^|\/)project\.qde$/i.test(name)) as [string, Uint8Array]
  return new TextDecoder().decode(bytes)
}

/** A project.qde around `inner` (codebook, sources, notes… in schema order). */
export function qde(inner: string, attributes = ''): string {
  return `<?xml version="1.0" encoding="utf-8"?><Project xmlns="${NS}" name="Hand-made"${attributes}>${inner}</Project>`
}

/** A .qdpx archive: project.qde plus files (text or bytes) under the paths given. */
export function qdpx(xml: string, files: Record<string, string | Uint8Array> = {}, projectPath = 'project.qde'): Uint8Array {
  const zippable: Zippable = { [projectPath]: strToU8(xml) }
  for (const [path, content] of Object.entries(files)) zippable[path] = typeof content === 'string' ? strToU8(content) : content
  return zipSync(zippable)
}

let n = 0
/** A fresh GUID-shaped id, counting up, in the case asked for. */
export function guid(upper = false): string {
  const g = `abcdef00-0000-4000-8000-${String(++n).padStart(12, '0')}`
  return upper ? g.toUpperCase() : g
}
