/**
 * Browser mode keeps projects in the browser's storage, which the browser may clear when it runs short
 * of space unless the site is granted persistent storage. Themata asks at every start (the browser
 * decides quietly, and may say yes later); when it says no, the user is told once, not at every start.
 */

/** The part of `navigator.storage` this uses. */
export interface PersistableStorage {
  persisted?(): Promise<boolean>
  persist?(): Promise<boolean>
}

/** Whether the user has been told already, kept across starts. */
export interface ToldOnce {
  told(): boolean
  remember(): void
}

export type Persistence = 'persistent' | 'refused' | 'unavailable'

/** Asks for persistent storage; when refused, `tell` tells the user (the first time only: `storage.notPersistent`). */
export async function requestPersistentStorage(storage: PersistableStorage | undefined, once: ToldOnce, tell: () => void): Promise<Persistence> {
  if (!storage?.persist) return 'unavailable'
  try {
    if ((await storage.persisted?.()) === true || (await storage.persist())) return 'persistent'
  } catch {
    return 'unavailable'
  }
  if (!once.told()) {
    once.remember()
    tell()
  }
  return 'refused'
}

/** A ToldOnce kept in localStorage under `key` (absent or failing storage: tell, as if never told). */
export function toldOnceIn(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined, key: string): ToldOnce {
  return {
    told: () => {
      try {
        return storage?.getItem(key) === 'yes'
      } catch {
        return false
      }
    },
    remember: () => {
      try {
        storage?.setItem(key, 'yes')
      } catch {
        // Nowhere to remember it: the next start tells again, which is better than never.
      }
    }
  }
}
