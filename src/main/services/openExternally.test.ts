import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { articleOpenedSchema, projectFileOpenedSchema } from '@shared/ipc/contract'
import { OpenQueue, openExternally, openedWell } from './openExternally'

const fixtures = resolve(__dirname, '../../shared/import/fixtures')

describe('openExternally', () => {
  it('imports an article from its path, as the Open dialog would', async () => {
    const result = await openExternally(join(fixtures, 'briefing.docx'))
    expect(result.kind).toBe('article')
    if (result.kind !== 'article') return
    expect(articleOpenedSchema.parse(result.opened)).toEqual(result.opened)
    expect(result.opened.fileName).toBe('briefing.docx')
    expect(result.opened.outcome).toMatchObject({ status: 'imported', document: { format: 'docx', fileName: 'briefing.docx' } })
    expect(openedWell(result)).toBe(true)
  })

  it('says in one sentence why a file cannot be opened', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'themata-open-'))
    await writeFile(join(dir, 'photo.jpg'), new Uint8Array([0xff, 0xd8, 0xff]))
    await mkdir(join(dir, 'folder.txt'))
    const cases: [string, RegExp][] = [
      [join(dir, 'gone.txt'), /^“gone\.txt” could not be found; it may have been moved or deleted\.$/],
      [join(dir, 'folder.txt'), /^“folder\.txt” is a folder, not a file\.$/],
      [join(dir, 'photo.jpg'), /photo\.jpg/],
      [join(fixtures, 'empty.txt'), /empty\.txt/]
    ]
    for (const [path, message] of cases) {
      const result = await openExternally(path)
      expect(result.kind).toBe('article')
      if (result.kind !== 'article') continue
      expect(articleOpenedSchema.parse(result.opened)).toEqual(result.opened)
      expect(result.opened.outcome.status).toBe('failed')
      expect(result.opened.outcome.status === 'failed' && result.opened.outcome.message).toMatch(message)
      expect(openedWell(result)).toBe(false)
    }
  })

  it('reads a project file (.qdpx, .qde, .themata) for the renderer to import, whatever the case of its extension', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'themata-open-'))
    for (const name of ['study.qdpx', 'Study.QDPX', 'project.qde', 'backup.themata']) {
      await writeFile(join(dir, name), new Uint8Array([0x50, 0x4b, 3, 4]))
      const result = await openExternally(join(dir, name))
      expect(result).toEqual({ kind: 'project', opened: { status: 'opened', fileName: name, bytes: new Uint8Array([0x50, 0x4b, 3, 4]) } })
      expect(projectFileOpenedSchema.safeParse(result.opened).success).toBe(true)
    }
    const missing = await openExternally(join(dir, 'gone.themata'))
    expect(missing).toEqual({ kind: 'project', opened: { status: 'failed', message: '“gone.themata” could not be found; it may have been moved or deleted.' } })
    expect(openedWell(missing)).toBe(false)
  })
})

describe('OpenQueue', () => {
  it('holds files until the window is ready, then opens them one at a time, in order', async () => {
    const log: string[] = []
    const queue = new OpenQueue(async (path) => {
      log.push(`start ${path}`)
      await new Promise((resolve) => setTimeout(resolve, path === 'a' ? 20 : 1))
      log.push(`end ${path}`)
    })
    queue.add(['a'])
    queue.add(['b'])
    await new Promise((resolve) => setTimeout(resolve, 5))
    expect(log).toEqual([])
    queue.ready()
    queue.add(['c'])
    await queue.settled()
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c'])
  })

  it('holds again while the window is gone, and goes on after a file that failed', async () => {
    const opened: string[] = []
    const queue = new OpenQueue(async (path) => {
      if (path === 'bad') throw new Error('no window')
      opened.push(path)
    })
    queue.ready()
    queue.add(['bad', 'a'])
    await queue.settled()
    queue.hold()
    queue.add(['b'])
    await queue.settled()
    expect(opened).toEqual(['a'])
    queue.ready()
    await queue.settled()
    expect(opened).toEqual(['a', 'b'])
  })
})
