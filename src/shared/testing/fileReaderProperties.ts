/**
 * Property tests for any reader of files from outside (article importers, codebook files, and the
 * formats other work adds: W3C annotations, .qdpx projects, backups). Adding a reader is one call:
 *
 *   describeFileReader({ name: 'W3C annotations', fileName: 'input.json', read: readW3c, isRefusal: isW3cError, seeds, storage })
 *
 * and fast-check then feeds it arbitrary bytes, text made of the format's own tokens, and its seed
 * files cut short, overwritten and spliced. For every input: it returns or refuses with its own
 * one-sentence error naming the file (anything else thrown is a crash); it finishes within a time
 * budget (a hang detector, far above any real reading time, not a speed test); it leaves the input
 * bytes as they were; and the project it is read into keeps every record it had, bar those the
 * app's action changes on purpose — and all of them when the file is refused.
 */
import fc from 'fast-check'
import { expect, it } from 'vitest'

/** A project as records keyed "table/id", so two snapshots compare record by record. */
export type StoredRecords = Map<string, unknown>

/** Where what was read goes: the project the app would commit it to. */
export interface ReaderStorage<T> {
  /** Every record the project holds now. */
  snapshot(): Promise<StoredRecords>
  /**
   * What the app does with a file it read (adds the article, merges the codebook …). Returns the
   * records ("table/id") it changes on purpose, if it changes any it already had (a passage the
   * file adds a theme to); every other record must stay as it was.
   */
  keep(result: T): Promise<readonly string[] | void>
}

export interface FileReaderSpec<T> {
  /** What is read, for the test's name: "article (.pdf)", "codebook (.csv)". */
  name: string
  /** The name each input is read as; its extension picks the format. */
  fileName: string
  read(bytes: Uint8Array, fileName: string): T | Promise<T>
  /** Whether an error is the reader's own refusal (one sentence for the user); anything else is a crash. */
  isRefusal(error: unknown): boolean
  /** Real files of the format, for inputs that are nearly right. */
  seeds?: readonly Uint8Array[]
  /** Pieces of the format's syntax, for text that is nearly right. */
  tokens?: readonly string[]
  storage?: ReaderStorage<T>
}

export interface PropertyOptions {
  numRuns?: number
  /** Most milliseconds one input may take: a hang, not a slow read. */
  budgetMs?: number
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text)

/** Arbitrary bytes, format-flavoured text, and seed files damaged in the ways downloads and editors damage them. */
export function fileInputs(spec: Pick<FileReaderSpec<unknown>, 'seeds' | 'tokens'>): fc.Arbitrary<Uint8Array> {
  const inputs: fc.Arbitrary<Uint8Array>[] = [
    fc.uint8Array({ maxLength: 2000 }),
    fc.string({ unit: 'grapheme', maxLength: 300 }).map(encode),
    fc.string({ unit: 'binary', maxLength: 300 }).map(encode)
  ]
  if (spec.tokens && spec.tokens.length > 0) {
    inputs.push(fc.array(fc.constantFrom(...spec.tokens), { maxLength: 60 }).map((parts) => encode(parts.join(''))))
  }
  for (const seed of spec.seeds ?? []) {
    if (seed.length === 0) continue
    const at = fc.nat(seed.length - 1)
    inputs.push(
      at.map((end) => seed.slice(0, end)),
      fc.array(fc.tuple(at, fc.nat(255)), { minLength: 1, maxLength: 20 }).map((edits) => {
        const copy = seed.slice()
        for (const [i, byte] of edits) copy[i] = byte
        return copy
      }),
      fc.tuple(at, fc.uint8Array({ minLength: 1, maxLength: 200 })).map(([i, chunk]) => {
        const copy = new Uint8Array(seed.length + chunk.length)
        copy.set(seed.subarray(0, i))
        copy.set(chunk, i)
        copy.set(seed.subarray(i), i + chunk.length)
        return copy
      })
    )
  }
  return fc.oneof(...inputs)
}

/** Checks one input against every property; throws (fails the property) when one does not hold. */
export async function checkFileInput<T>(spec: FileReaderSpec<T>, bytes: Uint8Array, budgetMs: number): Promise<void> {
  const original = bytes.slice()
  const before = await spec.storage?.snapshot()
  const started = performance.now()
  let result: { value: T } | undefined
  try {
    result = { value: await spec.read(bytes, spec.fileName) }
  } catch (error) {
    if (!spec.isRefusal(error)) throw new Error(`${spec.name} crashed instead of refusing the file: ${String(error)}`, { cause: error })
    expect((error as Error).message).toContain(`“${spec.fileName}”`)
  }
  const elapsed = performance.now() - started
  expect(elapsed, `${spec.name} took ${Math.round(elapsed)} ms on ${bytes.length} bytes`).toBeLessThan(budgetMs)
  expect(bytes).toEqual(original)
  if (!spec.storage || !before) return
  const intended = new Set(result ? ((await spec.storage.keep(result.value)) ?? []) : [])
  const after = await spec.storage.snapshot()
  if (!result) expect(after).toEqual(before)
  for (const [key, record] of before) if (!intended.has(key)) expect(after.get(key), key).toEqual(record)
}

/** Registers the test: arbitrary input neither crashes the reader, nor hangs it, nor changes stored data. */
export function describeFileReader<T>(spec: FileReaderSpec<T>, options: PropertyOptions = {}): void {
  const { numRuns = 60, budgetMs = 10_000 } = options
  it(`${spec.name}: arbitrary input neither crashes, hangs, nor changes stored data`, { timeout: 180_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fileInputs(spec), (bytes) => checkFileInput(spec, bytes, budgetMs)),
      { numRuns }
    )
  })
}
