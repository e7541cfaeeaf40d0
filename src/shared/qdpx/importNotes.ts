/**
 * The notes of a project and what each is attached to: by `NoteRef` inside a code, source,
 * selection or coding, or by a `Link` between the note and the thing (ATLAS.ti). Every note handed
 * out is marked, so the ones attached to nothing Themata keeps can be listed in the report.
 */
import { decodeText } from '../import/decode'
import type { ProjectArchive } from './archive'
import { resolvePath } from './archive'
import type { QdeProject } from './readQde'

export interface NoteBook {
  /** The texts of the notes given by key, plus those linked to `targetKey`; each note handed out once per target. */
  textsFor(noteKeys: readonly string[], targetKey: string): string[]
  /** Notes never handed out, by name. */
  unused(): string[]
}

/** A note's text with its title in front, unless the text already starts with it (Themata writes the first line as the title). */
function noteText(name: string, text: string): string {
  if (!name || text.trimStart().startsWith(name.replace(/…$/, ''))) return text
  return text.trim() ? `${name}\n${text}` : name
}

export function noteBook(qde: QdeProject, archive: ProjectArchive): NoteBook {
  const linked = new Map<string, string[]>()
  for (const { origin, target } of qde.links) {
    if (qde.notes.has(origin)) linked.set(target, [...(linked.get(target) ?? []), origin])
    if (qde.notes.has(target)) linked.set(origin, [...(linked.get(origin) ?? []), target])
  }
  const used = new Set<string>()
  const texts = new Map<string, string>()
  const textOf = (key: string): string => {
    const known = texts.get(key)
    if (known !== undefined) return known
    const note = qde.notes.get(key)
    let body = note?.text ?? ''
    if (note && note.text === null) {
      const bytes = resolvePath(archive, note.plainTextPath)
      try {
        body = bytes ? decodeText(bytes, note.name || 'note') : ''
      } catch {
        body = ''
      }
    }
    const text = note ? noteText(note.name, body) : ''
    texts.set(key, text)
    return text
  }
  return {
    textsFor(noteKeys, targetKey) {
      const keys = [...new Set([...noteKeys, ...(linked.get(targetKey) ?? [])])].filter((k) => qde.notes.has(k))
      for (const k of keys) used.add(k)
      return keys.map(textOf).filter((t) => t !== '')
    },
    unused() {
      return [...qde.notes.entries()].filter(([key]) => !used.has(key)).map(([, note]) => note.name || note.guid)
    }
  }
}
