/**
 * The XML parts of office files (DOCX, ODT), parsed with @xmldom/xmldom rather than a window's
 * DOMParser so the office importers also run in a Web Worker. It resolves no external entities.
 */
import { DOMParser } from '@xmldom/xmldom'

function fail(message: unknown): never {
  throw new Error(`malformed XML: ${String(message)}`)
}

/**
 * An entity the document declares (or not) but xmldom does not expand, such as an external one
 * (`<!ENTITY x SYSTEM "file">`, the XXE trick): its reference stays as literal text, never read.
 */
const UNEXPANDED_ENTITY = /entity not found/

function failUnlessUnexpandedEntity(message: unknown): void {
  if (!UNEXPANDED_ENTITY.test(String(message))) fail(message)
}

/** The document of well-formed XML; anything else throws. */
export function parseXml(xml: string): Document {
  const doc = new DOMParser({ errorHandler: { error: failUnlessUnexpandedEntity, fatalError: fail } }).parseFromString(xml, 'text/xml')
  if (!doc.documentElement) fail('no root element')
  return doc
}

/** The trimmed text of the first element with this namespace and local name, if it has any. */
export function textOf(doc: Document, namespace: string, localName: string): string | undefined {
  return doc.getElementsByTagNameNS(namespace, localName)[0]?.textContent?.trim() || undefined
}
