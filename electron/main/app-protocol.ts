import { readFile } from 'node:fs/promises'
import { extname, join, resolve, sep } from 'node:path'
import { protocol } from 'electron'
import { CONTENT_SECURITY_POLICY_HEADER } from '../../shared/security/csp'

/**
 * The renderer is served from app://smarketing/ rather than file://. A fixed, standard origin
 * keeps IndexedDB (all saved workshops) in one place across versions and install folders, and
 * lets the CSP say 'self' without trusting the whole file system.
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'smarketing'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/**
 * Chromium only honours this before the app is ready. `codeCache`: V8 keeps the compiled code of
 * the app's scripts between starts, as it does for http(s) pages, instead of compiling them again
 * at every start (SPEC §9 start-up); it needs `standard`.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true }
    }
  ])
}

/** Needs the app to be ready. */
export function serveAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rendererDir))
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm'
}

function contentTypeOf(filePath: string): string {
  return CONTENT_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream'
}

function responseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
    // Without it Chromium may sniff a mislabelled file into something executable.
    'X-Content-Type-Options': 'nosniff'
  }
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: responseHeaders('text/plain; charset=utf-8') })
}

/** What the handler reads of a request; Electron passes a full fetch Request. */
export type AppRequest = Pick<Request, 'url' | 'method'>

export function createAppRequestHandler(rendererDir: string): (request: AppRequest) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers: responseHeaders('text/plain; charset=utf-8') })
    }
    const filePath = resolveAppFile(request.url, rendererDir)
    if (filePath === null) return notFound()
    let bytes: Uint8Array<ArrayBuffer>
    try {
      bytes = new Uint8Array(await readFile(filePath))
    } catch {
      // Missing file or a folder: both are simply "not here" for the renderer.
      return notFound()
    }
    const body = request.method === 'HEAD' ? null : bytes
    return new Response(body, { status: 200, headers: responseHeaders(contentTypeOf(filePath)) })
  }
}

// Scheme and host are plain letters, so they need no escaping inside the pattern.
const APP_URL = new RegExp(`^${APP_ORIGIN}(/[^?#]*)?(?:[?#].*)?$`)

/**
 * The file inside `rendererDir` that an app:// URL names, or null when the URL must not be served.
 *
 * Works on the raw URL text rather than on a parsed URL: the URL parser silently folds `..` and
 * `%2e%2e` away, which would turn an attack into a request for some other file instead of a
 * refusal. Every segment is decoded once and refused if it could climb or split a path.
 */
export function resolveAppFile(requestUrl: string, rendererDir: string): string | null {
  const match = APP_URL.exec(requestUrl)
  if (match === null) return null
  const root = resolve(rendererDir)
  const rawPath = match[1] ?? '/'
  if (rawPath === '/') return join(root, 'index.html')

  const segments: string[] = []
  for (const rawSegment of rawPath.slice(1).split('/')) {
    const segment = decodeSegment(rawSegment)
    if (segment === null) return null
    segments.push(segment)
  }
  const filePath = join(root, ...segments)
  // Belt and braces: whatever slipped through above still cannot leave the folder.
  return filePath.startsWith(root + sep) ? filePath : null
}

// Separators (also encoded), NUL and other control characters, and ':' (drive letters and NTFS
// alternate streams) never appear in the names of built renderer files.
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const FORBIDDEN_IN_SEGMENT = /[/\\:\u0000-\u001f\u007f]/

function decodeSegment(rawSegment: string): string | null {
  let segment: string
  try {
    segment = decodeURIComponent(rawSegment)
  } catch {
    return null
  }
  if (segment === '' || segment === '.' || segment === '..') return null
  if (FORBIDDEN_IN_SEGMENT.test(segment)) return null
  return segment
}
