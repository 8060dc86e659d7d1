import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, sep } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  createAppRequestHandler,
  registerAppScheme,
  resolveAppFile
} from '../../../electron/main/app-protocol'
import { CONTENT_SECURITY_POLICY_HEADER } from '../../../shared/security/csp'
import { protocol } from '../support/fake-electron'

vi.mock('electron', () => import('../support/fake-electron'))

const ROOT = '/srv/out/renderer'

describe('resolveAppFile', () => {
  it('serves index.html for the root and the entry URL', () => {
    expect(resolveAppFile('app://smarketing/', ROOT)).toBe(`${ROOT}/index.html`)
    expect(resolveAppFile('app://smarketing', ROOT)).toBe(`${ROOT}/index.html`)
    expect(resolveAppFile(APP_ENTRY_URL, ROOT)).toBe(`${ROOT}/index.html`)
    expect(resolveAppFile('app://smarketing/?lang=de#/workshops', ROOT)).toBe(`${ROOT}/index.html`)
  })

  it('maps nested files inside the folder, decoding ordinary escapes once', () => {
    expect(resolveAppFile('app://smarketing/assets/index-abc.js', ROOT)).toBe(`${ROOT}/assets/index-abc.js`)
    expect(resolveAppFile('app://smarketing/assets/my%20font.woff2?v=1', ROOT)).toBe(`${ROOT}/assets/my font.woff2`)
  })

  it.each([
    ['plain ..', 'app://smarketing/../secret.txt'],
    ['.. deeper in', 'app://smarketing/assets/../../secret.txt'],
    // Lands inside the folder, yet is refused: traversal is an attack, not a path to tidy up.
    ['.. that stays inside', 'app://smarketing/assets/../index.html'],
    ['a single dot', 'app://smarketing/./index.html'],
    ['encoded ..', 'app://smarketing/%2e%2e/secret.txt'],
    ['upper-case encoded ..', 'app://smarketing/%2E%2E/secret.txt'],
    ['half encoded ..', 'app://smarketing/.%2e/secret.txt'],
    ['encoded slash', 'app://smarketing/assets%2F..%2F..%2Fsecret.txt'],
    ['encoded slash, lower case', 'app://smarketing/..%2fsecret.txt'],
    ['backslash', 'app://smarketing/..\\secret.txt'],
    ['encoded backslash', 'app://smarketing/..%5Csecret.txt'],
    ['NUL byte', 'app://smarketing/index.html\u0000.png'],
    ['encoded NUL', 'app://smarketing/index.html%00.png'],
    ['drive letter', 'app://smarketing/C:%5CWindows%5Cwin.ini'],
    ['NTFS stream', 'app://smarketing/index.html::$DATA'],
    ['empty segment', 'app://smarketing/assets//index.js'],
    ['folder with trailing slash', 'app://smarketing/assets/'],
    ['broken escape', 'app://smarketing/%E0%A4%A'],
    ['wrong host', 'app://evil/index.html'],
    ['host with suffix', 'app://smarketing.evil.example/index.html'],
    ['host with port', 'app://smarketing:8080/index.html'],
    ['user info', 'app://user@smarketing/index.html'],
    ['upper-case host', 'app://SMARKETING/index.html'],
    ['other scheme', 'file:///etc/passwd'],
    ['http lookalike', 'http://smarketing/index.html']
  ])('refuses %s', (_name, url) => {
    expect(resolveAppFile(url, ROOT)).toBeNull()
  })

  it('never resolves to a path outside the folder, whatever the URL', () => {
    const segment = fc.constantFrom('..', '.', '%2e%2e', '%2E.', '%2f', '%5c', '\\', '%00', 'a', 'index.html', '', ':')
    fc.assert(
      fc.property(fc.array(fc.oneof(segment, fc.string()), { maxLength: 6 }), (parts) => {
        const resolved = resolveAppFile(`${APP_ORIGIN}/${parts.join('/')}`, ROOT)
        return resolved === null || resolved.startsWith(ROOT + sep)
      }),
      { numRuns: 2000 }
    )
  })
})

describe('app:// request handler', () => {
  let base = ''
  let rendererDir = ''
  const handler = (): ReturnType<typeof createAppRequestHandler> => createAppRequestHandler(rendererDir)

  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'smarketing-protocol-'))
    rendererDir = join(base, 'renderer')
    await mkdir(join(rendererDir, 'assets'), { recursive: true })
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Smarketing</title>')
    await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)')
    await writeFile(join(rendererDir, 'assets', 'app.css'), 'body{}')
    await writeFile(join(rendererDir, 'assets', 'logo.svg'), '<svg/>')
    // A file right next to the served folder: the classic target of a traversal.
    await writeFile(join(base, 'secret.txt'), 'TOP SECRET')
  })

  afterAll(async () => {
    await rm(base, { recursive: true, force: true })
  })

  it('serves index.html for / with the CSP header and an HTML content type', async () => {
    const response = await handler()(new Request('app://smarketing/'))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY_HEADER)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.text()).toContain('<title>Smarketing</title>')
  })

  it.each([
    ['assets/app.js', 'text/javascript; charset=utf-8'],
    ['assets/app.css', 'text/css; charset=utf-8'],
    ['assets/logo.svg', 'image/svg+xml']
  ])('serves %s as %s', async (path, type) => {
    const response = await handler()(new Request(`app://smarketing/${path}`))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(type)
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY_HEADER)
  })

  it.each(['app://smarketing/%2e%2e/secret.txt', 'app://smarketing/..%2Fsecret.txt', 'app://smarketing/..%5Csecret.txt'])(
    'answers 404 without leaking the neighbouring file for %s',
    async (url) => {
      // A plain object, because `new Request` would already fold some of these URLs.
      const response = await handler()({ url, method: 'GET' })
      expect(response.status).toBe(404)
      expect(await response.text()).not.toContain('TOP SECRET')
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY_HEADER)
    }
  )

  it('answers 404 for missing files and for folders', async () => {
    expect((await handler()(new Request('app://smarketing/nope.js'))).status).toBe(404)
    expect((await handler()(new Request('app://smarketing/assets'))).status).toBe(404)
  })

  it('refuses methods other than GET and HEAD', async () => {
    const response = await handler()(new Request('app://smarketing/', { method: 'POST', body: 'x' }))
    expect(response.status).toBe(405)
  })
})

describe('registerAppScheme', () => {
  it('registers app:// as standard, secure, fetch-capable, streaming and with V8 code cache', () => {
    registerAppScheme()
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true } }
    ])
  })
})
