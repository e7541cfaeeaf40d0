import { describe, expect, it } from 'vitest'
import { collectFiles, type DirectoryEntryLike, type EntryLike, type FileEntryLike } from './droppedFiles'

const file = (path: string, readable = true): FileEntryLike => ({
  name: path.split('/').pop() as string,
  fullPath: path,
  isFile: true,
  isDirectory: false,
  file: (success, failure) => (readable ? success(new File(['x'], path.split('/').pop() as string)) : failure?.(new Error('NotFoundError')))
})

/** A folder whose reader hands out its entries two at a time, as Chromium does a hundred at a time. */
const folder = (path: string, children: EntryLike[]): DirectoryEntryLike => ({
  name: path.split('/').pop() as string,
  fullPath: path,
  isFile: false,
  isDirectory: true,
  createReader() {
    let at = 0
    return {
      readEntries(success) {
        const batch = children.slice(at, at + 2)
        at += batch.length
        setTimeout(() => success(batch), 0)
      }
    }
  }
})

const names = (files: (File | { unreadable: string })[]): string[] => files.map((f) => (f instanceof File ? f.name : `unreadable:${f.unreadable}`))

describe('collectFiles', () => {
  it('takes every dropped file, and the articles inside dropped folders at any depth, in path order', async () => {
    const dropped = [
      { entry: file('/notes.xyz') },
      {
        entry: folder('/press', [
          file('/press/b.pdf'),
          file('/press/a.txt'),
          file('/press/cover.jpg'),
          file('/press/.DS_Store'),
          folder('/press/.git', [file('/press/.git/HEAD.txt')]),
          folder('/press/aug', [file('/press/aug/c.docx'), file('/press/aug/d.HTML'), file('/press/aug/e.md')])
        ])
      },
      { file: new File(['y'], 'plain.odt') }
    ]
    expect(names(await collectFiles(dropped))).toEqual(['notes.xyz', 'a.txt', 'c.docx', 'd.HTML', 'e.md', 'b.pdf', 'plain.odt'])
  })

  it('lists a file the browser will not hand over as unreadable, and goes on', async () => {
    const dropped = [{ entry: folder('/f', [file('/f/gone.txt', false), file('/f/here.txt')]) }]
    expect(names(await collectFiles(dropped))).toEqual(['unreadable:gone.txt', 'here.txt'])
  })
})
