/**
 * `.themata` bytes → a backup. `openBackup` checks the manifest (format, version, every project's
 * name, schema and data file) and reads no data yet; each project's `records` then inflates its data
 * file within bounds, a slice at a time as they are asked for, and gives its records in batches,
 * checking each (its table declared, its key there) as it comes, so a restore writes one batch while
 * it reads the next. A damaged or foreign file is one sentence (ProjectFileError) at the first fault;
 * the restore writes each project in one transaction, so nothing of it stays. `readBackup` reads it
 * all into memory (the CLI, tests).
 */
import { inflatePieces, zipEntries, ZipError, type ZipEntry } from '../zip/boundedUnzip'
import type { MessageKey } from '../i18n/format'
import { projectError } from '../project/errors'
import { BACKUP_FORMAT, BACKUP_VERSION, MANIFEST_NAME, type Backup, type BackupProject } from './format'
import { ProjectFileReader, readWholeProjectFile, RECORD_PER_LINE, type ProjectFileHandlers } from './projectFile'

/** More unpacked bytes than this is not a backup Themata could hold in memory. */
const MAX_UNPACKED_BYTES = 2 * 1024 * 1024 * 1024
const MAX_ENTRIES = 100_000

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Records of one table, a batch of the file. */
export interface TableRows {
  table: string
  rows: unknown[]
}

/** A project of an opened backup: what the manifest says of it, and its records on demand. */
export interface BackupEntry extends Omit<BackupProject, 'tables'> {
  /**
   * Every record, table by table in batches of a few hundred (the tables in the file's order; a table
   * without records as one empty batch), read as they are asked for; throws ProjectFileError at the
   * first fault in the data.
   */
  records(): Generator<TableRows, void, undefined>
}

export interface OpenedBackup extends Omit<Backup, 'projects'> {
  projects: BackupEntry[]
}

/** The primary key path of a Dexie schema string ("id, order" → "id"; "++id" → "id"). */
export function primaryKeyOf(schema: string): string {
  return (schema.split(',')[0] ?? '').trim().replace(/^(\+\+|&|\*)/, '')
}

/** The archive's entries by name (a later entry of a name wins, as unzip tools have it). */
function entriesOf(bytes: Uint8Array, fileName: string): Map<string, ZipEntry> {
  if (bytes.byteLength === 0) throw projectError(fileName, 'backupError.empty')
  try {
    // Within bounds: a zip bomb is refused by what it claims, and stopped while it inflates (inflatePieces).
    return new Map(zipEntries(bytes, { maxEntries: MAX_ENTRIES, maxTotalBytes: MAX_UNPACKED_BYTES }).map((entry) => [entry.name, entry]))
  } catch (error) {
    throw zipFailure(error, fileName)
  }
}

function zipFailure(error: unknown, fileName: string): Error {
  if (error instanceof ZipError && error.kind === 'too-large') return projectError(fileName, 'backupError.tooLarge', {}, { cause: error })
  if (error instanceof ZipError && error.kind !== 'not-a-zip') return projectError(fileName, 'projectError.damaged', {}, { cause: error })
  return projectError(fileName, 'backupError.notZip', {}, { cause: error })
}

/** An entry's text as it inflates, piece by piece. */
function* textPieces(bytes: Uint8Array, entry: ZipEntry, fileName: string): Generator<string, void, undefined> {
  const decoder = new TextDecoder()
  const pieces = inflatePieces(bytes, entry, MAX_UNPACKED_BYTES)
  for (;;) {
    let next: IteratorResult<Uint8Array>
    try {
      next = pieces.next()
    } catch (error) {
      throw error instanceof ZipError ? zipFailure(error, fileName) : error
    }
    if (next.done) break
    yield decoder.decode(next.value, { stream: true })
  }
  yield decoder.decode()
}

function readManifest(bytes: Uint8Array, entry: ZipEntry | undefined, fileName: string): unknown {
  if (entry === undefined) throw projectError(fileName, 'backupError.noManifest', { manifest: MANIFEST_NAME })
  const text = [...textPieces(bytes, entry, fileName)].join('')
  try {
    return JSON.parse(text)
  } catch {
    throw projectError(fileName, 'backupError.manifestNotJson', { manifest: MANIFEST_NAME })
  }
}

function openProject(entry: unknown, bytes: Uint8Array, files: Map<string, ZipEntry>, fileName: string, index: number): BackupEntry {
  const fail = (key: MessageKey, values?: Record<string, string>): Error => projectError(fileName, key, values)
  const n = String(index + 1)
  if (!isObject(entry) || typeof entry['name'] !== 'string' || typeof entry['file'] !== 'string') throw fail('backupError.projectUnnamed', { n })
  const name = entry['name']
  const schemaVersion = entry['schemaVersion']
  const schema = entry['schema']
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) throw fail('backupError.noStorageVersion', { n })
  if (!isObject(schema) || Object.values(schema).some((s) => typeof s !== 'string')) throw fail('backupError.noStorageSchema', { n })
  const data = files.get(entry['file'])
  if (data === undefined) throw fail('backupError.dataMissing', { project: name })
  const byLine = entry['layout'] === RECORD_PER_LINE
  const time = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0)
  const declared = schema as Record<string, string>

  function* records(): Generator<TableRows, void, undefined> {
    const batches: TableRows[] = []
    const handlers: ProjectFileHandlers = {
      onTable(table) {
        if (!Object.hasOwn(declared, table)) throw fail('backupError.undeclaredTable', { project: name, table })
      },
      onRows(table, rows) {
        const key = primaryKeyOf(declared[table] as string)
        for (const row of rows) {
          const id = isObject(row) ? row[key] : undefined
          if (typeof id !== 'string' && typeof id !== 'number') throw fail('backupError.recordWithoutKey', { project: name, table, key })
        }
        batches.push({ table, rows })
      },
      invalid(why, table) {
        if (why === 'not-tables') return fail('backupError.notTables', { project: name })
        if (why === 'not-a-list') return fail('backupError.notAList', { project: name, table: table ?? '' })
        return fail('backupError.dataNotJson', { project: name })
      }
    }
    const pieces = textPieces(bytes, data as ZipEntry, fileName)
    if (byLine) {
      const reader = new ProjectFileReader(handlers)
      for (const piece of pieces) {
        reader.push(piece)
        yield* batches.splice(0)
      }
      reader.end()
      yield* batches.splice(0)
      return
    }
    let text: string
    try {
      text = [...pieces].join('')
    } catch (error) {
      // Longer than a string may be.
      if (error instanceof RangeError) throw handlers.invalid('json')
      throw error
    }
    readWholeProjectFile(text, handlers)
    yield* batches
  }

  return { name, createdAt: time(entry['createdAt']), openedAt: time(entry['openedAt']), schemaVersion, schema: declared, records }
}

/** The backup's manifest, checked; each project's records are read when asked for. */
export function openBackup(bytes: Uint8Array, fileName: string): OpenedBackup {
  const fail = (key: MessageKey, values?: Record<string, string>): Error => projectError(fileName, key, values)
  const files = entriesOf(bytes, fileName)
  const manifest = readManifest(bytes, files.get(MANIFEST_NAME), fileName)
  if (!isObject(manifest) || manifest['format'] !== BACKUP_FORMAT) throw fail('backupError.notBackup', { manifest: MANIFEST_NAME, format: BACKUP_FORMAT })
  const version = manifest['version']
  if (typeof version !== 'number' || version < 1) throw fail('backupError.noVersion')
  if (version > BACKUP_VERSION) throw fail('backupError.newerFormat', { version: String(version) })
  const projects = manifest['projects']
  if (!Array.isArray(projects) || projects.length === 0) throw fail('backupError.noProject')
  return {
    format: BACKUP_FORMAT,
    version,
    createdAt: typeof manifest['createdAt'] === 'number' ? manifest['createdAt'] : 0,
    app: typeof manifest['app'] === 'string' ? manifest['app'] : '',
    scope: manifest['scope'] === 'all' ? 'all' : 'project',
    reason: manifest['reason'] === 'before-upgrade' ? 'before-upgrade' : 'manual',
    projects: projects.map((entry, i) => openProject(entry, bytes, files, fileName, i))
  }
}

/** Every record of every project, in memory. */
export function readBackup(bytes: Uint8Array, fileName: string): Backup {
  const { projects, ...backup } = openBackup(bytes, fileName)
  return {
    ...backup,
    projects: projects.map(({ records, ...project }) => {
      const tables: Record<string, unknown[]> = {}
      for (const { table, rows } of records()) {
        const kept = (tables[table] ??= [])
        for (const row of rows) kept.push(row)
      }
      return { ...project, tables }
    })
  }
}
