import { APP_ENTRY_URL, APP_ORIGIN } from './app-protocol'

/** Where the window loads the UI from, and therefore which origins may talk to main. */
export interface RendererSource {
  entryUrl: string
  /** True under `electron-vite dev`: the UI comes from the Vite dev server. */
  isDevServer: boolean
  trustedOrigins: readonly string[]
}

/**
 * `ELECTRON_RENDERER_URL` is set by `electron-vite dev`. A packaged app ignores it: otherwise
 * anyone able to set an environment variable could point the window, preload bridge included,
 * at a page of their choice.
 */
export function rendererSource(env: NodeJS.ProcessEnv, isPackaged: boolean): RendererSource {
  const devUrl = isPackaged ? undefined : env.ELECTRON_RENDERER_URL
  const devOrigin = devUrl === undefined ? null : originOf(devUrl)
  if (devUrl === undefined || devOrigin === null) {
    return { entryUrl: APP_ENTRY_URL, isDevServer: false, trustedOrigins: [APP_ORIGIN] }
  }
  return { entryUrl: devUrl, isDevServer: true, trustedOrigins: [APP_ORIGIN, devOrigin] }
}

/**
 * `scheme://host[:port]`, or null for an unparsable URL. Built by hand because WHATWG `URL.origin`
 * is the string "null" for schemes it does not know, such as our app://.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url)
    return parsed.host === '' ? null : `${parsed.protocol}//${parsed.host}`
  } catch {
    return null
  }
}

export function isTrustedUrl(url: string, trustedOrigins: readonly string[]): boolean {
  const origin = originOf(url)
  return origin !== null && trustedOrigins.includes(origin)
}
