/**
 * A project → project.qde (QDA-XML project 1.0, valid against Project-mrt2019.xsd) and the texts
 * it points to. Every article is a `TextSource` whose text is `sources/<guid>.txt` (the canonical
 * text the passages index); every passage a `PlainTextSelection` at its UTF-16 offsets with one
 * `Coding` per theme; notes, theme memos and article memos are `Note`s referred to by `NoteRef`;
 * sets are `Set`s of `MemberSource`s; metadata are text `Variable`s.
 */
import type { Annotation, Tag } from '../annotation'
import { codebookTree, type CodebookNode } from '../codebookExchange/tree'
import { derivedGuid } from '../qdc/guid'
import { PROJECT_NS } from '../qdc/namespaces'
import { escapeAttribute, escapeText, writeCodes } from '../qdc/writeQdc'
import type { ProjectData, ProjectDocument } from '../project/projectData'
import { guidFor } from './guids'
import { SIDECAR_FORMAT, SIDECAR_VERSION, type Sidecar } from './sidecar'

export interface QdeOptions {
  /** The `origin` attribute: the writing application. */
  origin: string
  /** The analyst, written as the project's one user. */
  userName: string
  now: number
}

export interface WrittenQde {
  xml: string
  /** Archive path → text. */
  texts: Map<string, string>
  sidecar: Sidecar
}

/** The metadata fields Themata keeps, as REFI-QDA text variables. */
export const METADATA_VARIABLES = [
  ['author', 'Author'],
  ['date', 'Date'],
  ['source', 'Source'],
  ['language', 'Language']
] as const

/** Longest quote written into a selection's name (ATLAS.ti writes about as much). */
const NAME_QUOTE_CHARS = 100

/** The quote as a selection name: cut at a whole character, "…" where it was cut. */
export function selectionName(exact: string): string {
  if (exact.length <= NAME_QUOTE_CHARS) return exact
  return `${exact.slice(0, NAME_QUOTE_CHARS).replace(/[\ud800-\udbff]$/, '')}…`
}

/** A note's name: its first line, short. Import drops it again when the text starts with it. */
export function noteName(text: string): string {
  const first = text.trim().split('\n')[0]?.trim() ?? ''
  return selectionName(first)
}

function dateTime(ms: number): string | null {
  return Number.isFinite(ms) && Math.abs(ms) < 8.64e15 ? new Date(ms).toISOString() : null
}

/** The k-th of a passage's coding GUIDs: its base with the last three digits counted on. */
function nthGuid(base: string, k: number): string {
  if (k === 0) return base
  return `${base.slice(0, -3)}${((parseInt(base.slice(-3), 16) + k) & 0xfff).toString(16).padStart(3, '0')}`
}

/** GUIDs for everything written, none used twice. */
function guidRegistry(): (id: string, kind: string) => string {
  const used = new Set<string>()
  return (id, kind) => {
    let guid = guidFor(id, kind)
    for (let n = 2; used.has(guid); n++) guid = derivedGuid(`${kind}:${id}#${n}`)
    used.add(guid)
    return guid
  }
}

export function writeQde(project: ProjectData, options: QdeOptions): WrittenQde {
  const guid = guidRegistry()
  const userGuid = derivedGuid(`themata:user:${options.userName}`)
  const user = ` creatingUser="${userGuid}"`
  const created = (ms: number): string => {
    const at = dateTime(ms)
    return at ? ` creationDateTime="${at}"` : ''
  }
  /** Written only when it differs from the creation time, which is what it is read back as otherwise. */
  const modified = (ms: number, createdMs: number): string => {
    const at = ms === createdMs ? null : dateTime(ms)
    return at ? ` modifyingUser="${userGuid}" modifiedDateTime="${at}"` : ''
  }
  const sidecar: Sidecar = { format: SIDECAR_FORMAT, version: SIDECAR_VERSION, sources: {}, codes: {}, sets: {} }
  const notes: string[] = []
  const noteRef = (id: string, text: string, indent: string): string => {
    const noteGuid = guid(id, 'note')
    notes.push(
      `    <Note guid="${noteGuid}" name="${escapeAttribute(noteName(text))}"${user}${created(options.now)}>`,
      `      <PlainTextContent>${escapeText(text)}</PlainTextContent>`,
      '    </Note>'
    )
    return `${indent}<NoteRef targetGUID="${noteGuid}"/>`
  }

  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<Project xmlns="${PROJECT_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${PROJECT_NS} Project.xsd" name="${escapeAttribute(project.name)}" origin="${escapeAttribute(options.origin)}" creatingUserGUID="${userGuid}" creationDateTime="${new Date(options.now).toISOString()}">`,
    '  <Users>',
    `    <User guid="${userGuid}" name="${escapeAttribute(options.userName)}"/>`,
    '  </Users>'
  ]

  // The codebook, with each theme's memo as a note.
  const tagById = new Map(project.tags.map((t) => [t.id, t]))
  const tree = codebookTree(project.tags)
  const codeGuid = new Map<string, string>()
  const assign = (nodes: readonly CodebookNode[]): void =>
    nodes.forEach((node) => {
      const tag = tagById.get(node.guid as string) as Tag
      const g = guid(tag.id, 'code')
      codeGuid.set(tag.id, g)
      sidecar.codes[g] = { shortcut: tag.shortcut, order: tag.order }
      assign(node.children)
    })
  assign(tree)
  if (tree.length > 0) {
    lines.push('  <CodeBook>', '    <Codes>')
    writeCodes(tree, '      ', lines, {
      guidOf: (node) => codeGuid.get(node.guid as string) as string,
      inner: (node, indent) => {
        const memo = tagById.get(node.guid as string)?.memo ?? ''
        return memo.trim() ? [noteRef(`theme:${node.guid as string}`, memo, indent)] : []
      }
    })
    lines.push('    </Codes>', '  </CodeBook>')
  }

  const documents = project.documents
  const withMetadata = METADATA_VARIABLES.filter(([key]) => documents.some((d) => d.metadata[key]))
  const variableGuid = new Map(withMetadata.map(([key]) => [key, derivedGuid(`themata:variable:${key}`)]))
  if (withMetadata.length > 0) {
    lines.push('  <Variables>')
    for (const [key, name] of withMetadata) lines.push(`    <Variable guid="${variableGuid.get(key) as string}" name="${name}" typeOfVariable="Text"/>`)
    lines.push('  </Variables>')
  }

  // Sources: one TextSource per article, its passages in text order.
  const texts = new Map<string, string>()
  const contentOf = new Map(project.contents.map((c) => [c.documentId, c]))
  const passagesOf = new Map<string, Annotation[]>()
  for (const a of project.annotations) {
    const list = passagesOf.get(a.documentId)
    if (list) list.push(a)
    else passagesOf.set(a.documentId, [a])
  }
  const sourceGuid = new Map<string, string>()
  const writeSource = (d: ProjectDocument): void => {
    const content = contentOf.get(d.id)
    if (!content) return
    const g = guid(d.id, 'source')
    sourceGuid.set(d.id, g)
    texts.set(`sources/${g}.txt`, content.text)
    sidecar.sources[g] = {
      blocks: content.blocks.map((b) => (b.level === undefined ? { type: b.type } : { type: b.type, level: b.level })),
      fileName: d.fileName,
      format: d.format,
      contentHash: d.contentHash,
      byteLength: d.byteLength,
      importedAt: d.importedAt,
      openedAt: d.openedAt
    }
    lines.push(`    <TextSource guid="${g}" name="${escapeAttribute(d.title)}" plainTextPath="internal://${g}.txt"${user}${created(d.importedAt)}${modified(d.openedAt, d.importedAt)}>`)
    const passages = [...(passagesOf.get(d.id) ?? [])].sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : 1))
    for (const a of passages) {
      const codes = a.tagIds.filter((id) => codeGuid.has(id))
      const open = `      <PlainTextSelection guid="${guid(a.id, 'selection')}" name="${escapeAttribute(selectionName(a.exact))}" startPosition="${a.start}" endPosition="${a.end}"${user}${created(a.createdAt)}${modified(a.updatedAt, a.createdAt)}`
      if (codes.length === 0 && !a.note.trim()) {
        lines.push(`${open}/>`)
        continue
      }
      lines.push(`${open}>`)
      // The selection says who made it and when; its codings say only which code.
      const codings = codes.length > 0 ? derivedGuid(`coding:${a.id}`) : ''
      codes.forEach((tagId, k) => lines.push(`        <Coding guid="${nthGuid(codings, k)}"><CodeRef targetGUID="${codeGuid.get(tagId) as string}"/></Coding>`))
      if (a.note.trim()) lines.push(noteRef(`passage:${a.id}`, a.note, '        '))
      lines.push('      </PlainTextSelection>')
    }
    if (d.memo.trim()) lines.push(noteRef(`article:${d.id}`, d.memo, '      '))
    for (const [key] of withMetadata) {
      const value = d.metadata[key]
      if (value) {
        lines.push(
          `      <VariableValue><VariableRef targetGUID="${variableGuid.get(key) as string}"/><TextValue>${escapeText(value)}</TextValue></VariableValue>`
        )
      }
    }
    lines.push('    </TextSource>')
  }
  const sourceLines = lines.length
  lines.push('  <Sources>')
  for (const d of documents) writeSource(d)
  if (lines.length === sourceLines + 1) lines.pop()
  else lines.push('  </Sources>')

  if (notes.length > 0) lines.push('  <Notes>', ...notes, '  </Notes>')

  const sets = [...project.sets].sort((a, b) => a.order - b.order)
  if (sets.length > 0) {
    lines.push('  <Sets>')
    for (const set of sets) {
      const g = guid(set.id, 'set')
      sidecar.sets[g] = { order: set.order }
      const members = documents.filter((d) => d.setIds.includes(set.id) && sourceGuid.has(d.id))
      if (members.length === 0) {
        lines.push(`    <Set guid="${g}" name="${escapeAttribute(set.name)}"/>`)
        continue
      }
      lines.push(`    <Set guid="${g}" name="${escapeAttribute(set.name)}">`)
      for (const d of members) lines.push(`      <MemberSource targetGUID="${sourceGuid.get(d.id) as string}"/>`)
      lines.push('    </Set>')
    }
    lines.push('  </Sets>')
  }
  lines.push('</Project>', '')
  return { xml: lines.join('\n'), texts, sidecar }
}
