/** The W3C Web Annotation Data Model (JSON-LD) as Themata writes it. */
import type { TextPositionSelector, TextQuoteSelector } from '../anchoring/describe'

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'
/** The prefix of an article's source id: the SHA-256 of the file it was imported from. */
export const SOURCE_URN_PREFIX = 'urn:sha256:'

export type Purpose = 'tagging' | 'commenting'

export interface W3cTextualBody {
  type: 'TextualBody'
  purpose: Purpose
  value: string
  format: 'text/plain'
}

export interface W3cAgent {
  type: 'Person' | 'Software'
  name: string
}

export interface W3cAnnotation {
  '@context': typeof ANNO_CONTEXT
  id: string
  type: 'Annotation'
  motivation: 'tagging' | 'commenting' | 'highlighting'
  created: string
  modified: string
  creator: W3cAgent
  generator: W3cAgent
  body?: W3cTextualBody[]
  target: {
    type: 'SpecificResource'
    source: { id: string; type: 'Text'; label: string }
    selector: [TextQuoteSelector, TextPositionSelector]
  }
}

export interface W3cCollection {
  '@context': typeof ANNO_CONTEXT
  id: string
  type: 'AnnotationCollection'
  label: string
  total: number
  created: string
  generator: W3cAgent
  first?: { type: 'AnnotationPage'; startIndex: 0; items: W3cAnnotation[] }
}
