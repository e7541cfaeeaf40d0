/**
 * project.qde (QDA-XML project 1.0) → the parts Themata imports, still in the file's terms: codes,
 * text sources with their selections and codings, notes and what links them, sets, variables.
 * Lenient about what real tools write differently (GUID case, missing names and dates, empty
 * Descriptions); strict only where the result would be wrong (see parseCodes).
 */
import { parseXml } from '../import/xml'
import type { CodebookNode } from '../codebookExchange/tree'
import { CodebookFileError } from '../codebookExchange/errors'
import { childElements, parseCodes } from '../qdc/parseQdc'
import { PROJECT_NS } from '../qdc/namespaces'
import { ProjectFileError, projectError } from '../project/errors'
import { guidKey } from './guids'

export interface QdeSelection {
  guid: string
  name: string
  start: number
  end: number
  description: string
  /** Codes applied, each once, in file order (GUID keys). */
  codeKeys: string[]
  /** Notes referred to from the selection or its codings (GUID keys). */
  noteKeys: string[]
  created: number | null
  modified: number | null
}

export interface QdeTextSource {
  guid: string
  name: string | null
  /** A text source, or the plain-text representation of a PDF. */
  kind: 'text' | 'pdf'
  plainTextPath: string | null
  plainTextContent: string | null
  description: string
  selections: QdeSelection[]
  /** Codes applied to the whole source (Coding directly under it). */
  wholeCodeKeys: string[]
  noteKeys: string[]
  /** Variable GUID key → value as written. */
  values: Map<string, string>
  created: number | null
  modified: number | null
  /** Selections the text cannot carry: on PDF pages by coordinates. */
  regionSelections: number
}

/** A source Themata does not import: pictures, audio, video, PDFs without a text representation. */
export interface QdeSkippedSource {
  name: string
  kind: 'picture' | 'audio' | 'video' | 'pdf'
  selections: number
}

export interface QdeNote {
  guid: string
  name: string
  text: string | null
  plainTextPath: string | null
}

export interface QdeSet {
  guid: string
  name: string
  description: string
  sourceKeys: string[]
  codeKeys: string[]
}

export interface QdeProject {
  name: string
  origin: string
  codes: CodebookNode[]
  /** Code GUID key → notes attached with NoteRef. */
  codeNotes: Map<string, string[]>
  /** Variable GUID key → its name. */
  variables: Map<string, string>
  textSources: QdeTextSource[]
  skipped: QdeSkippedSource[]
  notes: Map<string, QdeNote>
  /** Link origin and target GUID keys (ATLAS.ti links a note to a quotation this way). */
  links: { origin: string; target: string }[]
  sets: QdeSet[]
  /** Notes on the project as a whole. */
  projectNoteKeys: string[]
}

const NS = PROJECT_NS

const children = (parent: Element, name: string): Element[] => childElements(parent, NS, name)
const child = (parent: Element, name: string): Element | undefined => children(parent, name)[0]
const text = (element: Element | undefined): string => element?.textContent ?? ''

function date(element: Element, attribute: string): number | null {
  const value = element.getAttribute(attribute)
  const time = value ? Date.parse(value) : Number.NaN
  return Number.isFinite(time) ? time : null
}

function position(element: Element, attribute: string): number {
  const value = (element.getAttribute(attribute) ?? '').trim()
  return /^[+-]?\d+$/.test(value) ? Number(value) : Number.NaN
}

function refs(parent: Element, name: string): string[] {
  return children(parent, name).flatMap((r) => {
    const target = r.getAttribute('targetGUID')
    return target ? [guidKey(target)] : []
  })
}

function unique(keys: string[]): string[] {
  return [...new Set(keys)]
}

function selection(element: Element): QdeSelection {
  const codings = children(element, 'Coding')
  return {
    guid: element.getAttribute('guid') ?? '',
    name: element.getAttribute('name') ?? '',
    start: position(element, 'startPosition'),
    end: position(element, 'endPosition'),
    description: text(child(element, 'Description')).trim(),
    codeKeys: unique(codings.flatMap((c) => refs(c, 'CodeRef'))),
    noteKeys: unique([...refs(element, 'NoteRef'), ...codings.flatMap((c) => refs(c, 'NoteRef'))]),
    created: date(element, 'creationDateTime'),
    modified: date(element, 'modifiedDateTime')
  }
}

function textSource(element: Element, kind: QdeTextSource['kind'], name: string | null, extra: { noteKeys: string[]; description: string; regionSelections: number; owner?: Element }): QdeTextSource {
  const owner = extra.owner ?? element
  const values = new Map<string, string>()
  for (const value of children(owner, 'VariableValue')) {
    const ref = child(value, 'VariableRef')?.getAttribute('targetGUID')
    const content = ['TextValue', 'BooleanValue', 'IntegerValue', 'FloatValue', 'DateValue', 'DateTimeValue'].map((n) => child(value, n)).find((e) => e !== undefined)
    if (ref && content) values.set(guidKey(ref), text(content))
  }
  const inline = child(element, 'PlainTextContent')
  return {
    guid: element.getAttribute('guid') ?? '',
    name,
    kind,
    plainTextPath: element.getAttribute('plainTextPath'),
    plainTextContent: inline ? text(inline) : null,
    description: [extra.description, text(child(element, 'Description')).trim()].filter((d) => d !== '').join('\n\n'),
    selections: children(element, 'PlainTextSelection').map(selection),
    wholeCodeKeys: unique(children(owner, 'Coding').flatMap((c) => refs(c, 'CodeRef'))),
    noteKeys: unique([...extra.noteKeys, ...refs(element, 'NoteRef')]),
    values,
    created: date(owner, 'creationDateTime'),
    modified: date(owner, 'modifiedDateTime'),
    regionSelections: extra.regionSelections
  }
}

function sources(project: Element): Pick<QdeProject, 'textSources' | 'skipped'> {
  const textSources: QdeTextSource[] = []
  const skipped: QdeSkippedSource[] = []
  const list = child(project, 'Sources')
  for (let n = list?.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== 1 || (n as Element).namespaceURI !== NS) continue
    const element = n as Element
    const name = element.getAttribute('name')
    switch (element.localName) {
      case 'TextSource':
        textSources.push(textSource(element, 'text', name, { noteKeys: [], description: '', regionSelections: 0 }))
        break
      case 'PDFSource': {
        const representation = child(element, 'Representation')
        const regions = children(element, 'PDFSelection').length
        if (representation) {
          textSources.push(
            textSource(representation, 'pdf', name ?? representation.getAttribute('name'), {
              noteKeys: refs(element, 'NoteRef'),
              description: text(child(element, 'Description')).trim(),
              regionSelections: regions,
              owner: element
            })
          )
        } else skipped.push({ name: name ?? 'a PDF', kind: 'pdf', selections: regions })
        break
      }
      case 'PictureSource':
        skipped.push({ name: name ?? 'a picture', kind: 'picture', selections: children(element, 'PictureSelection').length })
        break
      case 'AudioSource':
        skipped.push({ name: name ?? 'a recording', kind: 'audio', selections: children(element, 'AudioSelection').length })
        break
      case 'VideoSource':
        skipped.push({ name: name ?? 'a video', kind: 'video', selections: children(element, 'VideoSelection').length })
        break
    }
  }
  return { textSources, skipped }
}

/** Every code's NoteRefs, at any depth. */
function codeNotes(project: Element): Map<string, string[]> {
  const notes = new Map<string, string[]>()
  const codes = child(project, 'CodeBook')
  if (!codes) return notes
  for (const code of Array.from(codes.getElementsByTagNameNS(NS, 'Code'))) {
    const guid = code.getAttribute('guid')
    const keys = refs(code, 'NoteRef')
    if (guid && keys.length > 0) notes.set(guidKey(guid), keys)
  }
  return notes
}

/** Parses project.qde; throws ProjectFileError (one sentence) for what is not a REFI-QDA project. */
export function readQde(xml: string, fileName: string): QdeProject {
  let doc: Document
  try {
    doc = parseXml(xml)
  } catch (error) {
    throw projectError(fileName, 'projectError.notXml', {}, { cause: error })
  }
  const root = doc.documentElement as Element
  if (root.localName !== 'Project' || root.namespaceURI !== NS) {
    if (root.localName !== 'Project') throw projectError(fileName, 'projectError.wrongRoot', { element: `<${root.tagName}>`, expected: NS })
    if (root.namespaceURI) throw projectError(fileName, 'projectError.wrongNamespace', { namespace: root.namespaceURI, expected: NS })
    throw projectError(fileName, 'projectError.noNamespace', { expected: NS })
  }
  const codeBook = child(root, 'CodeBook')
  const codesElement = codeBook && child(codeBook, 'Codes')
  let codes: CodebookNode[]
  try {
    codes = codesElement ? parseCodes(codesElement, NS, fileName) : []
  } catch (error) {
    throw error instanceof CodebookFileError ? new ProjectFileError(fileName, error.words, { cause: error }) : error
  }
  const listed = (list: string, item: string): Element[] => {
    const container = child(root, list)
    return container ? children(container, item) : []
  }
  const notes = new Map<string, QdeNote>()
  for (const note of listed('Notes', 'Note')) {
    const guid = note.getAttribute('guid')
    if (!guid) continue
    const inline = child(note, 'PlainTextContent')
    notes.set(guidKey(guid), { guid, name: (note.getAttribute('name') ?? '').trim(), text: inline ? text(inline) : null, plainTextPath: note.getAttribute('plainTextPath') })
  }
  const links = listed('Links', 'Link').flatMap((link) => {
    const origin = link.getAttribute('originGUID')
    const target = link.getAttribute('targetGUID')
    return origin && target ? [{ origin: guidKey(origin), target: guidKey(target) }] : []
  })
  const variables = new Map<string, string>()
  for (const variable of listed('Variables', 'Variable')) {
    const guid = variable.getAttribute('guid')
    if (guid) variables.set(guidKey(guid), variable.getAttribute('name') ?? '')
  }
  const sets = listed('Sets', 'Set').map((set) => ({
    guid: set.getAttribute('guid') ?? '',
    name: (set.getAttribute('name') ?? '').replace(/\s+/g, ' ').trim(),
    description: text(child(set, 'Description')).trim(),
    sourceKeys: refs(set, 'MemberSource'),
    codeKeys: refs(set, 'MemberCode')
  }))
  return {
    name: (root.getAttribute('name') ?? '').trim(),
    origin: root.getAttribute('origin') ?? '',
    codes,
    codeNotes: codeNotes(root),
    variables,
    ...sources(root),
    notes,
    links,
    sets,
    projectNoteKeys: refs(root, 'NoteRef')
  }
}
