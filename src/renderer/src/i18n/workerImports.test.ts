/**
 * Web Workers are bundled without the Svelte compiler, so a rune module (`*.svelte.ts`, such as
 * `i18n.svelte.ts`) reached from a worker fails there with "$state is not defined". Workers that need
 * words take a locale and use `@shared/i18n/format` (as the report worker does).
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const RENDERER = join(import.meta.dirname, '..')
const WORKERS = ['search/searchWorker.ts', 'export/reportWorker.ts', 'host/importWorker.ts', 'backup/backupWorker.ts']

/** The renderer modules `file` reaches through relative imports (the shared code never imports a rune module). */
function reached(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen
  seen.add(file)
  const source = readFileSync(file, 'utf8')
  for (const [, spec] of source.matchAll(/^\s*import\s+(?!type\b)[^'"]*['"](\.{1,2}\/[^'"]+)['"]/gm)) {
    const base = resolve(dirname(file), spec as string)
    const found = [base, `${base}.ts`].find((path) => existsSync(path) && !path.endsWith('/'))
    if (found) reached(found, seen)
  }
  return seen
}

describe('workers reach no rune module', () => {
  it.each(WORKERS)('%s', (worker) => {
    const modules = [...reached(join(RENDERER, worker))].map((path) => relative(RENDERER, path))
    expect(modules.length).toBeGreaterThan(0)
    expect(modules.filter((path) => path.includes('.svelte'))).toEqual([])
  })
})
