import { describe, expect, it, vi } from 'vitest'
import { isTrustedUrl, originOf, rendererSource } from '../../../electron/main/renderer-source'

vi.mock('electron', () => import('../support/fake-electron'))

describe('rendererSource', () => {
  it('loads the app:// entry and trusts only app:// without a dev server', () => {
    expect(rendererSource({}, false)).toEqual({
      entryUrl: 'app://smarketing/index.html',
      isDevServer: false,
      trustedOrigins: ['app://smarketing']
    })
  })

  it('loads and trusts the electron-vite dev server during development', () => {
    const source = rendererSource({ ELECTRON_RENDERER_URL: 'http://localhost:5173/' }, false)
    expect(source.entryUrl).toBe('http://localhost:5173/')
    expect(source.isDevServer).toBe(true)
    expect(source.trustedOrigins).toEqual(['app://smarketing', 'http://localhost:5173'])
  })

  it('ignores ELECTRON_RENDERER_URL in the packaged app, so the environment cannot redirect it', () => {
    const source = rendererSource({ ELECTRON_RENDERER_URL: 'https://attacker.example/' }, true)
    expect(source.entryUrl).toBe('app://smarketing/index.html')
    expect(source.trustedOrigins).toEqual(['app://smarketing'])
  })
})

describe('originOf and isTrustedUrl', () => {
  it('reads the origin of app:// URLs, which WHATWG URL calls "null"', () => {
    expect(originOf('app://smarketing/index.html#/x')).toBe('app://smarketing')
    expect(originOf('http://localhost:5173/src/main.tsx')).toBe('http://localhost:5173')
    expect(originOf('file:///etc/passwd')).toBeNull()
    expect(originOf('not a url')).toBeNull()
  })

  it.each([
    ['app://smarketing/index.html', true],
    ['app://smarketing.evil/index.html', false],
    ['app://evil/smarketing', false],
    ['https://smarketing/', false],
    ['http://localhost:5173@evil.example/', false],
    ['file:///app/index.html', false]
  ])('%s trusted: %s', (url, trusted) => {
    expect(isTrustedUrl(url, ['app://smarketing'])).toBe(trusted)
  })
})
