/** Codebook files refused in one sentence: English for the CLI, the reader's language in the app. */
import { strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { translator } from '../i18n/format'
import { describeError } from '../i18n/words'
import { CodebookFileError } from './errors'
import { readCodebookFile } from './readCodebookFile'

const ru = translator('ru')
const qdc = (codes: string): Uint8Array => strToU8(`<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>${codes}</Codes></CodeBook>`)
const G = '7c2d3c1e-1111-4a5b-9c3d-000000000001'

const cases: [string, Uint8Array, string, string, string][] = [
  ['an empty file', new Uint8Array(), 'c.qdc', '“c.qdc” is empty — there is no codebook in it.', '«c.qdc» пуст — кодовой книги в нём нет.'],
  [
    'a CSV without a name column',
    strToU8('colour,description\n#ff0000,red'),
    'c.csv',
    '“c.csv” has no “name” column; its first row must name the columns (name, parent path, colour, description).',
    'В «c.csv» нет столбца «name»; в первой строке должны стоять названия столбцов (name, parent path, colour, description).'
  ],
  [
    'a CSV theme without a name',
    strToU8('name,colour\nA,#ff0000\n,#00ff00'),
    'c.csv',
    '“c.csv” has a theme without a name on row 3, so it cannot be imported.',
    'В «c.csv» в строке 3 есть тема без названия, поэтому файл нельзя импортировать.'
  ],
  [
    'a nameless code under another',
    qdc(`<Code guid="${G}" name="Экономика"><Code name=" "/></Code>`),
    'c.qdc',
    '“c.qdc” has a code without a name (under “Экономика”), so it cannot be imported.',
    'В «c.qdc» есть код без названия (внутри «Экономика»), поэтому файл нельзя импортировать.'
  ],
  [
    'two codes with one GUID',
    qdc(`<Code guid="${G}" name="A"/><Code guid="${G}" name="B"/>`),
    'c.qdc',
    `“c.qdc” is malformed: the codes “A” and “B” share the GUID ${G}.`,
    `«c.qdc» составлен неверно: у кодов «A» и «B» один и тот же GUID ${G}.`
  ],
  [
    'a web page saved as .qdc',
    strToU8('<html><body/></html>'),
    'page.qdc',
    '“page.qdc” is not a REFI-QDA codebook: its root element is <html>, not <CodeBook> in urn:QDA-XML:codebook:1.0.',
    '«page.qdc» — не кодовая книга REFI-QDA: его корневой элемент — <html>, а нужен <CodeBook> из urn:QDA-XML:codebook:1.0.'
  ],
  [
    'a web page saved as .qdpx',
    strToU8('<!DOCTYPE html><html></html>'),
    'page.qdpx',
    '“page.qdpx” is not a zip archive, so it is not a REFI-QDA project (.qdpx).',
    '«page.qdpx» — не zip-архив, а значит, не проект REFI-QDA (.qdpx).'
  ],
  ['binary data', new Uint8Array(64).fill(0), 'c.csv', '“c.csv” looks like binary data, not text.', '«c.csv» похож на двоичные данные, а не на текст.']
]

describe('codebook files Themata cannot read', () => {
  it.each(cases)('%s: one sentence, in English and in Russian', (_what, bytes, name, english, russian) => {
    let error: unknown = null
    try {
      readCodebookFile(bytes, name)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(CodebookFileError)
    expect((error as Error).message).toBe(english)
    expect(describeError(error, ru)).toBe(russian)
  })
})
