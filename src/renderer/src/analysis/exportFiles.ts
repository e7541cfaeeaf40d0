/**
 * Charts and tables leave the app as files or through the clipboard: a chart as a standalone SVG
 * (its colours resolved, since the page's CSS variables do not travel) or as a PNG drawn from that
 * SVG on a canvas; a table as CSV. Files go out as downloads, which the desktop app turns into a
 * Save dialog and the browser into its downloads.
 */
import { toCsv, type CsvCell } from '@shared/stats/csv'
import { downloadBlob } from '../host/browserSave'

export interface TableData {
  header: string[]
  rows: CsvCell[][]
}

const SVG_NS = 'http://www.w3.org/2000/svg'

/** The chart as a standalone SVG document, with its title, text colour and background written in. */
export function svgMarkup(svg: SVGSVGElement, title: string): string {
  const style = getComputedStyle(svg)
  const background = getComputedStyle(svg.closest('.chart-frame') ?? document.body).backgroundColor
  // The serializer declares the SVG namespace on the root itself.
  const copy = svg.cloneNode(true) as SVGSVGElement
  copy.style.color = style.color
  copy.style.fontFamily = style.fontFamily
  copy.style.background = background
  // Lines of cell numbers (see heatmapChart) keep their width in a viewer with another monospace font.
  const live = svg.querySelectorAll<SVGTextElement>('g.cell-numbers text')
  copy.querySelectorAll('g.cell-numbers text').forEach((text, i) => {
    const width = live[i]?.getComputedTextLength()
    if (width) {
      text.setAttribute('textLength', String(width))
      text.setAttribute('lengthAdjust', 'spacing')
    }
  })
  const heading = document.createElementNS(SVG_NS, 'title')
  heading.textContent = title
  copy.prepend(heading)
  // currentColor (axes, labels) resolves against the root's colour, written in above.
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`
}

/** The chart as a PNG at twice its size, drawn from its SVG. */
export async function pngBlob(svg: SVGSVGElement, title: string): Promise<Blob> {
  const width = svg.width.baseVal.value || svg.getBoundingClientRect().width
  const height = svg.height.baseVal.value || svg.getBoundingClientRect().height
  const url = URL.createObjectURL(new Blob([svgMarkup(svg, title)], { type: 'image/svg+xml' }))
  try {
    const image = new Image()
    image.src = url
    await image.decode()
    const scale = 2
    const canvas = document.createElement('canvas')
    canvas.width = Math.ceil(width * scale)
    canvas.height = Math.ceil(height * scale)
    const context = canvas.getContext('2d')
    if (!context) throw new Error('no canvas to draw the chart on')
    context.fillStyle = getComputedStyle(svg.closest('.chart-frame') ?? document.body).backgroundColor
    context.fillRect(0, 0, canvas.width, canvas.height)
    context.drawImage(image, 0, 0, canvas.width, canvas.height)
    return await new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the image could not be made'))), 'image/png'))
  } finally {
    URL.revokeObjectURL(url)
  }
}

export function csvBlob(table: TableData): Blob {
  return new Blob([toCsv(table.header, table.rows)], { type: 'text/csv;charset=utf-8' })
}

/** Tab-separated text: what spreadsheets paste into cells. */
export function tabText(table: TableData): string {
  const clean = (c: CsvCell): string => String(c).replace(/[\t\r\n]+/g, ' ')
  return [table.header, ...table.rows].map((row) => row.map(clean).join('\t')).join('\n')
}

export function download(fileName: string, blob: Blob): void {
  downloadBlob(fileName, blob)
}

/** A file name from a title: letters, digits and dashes. */
export function fileStem(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase()
      .slice(0, 60) || 'themata'
  )
}
