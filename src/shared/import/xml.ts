/**
 * The XML parts of office files (DOCX, ODT), parsed with @xmldom/xmldom rather than a window's
 * DOMParser so the office importers also run in a Web Worker. It resolves no external entities.
 */
import { DOMParser } from '@xmldom/xmldom'

function fail(message: unknown): never {
  throw new Error(`malformed XML: ${String(message)}`)
}

/** The document of well-formed XML; anything else throws. */
export function parseXml(xml: string): Document {
  const doc = new DOMParser({ errorHandler: { error: fail, fatalError: fail } }).parseFromString(xml, 'text/xml')
  if (!doc.documentElement) fail('no root element')
  return doc
}

/** The trimmed text of the first element with this namespace and local name, if it has any. */
export function textOf(doc: Document, namespace: string, localName: string): string | undefined {
  return doc.getElementsByTagNameNS(namespace, localName)[0]?.textContent?.trim() || undefined
}
