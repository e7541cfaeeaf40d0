/** Browser mode's saving: a download, and PDF through the browser's own print dialog. */
import type { ReportExtension, SaveOutcome } from '@shared/ipc/contract'
import { t } from '../i18n/i18n.svelte'

const TYPES: Record<ReportExtension, string> = {
  html: 'text/html;charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
}

/** Saves by download: the browser puts the file in its downloads folder. */
export function downloadBlob(suggestedName: string, blob: Blob): SaveOutcome {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = suggestedName
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
  return { status: 'saved', path: suggestedName }
}

export function download(suggestedName: string, extension: ReportExtension, content: string | Uint8Array<ArrayBuffer>): SaveOutcome {
  return downloadBlob(suggestedName, new Blob([content], { type: TYPES[extension] }))
}

/**
 * Opens the browser's print dialog on the report alone, where "Save as PDF" makes the PDF. The
 * report sits in a hidden frame that runs no script (sandboxed, same origin only so this page may
 * ask it to print); the frame goes once printing is over.
 */
export function printInPage(suggestedName: string, html: string): Promise<SaveOutcome> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe')
    frame.setAttribute('sandbox', 'allow-same-origin allow-modals')
    frame.dataset['role'] = 'print-report'
    frame.title = suggestedName
    frame.style.cssText = 'position: fixed; width: 0; height: 0; border: 0; visibility: hidden'
    frame.addEventListener(
      'load',
      () => {
        const view = frame.contentWindow
        if (!view) {
          frame.remove()
          resolve({ status: 'failed', message: t('reportDialog.browserWouldNotPrint') })
          return
        }
        view.addEventListener('afterprint', () => setTimeout(() => frame.remove(), 1000), { once: true })
        view.print()
        resolve({ status: 'saved', path: suggestedName })
      },
      { once: true }
    )
    frame.srcdoc = html
    document.body.append(frame)
  })
}
