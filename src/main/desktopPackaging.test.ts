/**
 * What packaging makes of Themata on the desktop, read from electron-builder.yml through
 * electron-builder's own loader and schema: project files open in Themata, article formats are
 * offered ("Open with") on every platform without Themata becoming their default, and the icon
 * exists at every size each platform needs.
 */
import { mkdtemp, readFile, readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config'
import { DebugLogger } from 'builder-util'
import { beforeAll, describe, expect, it } from 'vitest'
import { FORMAT_EXTENSIONS, SUPPORTED_EXTENSIONS } from '@shared/import/formats'
import { ICON_SIZES, makeIcons } from '../../scripts/icons.mjs'

const projectDir = resolve(__dirname, '../..')
const at = (path: string): string => resolve(projectDir, path)
const withoutDot = SUPPORTED_EXTENSIONS.map((extension) => extension.slice(1))

/** The MIME types each article format goes by in the desktop's shared MIME database. */
const MIME_TYPES: Record<keyof typeof FORMAT_EXTENSIONS, string[]> = {
  txt: ['text/plain'],
  md: ['text/markdown', 'text/x-markdown'],
  html: ['text/html'],
  docx: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  odt: ['application/vnd.oasis.opendocument.text'],
  pdf: ['application/pdf']
}

interface Association {
  ext: string | string[]
  role?: string
  rank?: string
  mimeType?: string | null
}

let config: Awaited<ReturnType<typeof getConfig>>
const extsOf = (associations: Association[] | null | undefined): string[] => (associations ?? []).flatMap((a) => [a.ext].flat())

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

beforeAll(async () => {
  config = await getConfig(projectDir, null, null)
}, 60_000)

describe('file associations', () => {
  it('is a configuration electron-builder accepts', async () => {
    await validateConfiguration(config, new DebugLogger(false))
  }, 60_000)

  it('opens REFI-QDA projects and Themata backups in Themata, as their editor, on every platform', () => {
    const projects = (config.fileAssociations ?? []) as Association[]
    expect(extsOf(projects).sort()).toEqual(['qdpx', 'themata'])
    for (const association of projects) {
      expect(association.role).toBe('Editor')
      // Linux needs a MIME type to list the file type in the desktop entry.
      expect(association.mimeType).toMatch(/^application\/x-[a-z-]+$/)
    }
  })

  it('never makes Themata the default program of an article format', () => {
    // A top-level or Windows association would: NSIS writes the extension's default key.
    for (const associations of [config.fileAssociations, config.win?.fileAssociations, config.linux?.fileAssociations]) {
      expect(extsOf(associations as Association[]).filter((ext) => withoutDot.includes(ext))).toEqual([])
    }
  })

  it('offers every article format under "Open With" on a Mac, as a viewer ranked below the default', () => {
    const articles = (config.mac?.fileAssociations ?? []) as Association[]
    expect(extsOf(articles).sort()).toEqual([...withoutDot].sort())
    for (const association of articles) expect(association).toMatchObject({ role: 'Viewer', rank: 'Alternate' })
  })

  it('lists every article format in the Linux desktop entry', () => {
    const listed = config.linux?.mimeTypes ?? []
    for (const [format, types] of Object.entries(MIME_TYPES)) for (const type of types) expect(listed, format).toContain(type)
    expect(Object.keys(MIME_TYPES).sort()).toEqual(Object.keys(FORMAT_EXTENSIONS).sort())
  })

  it('registers every article format for "Open with" in the Windows installer, and removes it again', async () => {
    expect(config.nsis?.include).toBe('build/installer.nsh')
    const script = await readFile(at('build/installer.nsh'), 'utf8')
    const listed = (macro: string): string[] => [...script.matchAll(new RegExp(`!insertmacro ${macro} "([^"]+)"`, 'g'))].map((m) => m[1] as string)
    expect(listed('themataOpenWith').sort()).toEqual([...SUPPORTED_EXTENSIONS].sort())
    expect(listed('themataNoOpenWith').sort()).toEqual([...SUPPORTED_EXTENSIONS].sort())
    // Only OpenWithProgids: the extension's own default value is never written.
    expect(script).not.toMatch(/WriteRegStr SHCTX "Software\\Classes\\\$\{EXT\}" ""/)
  })
})

describe('the icon', () => {
  it('exists for Linux at every size from 16 to 1024 px, each the size its name says', async () => {
    expect(config.linux?.icon).toBe('build/icons')
    const files = (await readdir(at('build/icons'))).sort((a, b) => parseInt(a) - parseInt(b))
    expect(files).toEqual(ICON_SIZES.map((side) => `${side}x${side}.png`))
    expect(ICON_SIZES[0]).toBe(16)
    expect(ICON_SIZES.at(-1)).toBe(1024)
    for (const file of files) {
      const side = parseInt(file)
      expect(pngSize(await readFile(at(`build/icons/${file}`))), file).toEqual({ width: side, height: side })
    }
  })

  it('is an .ico for Windows holding 16 to 256 px', async () => {
    expect(config.win?.icon).toBe('build/icon.ico')
    const ico = await readFile(at('build/icon.ico'))
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1])
    // Each directory entry: width and height in a byte each, 0 meaning 256.
    const sides = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + i * 16] || 256)
    for (const side of [16, 32, 48, 256]) expect(sides).toContain(side)
  })

  it('is an .icns for macOS up to 1024 px', async () => {
    expect(config.mac?.icon).toBe('build/icon.icns')
    const icns = await readFile(at('build/icon.icns'))
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns')
    expect(icns.readUInt32BE(4)).toBe(icns.length)
    const types: string[] = []
    for (let offset = 8; offset < icns.length; offset += icns.readUInt32BE(offset + 4)) types.push(icns.subarray(offset, offset + 4).toString('latin1'))
    // ic10 is the 1024 px (512@2x) image, ic07 the 128 px one.
    expect(types).toEqual(expect.arrayContaining(['ic07', 'ic10']))
  })

  it('is a 512 px PNG for the window at run time', async () => {
    expect(pngSize(await readFile(at('resources/icon.png')))).toEqual({ width: 512, height: 512 })
  })

  it('is drawn from resources/icon.svg as it is now (npm run icons after changing it)', async () => {
    const fresh = await mkdtemp(join(tmpdir(), 'themata-icons-'))
    await makeIcons(fresh)
    for (const file of [...ICON_SIZES.map((side) => `icons/${side}x${side}.png`), 'icon.ico', 'icon.icns']) {
      expect((await readFile(join(fresh, file))).equals(await readFile(at(`build/${file}`))), file).toBe(true)
    }
  }, 60_000)
})
