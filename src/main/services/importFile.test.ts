import { mkdir, mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ImportErrorCode } from '@shared/import/errors'
import { MAX_FILE_BYTES } from '@shared/ipc/contract'
import { importFile } from './importFile'

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>()
  return { ...actual, readFile: vi.fn(actual.readFile) }
})

const CORPUS = resolve(__dirname, '../../../../shared/corpus')
let dir: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'themata-import-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})
beforeEach(() => {
  vi.mocked(readFile).mockClear()
})

async function expectRejection(path: string, code: ImportErrorCode, message: string): Promise<void> {
  await expect(importFile(path)).rejects.toMatchObject({ name: 'ImportError', code, message })
}

describe('importFile', () => {
  it('imports a file from disk under its own name', async () => {
    const path = join(dir, 'note.md')
    await writeFile(path, '# Field notes\n\n*2024-05-06*\n\nFirst entry.\n')
    const doc = await importFile(path)
    expect(doc).toMatchObject({ fileName: 'note.md', format: 'md', title: 'Field notes', metadata: { date: '2024-05-06' } })
    expect(doc.text).toBe('Field notes\n\nFirst entry.')
  })

  it('imports the seed article with the head metadata', async () => {
    const doc = await importFile(join(CORPUS, 'seed-article.html'))
    expect(doc.metadata.author).toBe('Tural Heybatov')
    expect(doc.blocks).toHaveLength(21)
  })

  it('says when the file is missing', async () => {
    await expectRejection(join(dir, 'missing.txt'), 'unreadable', '“missing.txt” could not be found; it may have been moved or deleted.')
  })

  it('says when the path is a folder', async () => {
    await mkdir(join(dir, 'folder.md'))
    await expectRejection(join(dir, 'folder.md'), 'unreadable', '“folder.md” is a folder, not a file.')
  })

  it('refuses an over-size file without reading it', async () => {
    const path = join(dir, 'huge.txt')
    await writeFile(path, '')
    await truncate(path, MAX_FILE_BYTES + 1)
    await expectRejection(path, 'too-large', '“huge.txt” is 50.1 MB; Themata opens files up to 50 MB.')
    expect(readFile).not.toHaveBeenCalled()
  })

  it('passes on the import checks for what it reads', async () => {
    await writeFile(join(dir, 'empty.txt'), '')
    await expectRejection(join(dir, 'empty.txt'), 'empty', '“empty.txt” is empty — there is nothing to read.')
    await writeFile(join(dir, 'image.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))
    await expectRejection(join(dir, 'image.txt'), 'binary', '“image.txt” looks like binary data, not text.')
  })

  it('says when it may not read the file', async () => {
    // Simulated: the tests may run as root, who may read anything. stat succeeds on such files; reading fails.
    const path = join(dir, 'secret.txt')
    await writeFile(path, 'secret')
    vi.mocked(readFile).mockRejectedValueOnce(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }))
    await expectRejection(path, 'unreadable', 'Themata does not have permission to read “secret.txt”.')
  })
})
