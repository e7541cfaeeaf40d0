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
import { reason, words, type Words } from '../i18n/words'
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

/** Theme names, each in quotes (“A”, “B”). */
const quoted = (keys: readonly string[], themes: ImportedThemes): Words[] => keys.map((k) => words('common.quoted', { name: themes.nameOf.get(k) ?? k }))

/** "the selection at 139–195 coded “Breakfast”", for messages. */
export function describeSelection(selection: QdeSelection, themes: ImportedThemes): Words {
  const codes = quoted(selection.codeKeys, themes)
  const coded = selection.codeKeys.length > 0
  // Positions are places in the file, not amounts: written without a thousands separator.
  if (Number.isFinite(selection.start) && Number.isFinite(selection.end)) {
    return words(coded ? 'selection.atCoded' : 'selection.at', { start: String(selection.start), end: String(selection.end), codes })
  }
  return words(coded ? 'selection.namedCoded' : 'selection.named', { name: selection.name || selection.guid, codes })
}

/** Every selection of a source whose text could not be imported (the source itself is listed with the reason). */
export function unplacedSelections(source: QdeTextSource, title: string, themes: ImportedThemes): Unplaced[] {
  const selections = source.selections.map((s) => ({ source: title, ...reason('unplaced.withoutText', { selection: describeSelection(s, themes) }) }))
  const whole = source.wholeCodeKeys.length > 0 ? [{ source: title, ...reason('unplaced.wholeWithoutText', { codes: quoted(source.wholeCodeKeys, themes) }) }] : []
  return [...selections, ...whole]
}

interface Group {
  start: number
  end: number
  selections: QdeSelection[]
}

function outOfBounds(selection: QdeSelection, length: number): Words | null {
  const { start, end } = selection
  if (!Number.isFinite(start) || !Number.isFinite(end)) return words('selection.notWholeNumbers')
  if (start < 0) return words('selection.beforeText')
  if (start > end) return words('selection.endsBeforeStart')
  if (start === end) return words('selection.empty')
  if (end > length) return words('selection.pastEnd', { length: String(length) })
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
      unplaced.push({ source: title, ...reason('unplaced.selection', { selection: describeSelection(selection, context.themes), why: bad }) })
      continue
    }
    const start = map.start(toUtf16(selection.start))
    const end = map.end(toUtf16(selection.end))
    if (start >= end) {
      unplaced.push({ source: title, ...reason('unplaced.selection', { selection: describeSelection(selection, context.themes), why: words('selection.onlySpaces') }) })
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
        if (themeId === undefined) unplaced.push({ source: title, ...reason('unplaced.unknownCode', { selection: describeSelection(selection, context.themes) }) })
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
