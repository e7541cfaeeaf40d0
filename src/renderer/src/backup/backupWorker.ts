/**
 * The backup worker: reads a project's database as its backup data file (db/projectDump.ts) and sends
 * the file as UTF-8 bytes piece by piece, moved rather than copied, while the page deflates the pieces
 * before: reading, writing the JSON and deflating share the work between two threads. One job (one
 * project) at a time.
 */
import { dumpProject, type DumpedProject } from '../db/projectDump'
import { describeError } from '@shared/i18n/words'

export interface BackupJob {
  dbName: string
}

export type BackupReply = { bytes: Uint8Array<ArrayBuffer> } | { done: DumpedProject } | { failed: string }

interface WorkerScope {
  onmessage: ((event: MessageEvent<BackupJob>) => void) | null
  postMessage(reply: BackupReply, transfer?: Transferable[]): void
}

const scope = self as unknown as WorkerScope
const encoder = new TextEncoder()

scope.onmessage = (event) => {
  dumpProject(event.data.dbName, (text) => {
    const bytes = encoder.encode(text)
    scope.postMessage({ bytes }, [bytes.buffer])
  }).then(
    (done) => scope.postMessage({ done }),
    (error: unknown) => scope.postMessage({ failed: describeError(error) })
  )
}
