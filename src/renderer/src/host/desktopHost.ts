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
    saveReport: (suggestedName, html) => api.saveReport({ suggestedName, html }),
    openCodebook: () => api.openCodebook(),
    saveCodebook: (suggestedName, format, text) => api.saveCodebook({ suggestedName, format, text }),
    saveAnnotations: (suggestedName, json) => api.saveAnnotations({ suggestedName, json }),
    openAnnotations: () => api.openAnnotations(),
    openProjectFile: (purpose) => api.openProjectFile({ purpose }),
    saveProjectFile: (suggestedName, format, bytes) => api.saveProjectFile({ suggestedName, format, bytes }),
    saveAutoBackup: (fileName, bytes) => api.saveAutoBackup({ fileName, bytes }),
    listAutoBackups: () => api.listAutoBackups(),
    readAutoBackup: (fileName) => api.readAutoBackup({ fileName }),
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    onImportProgress: (listener) => api.onImportProgress(listener)
  }
}
