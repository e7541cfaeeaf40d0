/**
 * A REFI-QDA project (.qdpx archive or bare .qde) → a new project's records and a report of what
 * came in and what could not. Pure: the app writes the records in one transaction of a new
 * database, the CLI prints the report. Only a file that is not a project at all fails (one
 * sentence, ProjectFileError); everything inside that cannot be used is listed in the report.
 */
import type { Annotation } from '../annotation'
import { sha256Hex } from '../import/index'
import { cleanText, leadingIsoDate } from '../import/normalize'
import type { DocumentMetadata } from '../document'
import { CODEBOOK_SEEDED_KEY, themeCountsOf, type ProjectData, type ProjectDocument, type ProjectSet } from '../project/projectData'
import { openProjectArchive } from './archive'
import { guidKey, idFromGuid } from './guids'
import { noteBook } from './importNotes'
import { placePassages, unplacedSelections } from './importPassages'
import { importThemes } from './importThemes'
import type { QdeProject, QdeTextSource } from './readQde'
import { readQde } from './readQde'
import type { ProjectImportReport, Unplaced } from './report'
import { readSidecar } from './sidecar'
import { sourceText } from './sourceText'
import type { MessageKey } from '../i18n/format'
import { reason, say, words } from '../i18n/words'

export interface ImportedProject {
  project: ProjectData
  report: ProjectImportReport
}

export interface ProjectImportOptions {
  now?: number
  newId?: () => string
}


/** What the report lists by a label ("Set “Codes”"), in English and in words. */
function named(key: MessageKey, name: string): Pick<Unplaced, 'source' | 'sourceWords'> {
  const label = words(key, { name })
  return { source: say(label), sourceWords: label }
}

/** The source's name, or for a nameless one (qc) its file name without the extension. */
function titleOf(source: QdeTextSource, index: number): string {
  const name = cleanText(source.name ?? '')
  if (name) return name
  const file = (source.plainTextPath ?? '').replace(/^.*[/\\]/, '').replace(/\.[^.]*$/, '')
  return cleanText(file) || `Source ${index + 1}`
}

function fileNameOf(title: string): string {
  return /\.[a-z0-9]{1,5}$/i.test(title) ? title : `${title}.txt`
}

/** Author, date, source and language from variables of those names (the ones Themata writes). */
function metadataOf(source: QdeTextSource, qde: QdeProject): DocumentMetadata {
  const metadata: DocumentMetadata = {}
  for (const [key, value] of source.values) {
    const name = (qde.variables.get(key) ?? '').trim().toLowerCase()
    const clean = cleanText(value)
    if (!clean) continue
    if (name === 'author' || name === 'source' || name === 'language') metadata[name] = clean
    else if (name === 'date') {
      const date = leadingIsoDate(clean)
      if (date) metadata.date = date
    }
  }
  return metadata
}

/** A content hash no other article of the project has (the library keys articles by it). */
async function uniqueHash(hash: string, guid: string, used: Set<string>): Promise<string> {
  let unique = hash
  for (let n = 1; used.has(unique); n++) unique = await sha256Hex(new TextEncoder().encode(`${hash}:${guid}:${n}`))
  used.add(unique)
  return unique
}

/** Imports a project file; throws ProjectFileError only when the file is not a REFI-QDA project. */
export async function importQdpx(bytes: Uint8Array, fileName: string, options: ProjectImportOptions = {}): Promise<ImportedProject> {
  const now = options.now ?? Date.now()
  const newId = options.newId ?? (() => crypto.randomUUID())
  const archive = openProjectArchive(bytes, fileName)
  const qde = readQde(archive.xml, fileName)
  const sidecar = readSidecar(archive.sidecar)
  const bare = fileName.toLowerCase().endsWith('.qde')
  const notes = noteBook(qde, archive)
  const taken = new Set<string>()
  const themes = importThemes(qde.codes, (key) => notes.textsFor(qde.codeNotes.get(key) ?? [], key).join('\n\n'), sidecar, taken, newId)

  const documents: ProjectDocument[] = []
  const contents: ProjectData['contents'] = []
  const annotations: Annotation[] = []
  const unplaced: Unplaced[] = []
  const report: ProjectImportReport = { articles: [], themes: themes.tags.length, passages: 0, notes: 0, unplaced, positions: [] }
  const documentOf = new Map<string, ProjectDocument>()
  const hashes = new Set<string>()

  for (const [index, source] of qde.textSources.entries()) {
    const title = titleOf(source, index)
    const outcome = await sourceText(source, title, archive, sidecar, bare)
    if ('reason' in outcome) {
      unplaced.push({ source: title, ...reason('unplaced.notImported', { reason: outcome.reason }) }, ...unplacedSelections(source, title, themes))
      continue
    }
    const { text } = outcome
    const id = idFromGuid(source.guid || null, taken, newId)
    const placed = placePassages(source, title, text, id, { themes, notes, taken, newId, now, origin: qde.origin })
    const memo = [source.description, ...notes.textsFor(source.noteKeys, guidKey(source.guid))].filter((m) => m !== '').join('\n\n')
    const extras = text.extras
    const document: ProjectDocument = {
      id,
      contentHash: await uniqueHash(text.contentHash, source.guid, hashes),
      title,
      fileName: extras?.fileName ?? fileNameOf(title),
      format: extras?.format ?? 'txt',
      metadata: metadataOf(source, qde),
      byteLength: text.byteLength,
      charCount: text.canonical.length,
      importedAt: extras?.importedAt ?? source.created ?? now,
      openedAt: extras?.openedAt ?? now - index,
      passageCount: placed.annotations.length,
      themeCounts: themeCountsOf(placed.annotations),
      memo,
      setIds: []
    }
    documents.push(document)
    documentOf.set(guidKey(source.guid), document)
    contents.push({ documentId: id, blocks: text.blocks, text: text.canonical })
    annotations.push(...placed.annotations)
    unplaced.push(...placed.unplaced)
    if (source.regionSelections > 0) {
      unplaced.push({ source: title, ...reason('unplaced.pdfRegions', { count: source.regionSelections }) })
    }
    report.articles.push({ title, characters: text.canonical.length, passages: placed.annotations.length })
    if (source.selections.length > 0 || source.wholeCodeKeys.length > 0) report.positions.push({ source: title, ...placed.verdict })
  }
  for (const source of qde.skipped) unplaced.push({ source: source.name, ...reason('unplaced.notText', { kind: source.kind, count: source.selections }) })

  const sets: ProjectSet[] = []
  for (const [index, set] of qde.sets.entries()) {
    const name = set.name || `Set ${index + 1}`
    if (set.sourceKeys.length === 0 && set.codeKeys.length > 0) {
      unplaced.push({ ...named('unplaced.set', name), ...reason('unplaced.setOfCodes') })
      continue
    }
    const id = idFromGuid(set.guid || null, taken, newId)
    sets.push({ id, name, order: sidecar?.sets[guidKey(set.guid)]?.order ?? index })
    for (const key of set.sourceKeys) documentOf.get(key)?.setIds.push(id)
  }
  for (const name of notes.unused()) unplaced.push({ ...named('unplaced.note', name), ...reason('unplaced.unattachedNote') })

  const tags = themes.tags
  report.passages = annotations.length
  report.notes = annotations.filter((a) => a.note !== '').length + documents.filter((d) => d.memo !== '').length + tags.filter((t) => t.memo !== '').length
  const name = cleanText(qde.name) || fileName.replace(/\.[^.]*$/, '')
  return {
    project: { name, documents, contents, tags, annotations, sets, settings: [{ key: CODEBOOK_SEEDED_KEY, value: true }] },
    report
  }
}
