import type { ThemataApi } from '@shared/ipc/contract'
import type { Host } from './host'
import { oversizeOutcome } from './oversize'

export function desktopHost(api: ThemataApi): Host {
  return {
    kind: 'desktop',
    openArticle: () => api.openArticle(),
    async importFile(file) {
      // Refused here so a huge drop never crosses IPC at all.
      const oversize = oversizeOutcome(file)
      if (oversize) return oversize
      return api.importArticle({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })
    },
    saveReport: (suggestedName, extension, content) => api.saveReport({ suggestedName, extension, content }),
    printReport: (suggestedName, title, html) => api.printReport({ suggestedName, title, html }),
    openCodebook: () => api.openCodebook(),
    saveCodebook: (suggestedName, format, text) => api.saveCodebook({ suggestedName, format, text }),
    saveAnnotations: (suggestedName, json) => api.saveAnnotations({ suggestedName, json }),
    openAnnotations: () => api.openAnnotations(),
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    onImportProgress: (listener) => api.onImportProgress(listener)
  }
}
