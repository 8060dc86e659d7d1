import { contextBridge, ipcRenderer } from 'electron'
import { BRIDGE_CHANNELS, BRIDGE_GLOBAL, type BridgeApi } from '../../shared/ipc/contract'

/**
 * The whole bridge: one named function per contract channel, nothing generic. A renderer that
 * runs foreign code can still only ask for these few things, and main checks each request.
 */
const api: BridgeApi = {
  saveFile: (request) => ipcRenderer.invoke(BRIDGE_CHANNELS.saveFile, request),
  openFile: (request) => ipcRenderer.invoke(BRIDGE_CHANNELS.openFile, request),
  appInfo: () => ipcRenderer.invoke(BRIDGE_CHANNELS.appInfo),
  openAudienceWindow: (request) => ipcRenderer.invoke(BRIDGE_CHANNELS.openAudienceWindow, request),
  closeAudienceWindow: () => ipcRenderer.invoke(BRIDGE_CHANNELS.closeAudienceWindow),
  startRoom: (request) => ipcRenderer.invoke(BRIDGE_CHANNELS.startRoom, request),
  stopRoom: () => ipcRenderer.invoke(BRIDGE_CHANNELS.stopRoom)
}

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, api)
