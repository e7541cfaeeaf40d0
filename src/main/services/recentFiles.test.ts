import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { MAX_RECENT_FILES, RecentFiles } from './recentFiles'

let dir: string
let store: string

/** Real files to open, in a folder of their own. */
async function files(...names: string[]): Promise<string[]> {
  await mkdir(join(dir, 'articles'), { recursive: true })
  return Promise.all(
    names.map(async (name) => {
      const path = join(dir, 'articles', name)
      await writeFile(path, 'text')
      return path
    })
  )
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'themata-recent-'))
  store = join(dir, 'profile', 'recent-files.json')
})

describe('RecentFiles', () => {
  it('starts empty, then lists files newest first, each once', async () => {
    const recent = new RecentFiles(store)
    expect(await recent.list()).toEqual([])
    const [a, b] = await files('a.txt', 'b.pdf')
    await recent.add(a as string)
    await recent.add(b as string)
    await recent.add(a as string)
    expect(await recent.list()).toEqual([a, b])
    // Kept on disk for the next start.
    expect(await new RecentFiles(store).list()).toEqual([a, b])
  })

  it(`keeps the newest ${MAX_RECENT_FILES}`, async () => {
    const paths = await files(...Array.from({ length: 14 }, (_, i) => `${i}.txt`))
    const recent = new RecentFiles(store)
    for (const path of paths) await recent.add(path)
    expect(await recent.list()).toEqual(paths.slice(-MAX_RECENT_FILES).reverse())
  })

  it('drops files that were moved or deleted when it lists them, and forgets them', async () => {
    const [a, b] = await files('a.txt', 'b.txt')
    const recent = new RecentFiles(store)
    await recent.add(a as string)
    await recent.add(b as string)
    await rm(a as string)
    expect(await recent.list()).toEqual([b])
    expect(JSON.parse(await readFile(store, 'utf8'))).toEqual({ files: [b] })
  })

  it('clears the list', async () => {
    const [a] = await files('a.txt')
    const recent = new RecentFiles(store)
    await recent.add(a as string)
    await recent.clear()
    expect(await recent.list()).toEqual([])
    expect(await new RecentFiles(store).list()).toEqual([])
  })

  it('reads a damaged or foreign store as an empty list, and replaces it at the next change', async () => {
    const [a] = await files('a.txt')
    await mkdir(join(dir, 'profile'))
    for (const junk of ['{"files": ["/tmp/a.txt"', '', 'null', '{"files": "a.txt"}', '{"files": ["relative/a.txt"]}', '\u0000\u0001']) {
      await writeFile(store, junk)
      expect(await new RecentFiles(store).list(), JSON.stringify(junk)).toEqual([])
    }
    expect(await new RecentFiles(store).add(a as string)).toEqual([a])
    expect(await new RecentFiles(store).list()).toEqual([a])
  })

  it('loses no file when opens come at once, and leaves no temp file behind', async () => {
    const paths = await files('a.txt', 'b.txt', 'c.txt', 'd.txt')
    const recent = new RecentFiles(store)
    await Promise.all(paths.map((path) => recent.add(path)))
    expect((await recent.list()).sort()).toEqual([...paths].sort())
    expect(await readdir(join(dir, 'profile'))).toEqual(['recent-files.json'])
  })
})
