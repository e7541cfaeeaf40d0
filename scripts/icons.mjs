// Draws the app icon from resources/icon.svg at every size the platforms ask for: PNGs from 16 to
// 1024 px for Linux (build/icons/NxN.png, what a desktop entry's icon theme takes), an .ico for
// Windows and an .icns for macOS, plus resources/icon.png for the window at run time. Run it after
// changing the SVG (`npm run icons`); the results are committed, so packaging needs no renderer.
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Resvg } from '@resvg/resvg-js'
import png2icons from 'png2icons'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
export const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024]

/** The SVG drawn `size` pixels square, as PNG bytes. */
function render(svg, size) {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render().asPng()
}

export async function makeIcons(outDir = join(root, 'build')) {
  const svg = await readFile(join(root, 'resources', 'icon.svg'), 'utf8')
  await mkdir(join(outDir, 'icons'), { recursive: true })
  for (const size of ICON_SIZES) await writeFile(join(outDir, 'icons', `${size}x${size}.png`), render(svg, size))
  const largest = Buffer.from(render(svg, 1024))
  // Scaled down from 1024 px by png2icons; the 256 px entry is stored as PNG, as Windows executables expect.
  const ico = png2icons.createICO(largest, png2icons.BICUBIC2, 0, false, true)
  const icns = png2icons.createICNS(largest, png2icons.BICUBIC2, 0)
  if (!ico || !icns) throw new Error('png2icons could not make the .ico or .icns file.')
  await writeFile(join(outDir, 'icon.ico'), ico)
  await writeFile(join(outDir, 'icon.icns'), icns)
  return { svg }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { svg } = await makeIcons()
  await writeFile(join(root, 'resources', 'icon.png'), render(svg, 512))
  console.log(`Icons written: build/icons/{${ICON_SIZES.join(',')}}.png, build/icon.ico, build/icon.icns, resources/icon.png`)
}
