/**
 * The files of a drop: every dropped file, and the articles inside every dropped folder (at any
 * depth). Folders are read through the File and Directory Entries API (`webkitGetAsEntry`), which
 * Chromium and Electron both have; in both the renderer only ever gets the files' bytes, never a path.
 */
import { formatOf } from '@shared/import/formats'

/** The parts of FileSystemEntry this reads, so tests can hand in their own. */
export interface EntryLike {
  name: string
  fullPath: string
  isFile: boolean
  isDirectory: boolean
}
export interface FileEntryLike extends EntryLike {
  file(success: (file: File) => void, failure?: (error: unknown) => void): void
}
export interface DirectoryEntryLike extends EntryLike {
  createReader(): { readEntries(success: (entries: EntryLike[]) => void, failure?: (error: unknown) => void): void }
}

/** What was dropped: entries to walk where the browser gives them, else plain files. */
export type Dropped = { entry: EntryLike } | { file: File }

/**
 * Takes what a drop carries. Must run inside the drop event: the browser empties the
 * DataTransfer as soon as the event handler returns.
 */
export function takeDrop(transfer: DataTransfer): Dropped[] {
  const dropped: Dropped[] = []
  for (const item of transfer.items) {
    if (item.kind !== 'file') continue
    const entry = item.webkitGetAsEntry?.() ?? null
    const file = item.getAsFile()
    if (entry) dropped.push({ entry })
    else if (file) dropped.push({ file })
  }
  if (dropped.length === 0) for (const file of transfer.files) dropped.push({ file })
  return dropped
}

function readAll(directory: DirectoryEntryLike): Promise<EntryLike[]> {
  const reader = directory.createReader()
  const all: EntryLike[] = []
  // readEntries hands out a folder's entries a batch at a time (100 in Chromium) until an empty one.
  return new Promise((resolve, reject) => {
    const next = (): void =>
      reader.readEntries((batch) => {
        if (batch.length === 0) resolve(all)
        else {
          all.push(...batch)
          next()
        }
      }, reject)
    next()
  })
}

function fileOf(entry: FileEntryLike): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject))
}

const hidden = (name: string): boolean => name.startsWith('.')

/** A file the browser listed but would not hand over (moved, or no permission). */
export interface UnreadableFile {
  unreadable: string
}

/**
 * Every file to import, in the order dropped. A dropped file is always tried (an unsupported one
 * is then refused with its reason); inside folders only articles Themata can open are taken, in
 * path order, and hidden files and folders are skipped.
 */
export async function collectFiles(dropped: readonly Dropped[]): Promise<(File | UnreadableFile)[]> {
  const files: (File | UnreadableFile)[] = []
  const walk = async (entry: EntryLike, top: boolean): Promise<void> => {
    if (entry.isFile) {
      if (top || (!hidden(entry.name) && formatOf(entry.name) !== undefined)) files.push(await fileOf(entry as FileEntryLike).catch(() => ({ unreadable: entry.name })))
    } else if (entry.isDirectory && (top || !hidden(entry.name))) {
      const children = await readAll(entry as DirectoryEntryLike).catch(() => [])
      children.sort((a, b) => (a.fullPath < b.fullPath ? -1 : a.fullPath > b.fullPath ? 1 : 0))
      for (const child of children) await walk(child, false)
    }
  }
  for (const d of dropped) {
    if ('file' in d) files.push(d.file)
    else await walk(d.entry, true)
  }
  return files
}
