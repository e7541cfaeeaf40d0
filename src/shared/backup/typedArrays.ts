/**
 * Typed arrays in a backup's JSON. JSON.stringify writes an Int32Array as an object with numbered
 * keys, which reads back as an object, not an array; a record's typed arrays (an article's passage
 * ranges) are written as {"$typedArray": "Int32Array", "values": [...]} instead and made typed arrays
 * again when read. Only a record's own fields are looked at: no table keeps one deeper.
 */

const TYPED_ARRAYS = {
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array
} as const

type TypedArrayName = keyof typeof TYPED_ARRAYS
type TypedArray = InstanceType<(typeof TYPED_ARRAYS)[TypedArrayName]>

const TAG = '$typedArray'

function typedArrayName(value: unknown): TypedArrayName | null {
  if (!ArrayBuffer.isView(value)) return null
  const name = value.constructor.name
  return Object.hasOwn(TYPED_ARRAYS, name) ? (name as TypedArrayName) : null
}

/** The record as JSON can hold it: itself, unless one of its fields is a typed array. */
export function jsonRecord(record: unknown): unknown {
  if (typeof record !== 'object' || record === null) return record
  const fields = record as Record<string, unknown>
  let copy: Record<string, unknown> | null = null
  for (const key in fields) {
    const name = typedArrayName(fields[key])
    if (name === null) continue
    copy ??= { ...fields }
    copy[key] = { [TAG]: name, values: Array.from(fields[key] as TypedArray) }
  }
  return copy ?? record
}

function typedArrayOf(value: unknown): TypedArray | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
  const fields = value as Record<string, unknown>
  const name = fields[TAG]
  const values = fields['values']
  if (typeof name !== 'string' || !Object.hasOwn(TYPED_ARRAYS, name) || !Array.isArray(values) || Object.keys(fields).length !== 2) return null
  if (!values.every((v) => typeof v === 'number')) return null
  return TYPED_ARRAYS[name as TypedArrayName].from(values as number[])
}

/** The record as it was stored: its fields written by jsonRecord made typed arrays again (the record is changed in place). */
export function storedRecord(record: unknown): unknown {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return record
  const fields = record as Record<string, unknown>
  for (const key in fields) {
    const value = fields[key]
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, TAG)) continue
    const typed = typedArrayOf(value)
    if (typed) fields[key] = typed
  }
  return record
}
