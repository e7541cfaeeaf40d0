import { JSDOM } from 'jsdom'
import type { ImportEnv } from '@shared/import'

let env: ImportEnv | undefined

/**
 * How main (and the CLI) imports. HTML is parsed with a jsdom window, which by default runs no
 * scripts and fetches nothing; the importer only uses its DOMParser, whose documents are inert
 * anyway. PDFs are read with PDF.js's legacy build, the one made for Node, loaded on first use.
 */
export function nodeImportEnv(): ImportEnv {
  env ??= {
    window: new JSDOM('').window as unknown as ImportEnv['window'],
    loadPdfjs: () => import('pdfjs-dist/legacy/build/pdf.mjs')
  }
  return env
}
