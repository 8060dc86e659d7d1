/**
 * The browser's localStorage, or null where browser settings block it: then the app still works
 * and only forgets what it keeps there (the UI language, the list's first frame).
 */
export function localStore(): Storage | null {
  try {
    return globalThis.localStorage ?? null
  } catch {
    return null
  }
}
