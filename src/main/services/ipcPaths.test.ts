/**
 * The rule docs/SECURITY.md states for IPC: the renderer never names a path main reads or writes.
 * Main reads and writes only what its own dialogs returned; what the renderer sends is bytes, text,
 * a label, or a name that merely pre-fills a Save dialog (and is made a plain file name first).
 */
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { invokeContract, invokeNames } from '@shared/ipc/contract'
import { createHandlers, type HostDialogs } from './ipcHandlers'

/** Each request's fields and what main does with them. A new field must be added here, and to SECURITY.md. */
const REQUEST_FIELDS: Record<string, Record<string, string>> = {
  chooseArticles: {},
  importChosen: { id: 'one of the ids main gave for the files its Open dialog returned; the paths stay in main' },
  importArticle: { fileName: 'label and extension of the dropped bytes', bytes: 'the file, read by the renderer' },
  saveReport: { suggestedName: 'pre-fills the Save dialog, as a plain file name', extension: 'the format', content: 'what is written' },
  printReport: { suggestedName: 'pre-fills the Save dialog, as a plain file name', title: 'the PDF title', html: 'what is printed' },
  openCodebook: {},
  saveCodebook: { suggestedName: 'pre-fills the Save dialog, as a plain file name', format: 'qdc or csv', text: 'what is written' },
  openProjectFile: { purpose: 'which Open dialog: import or restore' },
  saveProjectFile: { suggestedName: 'pre-fills the Save dialog, as a plain file name', format: 'qdpx or themata', bytes: 'what is written' },
  saveAutoBackup: { fileName: 'a plain name (no folder, by the contract) in main’s own backups folder', bytes: 'what is written' },
  listAutoBackups: {},
  readAutoBackup: { fileName: 'one of the names main lists in its backups folder' },
  saveAnnotations: { suggestedName: 'pre-fills the Save dialog, as a plain file name', json: 'what is written' },
  openAnnotations: {},
  setLanguage: { locale: 'one of the languages Themata speaks (en, ru, az): the menu and main’s dialogs follow it' }
}

function fieldsOf(schema: z.ZodType): string[] {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : []
}

/** Dialogs that record what they were asked and answer with paths in `dir`. */
function recordingDialogs(dir: string): HostDialogs & { suggested: string[] } {
  const suggested: string[] = []
  return {
    suggested,
    chooseArticlePaths: async () => null,
    chooseCodebookPath: async () => null,
    chooseReportPath: async (name) => {
      suggested.push(name)
      return join(dir, 'chosen-by-user.html')
    },
    chooseAnnotationsOpenPath: async () => null,
    chooseProjectPath: async () => null,
    chooseProjectSavePath: async (name) => {
      suggested.push(name)
      return join(dir, 'chosen-by-user.qdpx')
    },
    chooseAnnotationsSavePath: async (name) => {
      suggested.push(name)
      return join(dir, 'chosen-by-user.jsonld')
    },
    chooseCodebookSavePath: async (name) => {
      suggested.push(name)
      return join(dir, 'chosen-by-user.csv')
    }
  }
}

describe('paths across IPC', () => {
  it('the automatic backups name only plain files: the contract refuses a folder in the name', () => {
    for (const fileName of ['../x.themata', 'a/b.themata', 'C:\\x.themata', '/etc/x.themata', 'x.txt']) {
      expect(invokeContract.readAutoBackup.request.safeParse({ fileName }).success, fileName).toBe(false)
    }
    expect(invokeContract.readAutoBackup.request.safeParse({ fileName: 'auto-2026-11-29t14-00-my-project.themata' }).success).toBe(true)
  })

  it('no request carries a path main would read or write: each field is accounted for', () => {
    expect(invokeNames).toEqual(Object.keys(REQUEST_FIELDS))
    for (const name of invokeNames) expect(fieldsOf(invokeContract[name].request), name).toEqual(Object.keys(REQUEST_FIELDS[name] ?? {}))
  })

  it('a save writes only where the dialog said, and the suggested name reaches the dialog as a plain file name', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'themata-paths-'))
    const outside = join(dir, 'outside.txt')
    await writeFile(outside, 'keep me')
    const dialogs = recordingDialogs(dir)
    const handlers = createHandlers(dialogs)
    expect(await handlers.saveReport({ suggestedName: '../outside.txt', extension: 'html', content: '<p>x</p>' })).toEqual({ status: 'saved', path: join(dir, 'chosen-by-user.html') })
    expect(await handlers.saveCodebook({ suggestedName: `${dir}/outside.txt`, format: 'csv', text: 'name' })).toEqual({ status: 'saved', path: join(dir, 'chosen-by-user.csv') })
    expect(await handlers.saveAnnotations({ suggestedName: '/etc/outside.txt', json: '[]' })).toEqual({ status: 'saved', path: join(dir, 'chosen-by-user.jsonld') })
    expect(await handlers.saveProjectFile({ suggestedName: '..\\outside.txt', format: 'qdpx', bytes: new Uint8Array([1]) })).toEqual({ status: 'saved', path: join(dir, 'chosen-by-user.qdpx') })
    expect(dialogs.suggested).toEqual(['outside-txt.html', 'outside-txt.csv', 'outside-txt.jsonld', 'outside-txt.qdpx'])
    expect(await readFile(outside, 'utf8')).toBe('keep me')
    expect((await readdir(dir)).sort()).toEqual(['chosen-by-user.csv', 'chosen-by-user.html', 'chosen-by-user.jsonld', 'chosen-by-user.qdpx', 'outside.txt'])
  })

  it('a dropped file is imported from its bytes: the name it carries is never opened', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'themata-paths-'))
    const secret = join(dir, 'secret.txt')
    await writeFile(secret, 'The secret on disk.')
    const outcome = await createHandlers(recordingDialogs(dir)).importArticle({ fileName: secret, bytes: new TextEncoder().encode('The bytes that were dropped.') })
    expect(outcome).toMatchObject({ status: 'imported', document: { text: 'The bytes that were dropped.', fileName: secret } })
  })
})
