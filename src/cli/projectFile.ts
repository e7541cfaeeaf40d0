/** A project file named on the command line (.qdpx, .qde, .themata), read with the same shared code as the app. */
import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { quoteName, tooLargeError } from '@shared/import/errors'
import { MAX_PROJECT_FILE_BYTES } from '@shared/ipc/contract'
import { ProjectFileError } from '@shared/project/errors'
import { readProjectFile } from '@shared/project/projectFiles'
import type { ImportedProject } from '@shared/qdpx/importQdpx'
import { unreadable } from '../main/services/importFile'
import { CliError } from './cliError'

/** Every project the file holds (a backup may hold several), with what came in; one sentence when it cannot be read. */
export async function readProjectInput(path: string): Promise<ImportedProject[]> {
  const fileName = basename(path)
  try {
    const info = await stat(path).catch((error: unknown) => {
      throw unreadable(fileName, error)
    })
    if (!info.isFile()) throw new CliError(`${quoteName(fileName)} is not a file.`)
    if (info.size > MAX_PROJECT_FILE_BYTES) throw new CliError(tooLargeError(fileName, info.size, MAX_PROJECT_FILE_BYTES).message)
    const bytes = await readFile(path).catch((error: unknown) => {
      throw unreadable(fileName, error)
    })
    return await readProjectFile(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), fileName)
  } catch (error) {
    if (error instanceof ProjectFileError) throw new CliError(error.message)
    throw error
  }
}
