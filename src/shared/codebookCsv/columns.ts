/** The codebook CSV's columns, in the order they are written. */
export const CSV_COLUMNS = ['name', 'parent path', 'colour', 'description'] as const

export type CsvColumn = (typeof CSV_COLUMNS)[number]

/** Headers read as each column (lower case, spaces folded): US spelling and shorter forms too. */
export const HEADER_ALIASES: Record<string, CsvColumn> = {
  name: 'name',
  theme: 'name',
  code: 'name',
  'parent path': 'parent path',
  parent: 'parent path',
  path: 'parent path',
  colour: 'colour',
  color: 'colour',
  description: 'description'
}
