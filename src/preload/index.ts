/** Exposes exactly the IPC contract as `window.themata`; every request and response is validated here too. */
import { contextBridge, ipcRenderer } from 'electron'
import { validatedApi } from '@shared/ipc/validatedApi'

const api = validatedApi({
  invoke: (channel, request) => ipcRenderer.invoke(channel, request),
  on(channel, listener) {
    const handler = (_event: Electron.IpcRendererEvent, payload: unknown): void => listener(payload)
    ipcRenderer.on(channel, handler)
    return () => ipcRenderer.removeListener(channel, handler)
  }
})

contextBridge.exposeInMainWorld('themata', api)
