import { app } from 'electron'
import type { AppInfo } from '../../shared/ipc/contract'

/** Lets the renderer pick its language and show the version without any Node access. */
export async function appInfo(): Promise<AppInfo> {
  return {
    name: app.getName(),
    version: app.getVersion(),
    platform: process.platform,
    locales: app.getPreferredSystemLanguages()
  }
}
