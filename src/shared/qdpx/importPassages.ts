/**
 * A text source's selections → passages on the imported article. Positions are read in the unit
 * the file uses (detectPositionUnit), checked against the raw text, then carried through the
 * normalisation (OffsetMap). Selections on the same stretch become one passage with every theme
 * and note of them (NVivo writes one selection per coding); a selection without codes stays a
 * passage with its note. What cannot be placed is listed, never dropped silently.
 */
import { quoteAt, type Annotation } from '../annotation'
import type { ImportedThemes } from './importThemes'
import type { NoteBook } from './importNotes'
import { idFromGuid, guidKey } from './guids'
import { codePointOffsets, detectPositionUnit, type UnitVerdict } from './positionUnit'
import type { QdeSelection, QdeTextSource } from './readQde'
import type { Unplaced } from './report'
import type { SourceText } from './sourceText'

export interface PlacedPassages {
  annotations: Annotation[]
  unplaced: Unplaced[]
  verdict: UnitVerdict
}

interface Context {
  themes: ImportedThemes
  notes: NoteBook
  /** Ids already given, across the whole project. */
  taken: Set<string>
  newId: () => string
  now: number
  /** The tool that wrote the file (the project's `origin`). */
  origin: string
}

const quoted = (names: readonly string[]): string => names.map((n) => `“${n}”`).join(', ')

/** "the selection at 139–195 coded “Breakfast”", for messages. */
export function describeSelection(selection: QdeSelection, themes: ImportedThemes): string {
  const where = Number.isFinite(selection.start) && Number.isFinite(selection.end) ? `at ${selection.start}–${selection.end}` : `“${selection.name || selection.guid}”`
  const codes = selection.codeKeys.map((k) => themes.nameOf.get(k) ?? k)
  return `the selection ${where}${codes.length > 0 ? ` coded ${quoted(codes)}` : ''}`
}

/** Every selection of a source whose text could not be imported (the source itself is listed with the reason). */
export function unplacedSelections(source: QdeTextSource, title: string, themes: ImportedThemes): Unplaced[] {
  const reason = 'could not be placed without the source’s text'
  const selections = source.selections.map((s) => ({ source: title, reason: `${describeSelection(s, themes)} ${reason}` }))
  const whole = source.wholeCodeKeys.length > 0 ? [{ source: title, reason: `its coding as a whole with ${quoted(source.wholeCodeKeys.map((k) => themes.nameOf.get(k) ?? k))} ${reason}` }] : []
  return [...selections, ...whole]
}

interface Group {
  start: number
  end: number
  selections: QdeSelection[]
}

function outOfBounds(selection: QdeSelection, length: number): string | null {
  const { start, end } = selection
  if (!Number.isFinite(start) || !Number.isFinite(end)) return 'its positions are not whole numbers'
  if (start < 0) return 'it starts before the text'
  if (start > end) return 'it ends before it starts'
  if (start === end) return 'it is empty'
  if (end > length) return `it ends past the end of the text (${length})`
  return null
}

export function placePassages(source: QdeTextSource, title: string, text: SourceText, documentId: string, context: Context): PlacedPassages {
  const { raw, canonical, map } = text
  const unplaced: Unplaced[] = []
  const verdict = detectPositionUnit(
    raw,
    source.selections.filter((s) => Number.isFinite(s.start) && Number.isFinite(s.end) && s.start >= 0 && s.start <= s.end),
    context.origin
  )
  const points = verdict.unit === 'codepoints' ? codePointOffsets(raw) : null
  const toUtf16 = (p: number): number => (points ? (points[p] ?? Number.NaN) : p)
  const length = points ? points.length - 1 : raw.length

  const groups = new Map<string, Group>()
  const place = (selection: QdeSelection, start: number, end: number): void => {
    const key = `${start}:${end}`
    const group = groups.get(key)
    if (group) group.selections.push(selection)
    else groups.set(key, { start, end, selections: [selection] })
  }
  for (const selection of source.selections) {
    const bad = outOfBounds(selection, length)
    if (bad) {
      unplaced.push({ source: title, reason: `${describeSelection(selection, context.themes)} could not be placed: ${bad}` })
      continue
    }
    const start = map.start(toUtf16(selection.start))
    const end = map.end(toUtf16(selection.end))
    if (start >= end) {
      unplaced.push({ source: title, reason: `${describeSelection(selection, context.themes)} could not be placed: it covers only spaces and line breaks` })
      continue
    }
    place(selection, start, end)
  }
  if (source.wholeCodeKeys.length > 0) {
    place({ guid: '', name: '', start: 0, end: raw.length, description: '', codeKeys: source.wholeCodeKeys, noteKeys: [], created: source.created, modified: source.modified }, 0, canonical.length)
  }

  const annotations: Annotation[] = []
  for (const group of [...groups.values()].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const tagIds: string[] = []
    const notes: string[] = []
    for (const selection of group.selections) {
      for (const key of selection.codeKeys) {
        const themeId = context.themes.themeOf.get(key)
        if (themeId === undefined) unplaced.push({ source: title, reason: `a coding of ${describeSelection(selection, context.themes)} refers to a code that is not in the codebook` })
        else if (!tagIds.includes(themeId)) tagIds.push(themeId)
      }
      if (selection.description) notes.push(selection.description)
      notes.push(...context.notes.textsFor(selection.noteKeys, selection.guid ? guidKey(selection.guid) : ''))
    }
    const times = group.selections.flatMap((s) => (s.created === null ? [] : [s.created]))
    const changes = group.selections.flatMap((s) => [s.modified, s.created].filter((t): t is number => t !== null))
    const createdAt = times.length > 0 ? Math.min(...times) : context.now
    annotations.push({
      id: idFromGuid(group.selections.find((s) => s.guid)?.guid ?? null, context.taken, context.newId),
      documentId,
      start: group.start,
      end: group.end,
      ...quoteAt(canonical, group.start, group.end),
      tagIds,
      note: [...new Set(notes)].join('\n\n'),
      createdAt,
      updatedAt: changes.length > 0 ? Math.max(...changes) : createdAt
    })
  }
  return { annotations, unplaced, verdict }
}
