/** REFI-QDA GUIDs as keys and as ids: any case, with or without braces (QDA-XML allows both). */
import { derivedGuid, isGuid } from '../qdc/guid'

/** The form GUIDs are compared in: lower case, no braces. References match whatever the case (SOURCES.md). */
export function guidKey(guid: string): string {
  return guid.trim().replace(/^\{(.*)\}$/, '$1').toLowerCase()
}

/** A GUID for one of our ids: the id itself when it is one (the app's are random UUIDs), else a stable derived one. */
export function guidFor(id: string, kind: string): string {
  return isGuid(id) ? guidKey(id) : derivedGuid(`${kind}:${id}`)
}

/** The id a record imported from a GUID gets: the GUID in lower case, unless another record already has it. */
export function idFromGuid(guid: string | null, taken: Set<string>, newId: () => string): string {
  const key = guid === null ? '' : guidKey(guid)
  const id = key !== '' && isGuid(key) && !taken.has(key) ? key : newId()
  taken.add(id)
  return id
}
