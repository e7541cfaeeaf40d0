/** Codebook exchange in one import, so the app loads the parsers (XML, zip, CSV) only when they are used. */
export { CodebookFileError } from './errors'
export { mergeCodebook, type CodebookMerge, type CodebookMergeReport } from './merge'
export { importSummary } from './summary'
export { readCodebookFile } from './readCodebookFile'
export { codebookFileName, writeCodebookFile } from './writeCodebookFile'
export { countNodes, type CodebookNode } from './tree'
