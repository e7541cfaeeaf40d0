/**
 * PDF through PDF.js: each page's text items become lines (pdfLines), the lines an article
 * (pdfLayout); title, author, language and creation date come from the info dictionary.
 */
import type * as PdfJsModule from 'pdfjs-dist'
import type { ImportProgress } from '../ipc/contract'
import { ImportError } from './errors'
import type { RawDocument } from './normalize'
import { layoutPdf } from './pdfLayout'
import { pageLines, type PdfLine } from './pdfLines'

/** What the importer needs of PDF.js: the legacy build in Node, the browser build in a Web Worker. */
export type PdfJs = Pick<typeof PdfJsModule, 'getDocument' | 'normalizeUnicode'>

const LOAD_OPTIONS = {
  verbosity: 0,
  // Fail on damaged content instead of quietly returning part of the text.
  stopAtErrors: true,
  disableFontFace: true,
  useSystemFonts: false,
  enableXfa: false,
  // Text only: no font program is ever compiled to a function.
  isEvalSupported: false
}

/** Producers often store a file name or a placeholder as the title. */
const PLACEHOLDER_TITLE = /^(?:untitled\b|microsoft word\s*-)|\.(?:docx?|odt|rtf|pdf|indd|tex|txt|html?)$/i

/**
 * A PDF has "%PDF-" within its first kilobyte, as readers allow. Whether the rest is whole is PDF.js's
 * call: with `stopAtErrors` it refuses a file cut short, yet reads one whose cross-reference table it
 * can rebuild (a missing "%%EOF" or `startxref`, junk before the header).
 */
function looksLikePdf(bytes: Uint8Array): boolean {
  return new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-')
}

function loadError(error: unknown, fileName: string): ImportError {
  const code = error instanceof Error && error.name === 'PasswordException' ? 'encrypted' : 'corrupt'
  return new ImportError(code, fileName, undefined, { cause: error })
}

async function readPages(
  bytes: Uint8Array,
  fileName: string,
  pdfjs: PdfJs,
  onProgress?: (progress: ImportProgress) => void
): Promise<{ pages: PdfLine[][]; info: Record<string, unknown> }> {
  // PDF.js takes the buffer over; the caller still hashes these bytes.
  const task = pdfjs.getDocument({ ...LOAD_OPTIONS, data: bytes.slice() })
  try {
    const pdf = await task.promise
    const pages: PdfLine[][] = []
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number)
      // PDF.js normalizes ligatures before it reverses right-to-left text, which turns an Arabic
      // lam-khah ligature into khah-lam; normalizing each item afterwards keeps the letters in order.
      const { items } = await page.getTextContent({ disableNormalization: true })
      const texts = items.flatMap((item) => ('str' in item ? [{ ...item, str: pdfjs.normalizeUnicode(item.str) }] : []))
      pages.push(pageLines(texts, number))
      page.cleanup()
      onProgress?.({ fileName, fraction: number / pdf.numPages, page: number, pages: pdf.numPages })
    }
    const { info } = await pdf.getMetadata()
    return { pages, info: info as Record<string, unknown> }
  } catch (error) {
    throw loadError(error, fileName)
  } finally {
    await task.destroy()
  }
}

function infoText(value: unknown): string | undefined {
  return typeof value === 'string' ? value.trim() || undefined : undefined
}

/** "D:20240412090000Z" → "2024-04-12". */
function infoDate(value: unknown): string | undefined {
  const match = /^D:(\d{4})(\d{2})(\d{2})/.exec(infoText(value) ?? '')
  return match ? `${match[1]}-${match[2]}-${match[3]}` : undefined
}

export async function parsePdf(
  bytes: Uint8Array,
  fileName: string,
  pdfjs: PdfJs,
  onProgress?: (progress: ImportProgress) => void
): Promise<RawDocument> {
  if (!looksLikePdf(bytes)) throw new ImportError('corrupt', fileName)
  const { pages, info } = await readPages(bytes, fileName, pdfjs, onProgress)
  const blocks = layoutPdf(pages)
  if (blocks.length === 0) throw new ImportError('no-text-layer', fileName)
  const title = infoText(info['Title'])
  return {
    blocks,
    title: title && !PLACEHOLDER_TITLE.test(title) ? title : undefined,
    metadata: { author: infoText(info['Author']), language: infoText(info['Language']) },
    created: infoDate(info['CreationDate'])
  }
}
