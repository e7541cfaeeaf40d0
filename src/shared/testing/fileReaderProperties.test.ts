import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkFileInput, fileInputs, type FileReaderSpec, type StoredRecords } from './fileReaderProperties'

class Refusal extends Error {}
const bytes = new TextEncoder().encode('input')

/** A reader that refuses everything properly, with a store of one record. */
function spec(overrides: Partial<FileReaderSpec<string>> = {}): FileReaderSpec<string> {
  const store: StoredRecords = new Map([['tags/a', { name: 'Energy' }]])
  return {
    name: 'test reader',
    fileName: 'in.txt',
    read: () => {
      throw new Refusal('“in.txt” is not a file this reads.')
    },
    isRefusal: (error) => error instanceof Refusal,
    storage: { snapshot: async () => new Map(store), keep: async () => undefined },
    ...overrides
  }
}

describe('checkFileInput', () => {
  it('passes a reader that refuses with a sentence naming the file and leaves everything as it was', async () => {
    await expect(checkFileInput(spec(), bytes, 5000)).resolves.toBeUndefined()
    await expect(checkFileInput(spec({ read: () => 'read' }), bytes, 5000)).resolves.toBeUndefined()
  })

  it('fails a reader that crashes instead of refusing', async () => {
    const crash = spec({ read: () => (null as unknown as { x: string }).x })
    await expect(checkFileInput(crash, bytes, 5000)).rejects.toThrow(/test reader crashed instead of refusing the file: TypeError/)
  })

  it('fails a refusal that does not name the file', async () => {
    const vague = spec({ read: () => { throw new Refusal('Bad file.') } })
    await expect(checkFileInput(vague, bytes, 5000)).rejects.toThrow()
  })

  it('fails a reader past its time budget', async () => {
    await expect(checkFileInput(spec(), bytes, 0)).rejects.toThrow(/test reader took/)
  })

  it('fails a reader that changes the bytes it was given', async () => {
    const scribbler = spec({ read: (input) => { input[0] = 0; return 'read' } })
    await expect(checkFileInput(scribbler, bytes.slice(), 5000)).rejects.toThrow()
  })

  it('fails when keeping what was read changes a record the project had', async () => {
    const store: StoredRecords = new Map([['tags/a', { name: 'Energy' }]])
    const overwriting = spec({
      read: () => 'read',
      storage: { snapshot: async () => new Map(store), keep: async () => void store.set('tags/a', { name: 'Changed' }) }
    })
    await expect(checkFileInput(overwriting, bytes, 5000)).rejects.toThrow()
  })

  it('allows the records the app changes on purpose, and only those', async () => {
    const store: StoredRecords = new Map([['annotations/p1', { tagIds: ['a'] }], ['tags/a', { name: 'Energy' }]])
    const retag = (key: string) =>
      spec({
        read: () => 'read',
        storage: {
          snapshot: async () => new Map(store),
          keep: async () => {
            store.set('annotations/p1', { tagIds: ['a', 'b'] })
            return [key]
          }
        }
      })
    await expect(checkFileInput(retag('annotations/p1'), bytes, 5000)).resolves.toBeUndefined()
    store.set('annotations/p1', { tagIds: ['a'] })
    await expect(checkFileInput(retag('tags/a'), bytes, 5000)).rejects.toThrow()
  })

  it('fails a refusal that still wrote to the project', async () => {
    let writes = 0
    const leaky = spec({
      storage: { snapshot: async () => new Map([['tags/a', { name: 'Energy' }], ...(writes++ > 0 ? [['tags/b', {}] as const] : [])]), keep: async () => undefined }
    })
    await expect(checkFileInput(leaky, bytes, 5000)).rejects.toThrow()
  })
})

describe('fileInputs', () => {
  it('makes damaged copies of the seeds as well as arbitrary bytes and tokens', () => {
    const seed = new TextEncoder().encode('<seed>abcdef</seed>')
    const samples = fc.sample(fileInputs({ seeds: [seed], tokens: ['<tok>'] }), { numRuns: 400, seed: 7 })
    const text = samples.map((s) => new TextDecoder().decode(s))
    expect(text.some((t) => t.startsWith('<seed>') && t !== '<seed>abcdef</seed>')).toBe(true)
    expect(text.some((t) => t.includes('<tok>'))).toBe(true)
  })
})
