/**
 * A theme as one string, its path from the top of the codebook: "Hybrid tactics/Disinformation".
 * A name that itself holds "/" (or "\") has it escaped with "\", so every path reads back into
 * the same names; a plain tag from another tool ("A/B") is a theme B under a theme A.
 */
import { normalizeThemeName } from '../themeTree'

export const PATH_SEPARATOR = '/'

export function joinThemePath(names: readonly string[]): string {
  return names.map((name) => name.replace(/\\/g, '\\\\').replace(/\//g, '\\/')).join(PATH_SEPARATOR)
}

/** The names along a path, each trimmed; empty segments ("A//B", a trailing "/") are left out. */
export function splitThemePath(path: string): string[] {
  const names: string[] = []
  let current = ''
  for (let i = 0; i < path.length; i++) {
    const c = path[i] as string
    if (c === '\\' && i + 1 < path.length) current += path[++i]
    else if (c === PATH_SEPARATOR) {
      names.push(current)
      current = ''
    } else current += c
  }
  names.push(current)
  return names.map(normalizeThemeName).filter((name) => name.length > 0)
}
