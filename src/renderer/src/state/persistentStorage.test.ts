import { describe, expect, it, vi } from 'vitest'
import { requestPersistentStorage, toldOnceIn, type PersistableStorage } from './persistentStorage'

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>()
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) }
}

const browser = (persisted: boolean, grants: boolean): PersistableStorage & { persist: ReturnType<typeof vi.fn> } => ({
  persisted: async () => persisted,
  persist: vi.fn(async () => grants)
})

describe('requestPersistentStorage', () => {
  it('asks the browser, and says nothing when it agrees', async () => {
    const say = vi.fn()
    const storage = browser(false, true)
    expect(await requestPersistentStorage(storage, toldOnceIn(memoryStorage(), 'k'), say)).toBe('persistent')
    expect(storage.persist).toHaveBeenCalledOnce()
    expect(say).not.toHaveBeenCalled()
  })

  it('does not ask again once storage is persistent', async () => {
    const storage = browser(true, true)
    expect(await requestPersistentStorage(storage, toldOnceIn(memoryStorage(), 'k'), vi.fn())).toBe('persistent')
    expect(storage.persist).not.toHaveBeenCalled()
  })

  it('says so when the browser refuses, once across starts, while still asking at each start', async () => {
    const say = vi.fn()
    const kept = memoryStorage()
    const storage = browser(false, false)
    for (let start = 0; start < 3; start++) expect(await requestPersistentStorage(storage, toldOnceIn(kept, 'k'), say)).toBe('refused')
    expect(say).toHaveBeenCalledOnce()
    expect(storage.persist).toHaveBeenCalledTimes(3)
  })

  it('says nothing where the browser has no such storage or the request fails', async () => {
    const say = vi.fn()
    expect(await requestPersistentStorage(undefined, toldOnceIn(memoryStorage(), 'k'), say)).toBe('unavailable')
    expect(await requestPersistentStorage({ persist: () => Promise.reject(new Error('denied')) }, toldOnceIn(memoryStorage(), 'k'), say)).toBe('unavailable')
    expect(say).not.toHaveBeenCalled()
  })
})
