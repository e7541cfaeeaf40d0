/** The project's themes as a codebook file in one of the formats Themata writes. */
import type { Tag } from '../annotation'
import { writeCodebookCsv } from '../codebookCsv/writeCodebookCsv'
import { writeQdc } from '../qdc/writeQdc'
import { slugFileName } from '../report/fileName'
import { CODEBOOK_FORMATS, type CodebookFormat } from './formats'
import { codebookTree } from './tree'

export function writeCodebookFile(format: CodebookFormat, tags: readonly Tag[], origin = 'Themata'): string {
  const tree = codebookTree(tags)
  return format === 'qdc' ? writeQdc(tree, origin) : writeCodebookCsv(tree)
}

/** "my-project-codebook.qdc": a name every desktop file system accepts. */
export function codebookFileName(projectName: string, format: CodebookFormat): string {
  return slugFileName(projectName, `-codebook${CODEBOOK_FORMATS[format].extension}`)
}
