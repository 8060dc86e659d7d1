import { contextBridge, ipcRenderer } from 'electron'
import { BRIDGE_CHANNELS, BRIDGE_GLOBAL, type BridgeApi } from '../../shared/ipc/contract'

/**
 * The whole bridge: one named function per contract channel, nothing generic. A renderer that
 * runs foreign code can still only ask for these three things, and main checks each request.
 */
const api: BridgeApi = {
  saveFile: (request) => ipcRenderer.invoke(BRIDGE_CHANNELS.saveFile, request),
  openFile: (request) => ipcRenderer.invoke(BRIDGE_CHANNELS.openFile, request),
  appInfo: () => ipcRenderer.invoke(BRIDGE_CHANNELS.appInfo)
}

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, api)
