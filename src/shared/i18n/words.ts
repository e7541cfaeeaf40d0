/**
 * A sentence for people kept as a catalogue message and what fills it in, so whoever shows it
 * words it in the reader's language (`say(words, t)`), while the CLI and the logs get the English.
 * A value may itself be words ("not imported: {reason}"), worded in the same language, or a list
 * of values, worded one by one and joined with commas.
 */
import { english, type MessageKey, type Translate } from './format'

export type WordValue = string | number | Date | Words | readonly WordValue[]

export interface Words {
  readonly key: MessageKey
  readonly values?: Readonly<Record<string, WordValue>>
}

export function words(key: MessageKey, values?: Readonly<Record<string, WordValue>>): Words {
  return values === undefined ? { key } : { key, values }
}

function worded(value: WordValue, t: Translate): string | number | Date {
  if (typeof value !== 'object' || value instanceof Date) return value
  return isList(value) ? value.map((item) => worded(item, t)).join(', ') : say(value, t)
}

const isList = (value: Words | readonly WordValue[]): value is readonly WordValue[] => Array.isArray(value)

/** The sentence in the language of `t` (English unless told). */
export function say(sentence: Words, t: Translate = english): string {
  const values: Record<string, string | number | Date> = {}
  for (const [name, value] of Object.entries(sentence.values ?? {})) values[name] = worded(value, t)
  return t(sentence.key, values)
}

/** A reason in a report: the English (the CLI prints it) and its words (the app shows them in the reader's language). */
export interface Reason {
  reason: string
  words: Words
}

export function reason(key: MessageKey, values?: Readonly<Record<string, WordValue>>): Reason {
  const sentence = words(key, values)
  return { reason: say(sentence), words: sentence }
}

/** An error whose message is one sentence for people: English in `message`, any language through `words`. */
export class WordedError extends Error {
  // A plain field, not a parameter property: the CLI runs this file with Node's type stripping.
  readonly words: Words

  constructor(sentence: Words, options?: ErrorOptions) {
    super(say(sentence), options)
    this.words = sentence
  }
}

/** What went wrong, in the language of `t`: a worded error's sentence, else the error's own message. */
export function describeError(error: unknown, t: Translate = english): string {
  if (error instanceof WordedError) return say(error.words, t)
  return error instanceof Error ? error.message : String(error)
}

/** A worded error about one file, whose sentence names it. */
export class FileError extends WordedError {
  // A plain field, not a parameter property: the CLI runs this file with Node's type stripping.
  readonly fileName: string

  constructor(fileName: string, sentence: Words, options?: ErrorOptions) {
    super(sentence, options)
    this.fileName = fileName
  }
}

/** The sentence `key` about a file, its `name` filled in with the file's. */
export function aboutFile(fileName: string, key: MessageKey, values?: Readonly<Record<string, WordValue>>): Words {
  return { key, values: { name: fileName, ...values } }
}
