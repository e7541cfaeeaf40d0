import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { describeWriteError, writeFileAtomic } from './atomicWrite'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'themata-write-'))
})

describe('writeFileAtomic', () => {
  it('writes a new file and replaces an existing one whole, leaving no temp file', async () => {
    const path = join(dir, 'report.html')
    await writeFileAtomic(path, '<p>first</p>')
    await writeFileAtomic(path, '<p>second</p>')
    expect(await readFile(path, 'utf8')).toBe('<p>second</p>')
    expect(await readdir(dir)).toEqual(['report.html'])
  })

  it('leaves the old file untouched and no temp file when the write fails', async () => {
    const path = join(dir, 'report.html')
    await writeFile(path, 'old')
    await expect(writeFileAtomic(join(dir, 'missing-folder', 'report.html'), 'new')).rejects.toMatchObject({ code: 'ENOENT' })
    expect(await readFile(path, 'utf8')).toBe('old')
    expect(await readdir(dir)).toEqual(['report.html'])
  })

  it('describes common write failures by their code', () => {
    const err = (code: string) => Object.assign(new Error(code), { code })
    expect(describeWriteError('/x/r.html', err('EACCES'))).toBe('Could not save “r.html”: permission denied in that folder.')
    expect(describeWriteError('/x/r.html', err('ENOSPC'))).toBe('Could not save “r.html”: the disk is full.')
    expect(describeWriteError('/x/r.html', err('ENOENT'))).toBe('Could not save “r.html”: the folder no longer exists.')
  })
})
