import { mkdir, readFile, stat } from 'node:fs/promises'
import { dirname, isAbsolute } from 'node:path'
import { z } from 'zod'
import { writeFileAtomic } from './atomicWrite'

/** How many files File → Open Recent offers. */
export const MAX_RECENT_FILES = 10

const storedSchema = z.object({ files: z.array(z.string().refine(isAbsolute)).max(100) })

/** Whether a file is still there; a folder or anything unreadable is not a file to offer. */
async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile()
  } catch {
    return false
  }
}

/**
 * The files opened lately, newest first, kept in a JSON file of the user's data. A damaged or
 * foreign file reads as an empty list (and is replaced at the next change), never as an error;
 * writes are atomic and one at a time, so two quick opens cannot lose either.
 */
export class RecentFiles {
  private readonly storePath: string
  private readonly exists: (path: string) => Promise<boolean>
  private queue: Promise<unknown> = Promise.resolve()

  constructor(storePath: string, exists: (path: string) => Promise<boolean> = isFile) {
    this.storePath = storePath
    this.exists = exists
  }

  /** The files still there, newest first; those moved or deleted are left out (and forgotten). */
  list(): Promise<string[]> {
    return this.serially(async () => {
      const stored = await this.read()
      const present = (await Promise.all(stored.map(async (path) => ((await this.exists(path)) ? path : null)))).filter((path) => path !== null)
      // Forgetting them is tidying up: a read-only profile still gets its list.
      if (present.length !== stored.length) await this.write(present).catch(() => undefined)
      return present
    })
  }

  /** Puts `path` first (once), keeping the newest ten; answers the new list. */
  add(path: string): Promise<string[]> {
    return this.serially(async () => {
      const files = [path, ...(await this.read()).filter((other) => other !== path)].slice(0, MAX_RECENT_FILES)
      await this.write(files)
      return files
    })
  }

  clear(): Promise<void> {
    return this.serially(() => this.write([]))
  }

  private serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task)
    this.queue = run.catch(() => undefined)
    return run
  }

  private async read(): Promise<string[]> {
    let text: string
    try {
      text = await readFile(this.storePath, 'utf8')
    } catch {
      return []
    }
    try {
      const parsed = storedSchema.safeParse(JSON.parse(text))
      return parsed.success ? [...new Set(parsed.data.files)].slice(0, MAX_RECENT_FILES) : []
    } catch {
      return []
    }
  }

  private async write(files: string[]): Promise<void> {
    await mkdir(dirname(this.storePath), { recursive: true })
    await writeFileAtomic(this.storePath, `${JSON.stringify({ files }, null, 2)}\n`)
  }
}
