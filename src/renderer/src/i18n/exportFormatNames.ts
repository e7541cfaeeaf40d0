import type { ExportFormat } from '@shared/export/formats'
import type { MessageKey } from '@shared/i18n/format'

/** Each export format's name in the catalogue. */
export const EXPORT_FORMAT_NAMES: Readonly<Record<ExportFormat, MessageKey>> = {
  html: 'exportFormat.html',
  pdf: 'exportFormat.pdf',
  docx: 'exportFormat.docx',
  md: 'exportFormat.md',
  csv: 'exportFormat.csv',
  xlsx: 'exportFormat.xlsx',
  'codebook-html': 'exportFormat.codebookHtml',
  'codebook-docx': 'exportFormat.codebookDocx',
  'codebook-md': 'exportFormat.codebookMd'
}
