/**
 * The "parent path" column: the names of a theme's ancestors from the top, joined by "/", e.g.
 * `Hybrid tactics/Disinformation`. A "/" inside a name is written `\/` and a backslash `\\`, so
 * every name survives whatever it contains.
 */

export const PATH_SEPARATOR = '/'

export function formatParentPath(names: readonly string[]): string {
  return names.map((name) => name.replace(/\\/g, '\\\\').replace(/\//g, '\\/')).join(PATH_SEPARATOR)
}

/**
 * The names in a parent path. Spaces around each name are dropped (a spreadsheet user may type
 * `Hybrid tactics / Disinformation`) and so are empty names (a leading, trailing or doubled "/");
 * a backslash before any other character, or at the end, stands for itself.
 */
export function parseParentPath(path: string): string[] {
  const names: string[] = []
  let current = ''
  for (let i = 0; i < path.length; i++) {
    const ch = path[i] as string
    const next = path[i + 1]
    if (ch === '\\' && (next === '\\' || next === PATH_SEPARATOR)) {
      current += next
      i++
    } else if (ch === PATH_SEPARATOR) {
      names.push(current)
      current = ''
    } else {
      current += ch
    }
  }
  names.push(current)
  return names.map((name) => name.replace(/\s+/g, ' ').trim()).filter((name) => name !== '')
}
