/**
 * `.themata` bytes → a backup, checked before anything is written: the manifest, the format
 * version, every project's schema and that every record carries its table's key. A damaged or
 * foreign file is one sentence (ProjectFileError); nothing is restored from it.
 */
import { strFromU8 } from 'fflate'
import { unzipWhere, ZipError } from '../zip/boundedUnzip'
import { projectError } from '../project/errors'
import { BACKUP_FORMAT, BACKUP_VERSION, MANIFEST_NAME, type Backup, type BackupProject } from './format'

/** More unpacked bytes than this is not a backup Themata could hold in memory. */
const MAX_UNPACKED_BYTES = 2 * 1024 * 1024 * 1024

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)

/** The primary key path of a Dexie schema string ("id, order" → "id"; "++id" → "id"). */
export function primaryKeyOf(schema: string): string {
  return (schema.split(',')[0] ?? '').trim().replace(/^(\+\+|&|\*)/, '')
}

function parseJson(bytes: Uint8Array | undefined, fail: (what: string) => Error, what: string): unknown {
  if (bytes === undefined) throw fail(`is not a complete Themata backup: ${what} is missing.`)
  try {
    return JSON.parse(strFromU8(bytes))
  } catch {
    throw fail(`is damaged: ${what} is not valid JSON.`)
  }
}

function checkProject(entry: unknown, parts: Record<string, Uint8Array>, fail: (what: string) => Error, index: number): BackupProject {
  const where = `project ${index + 1}`
  if (!isObject(entry) || typeof entry['name'] !== 'string' || typeof entry['file'] !== 'string') throw fail(`is damaged: ${where} has no name or no data file.`)
  const schemaVersion = entry['schemaVersion']
  const schema = entry['schema']
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) throw fail(`is damaged: ${where} has no storage version.`)
  if (!isObject(schema) || Object.values(schema).some((s) => typeof s !== 'string')) throw fail(`is damaged: ${where} has no storage schema.`)
  const tables = parseJson(parts[entry['file']], fail, `the data of “${entry['name']}”`)
  if (!isObject(tables)) throw fail(`is damaged: the data of “${entry['name']}” is not a set of tables.`)
  for (const [table, rows] of Object.entries(tables)) {
    const tableSchema = schema[table]
    if (typeof tableSchema !== 'string') throw fail(`is damaged: “${entry['name']}” has a table “${table}” its schema does not declare.`)
    if (!Array.isArray(rows)) throw fail(`is damaged: the table “${table}” of “${entry['name']}” is not a list.`)
    const key = primaryKeyOf(tableSchema)
    for (const row of rows) {
      const id = isObject(row) ? row[key] : undefined
      if (typeof id !== 'string' && typeof id !== 'number') throw fail(`is damaged: a record of “${table}” in “${entry['name']}” has no ${key}.`)
    }
  }
  const time = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0)
  return {
    name: entry['name'],
    createdAt: time(entry['createdAt']),
    openedAt: time(entry['openedAt']),
    schemaVersion,
    schema: schema as Record<string, string>,
    tables: tables as Record<string, unknown[]>
  }
}

export function readBackup(bytes: Uint8Array, fileName: string): Backup {
  const fail = (what: string): Error => projectError(fileName, what)
  if (bytes.byteLength === 0) throw fail('is empty — there is no backup in it.')
  let parts: Record<string, Uint8Array>
  try {
    // Within bounds: a zip bomb is stopped before it takes the memory.
    parts = unzipWhere(bytes, () => true, { maxEntries: 100_000, maxTotalBytes: MAX_UNPACKED_BYTES })
  } catch (error) {
    if (error instanceof ZipError && error.kind === 'too-large') throw projectError(fileName, 'unpacks to more than 2 GB, more than Themata can restore.', { cause: error })
    if (error instanceof ZipError && error.kind !== 'not-a-zip') throw projectError(fileName, 'is damaged: a file in it could not be unpacked.', { cause: error })
    throw projectError(fileName, 'is not a Themata backup: it is not a zip archive.', { cause: error })
  }
  const manifest = parseJson(parts[MANIFEST_NAME], fail, MANIFEST_NAME)
  if (!isObject(manifest) || manifest['format'] !== BACKUP_FORMAT) throw fail(`is not a Themata backup: its ${MANIFEST_NAME} does not say “${BACKUP_FORMAT}”.`)
  const version = manifest['version']
  if (typeof version !== 'number' || version < 1) throw fail('is damaged: it gives no backup format version.')
  if (version > BACKUP_VERSION) throw fail(`was written by a newer Themata (backup format ${version}); update Themata to restore it.`)
  const projects = manifest['projects']
  if (!Array.isArray(projects) || projects.length === 0) throw fail('holds no project.')
  return {
    format: BACKUP_FORMAT,
    version,
    createdAt: typeof manifest['createdAt'] === 'number' ? manifest['createdAt'] : 0,
    app: typeof manifest['app'] === 'string' ? manifest['app'] : '',
    scope: manifest['scope'] === 'all' ? 'all' : 'project',
    reason: manifest['reason'] === 'before-upgrade' ? 'before-upgrade' : 'manual',
    projects: projects.map((entry, i) => checkProject(entry, parts, fail, i))
  }
}
