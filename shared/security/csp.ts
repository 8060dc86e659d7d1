/**
 * The Content-Security-Policy of every window and of the browser edition.
 * No remote origin appears anywhere: the app is offline by design (SPEC §2, §8). The one
 * connection beyond the page's own origin is to the app's own room server (issue 14), which the
 * page reaches on loopback at a port chosen when the room opens — hence the port wildcard, and
 * plain HTTP, which browsers treat as trustworthy on 127.0.0.1.
 */
const ROOM_SERVER_SOURCE = 'http://127.0.0.1:*'

const directives: Record<string, string> = {
  'default-src': "'none'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'font-src': "'self'",
  'connect-src': `'self' ${ROOM_SERVER_SOURCE}`,
  'worker-src': "'self'",
  'manifest-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-src': "'none'"
}

/** Directives that browsers honour only in an HTTP header, never in a meta element. */
const headerOnly: Record<string, string> = {
  'frame-ancestors': "'none'"
}

function serialise(entries: Record<string, string>): string {
  return Object.entries(entries)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ')
}

/** For the `Content-Security-Policy` response header (Electron's app:// protocol). */
export const CONTENT_SECURITY_POLICY_HEADER = serialise({ ...directives, ...headerOnly })

/** For the `<meta http-equiv>` element of the built index.html (browser edition). */
export const CONTENT_SECURITY_POLICY_META = serialise(directives)
