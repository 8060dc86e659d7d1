import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join as joinPath } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { PARTICIPANT_PAGE_CSP } from '../../../electron/room/participant-page'
import { closeAll, startRoom } from './room-client'

afterEach(closeAll)

/** A stand-in for the built page (the real build is served in test/e2e/room-phone.e2e.ts). */
let dir: string
const HTML = '<!doctype html><script type="module" src="./assets/index-abc123.js"></script>'
const SCRIPT = 'console.log("phone")'

beforeAll(() => {
  dir = mkdtempSync(joinPath(tmpdir(), 'participant-page-'))
  mkdirSync(joinPath(dir, 'assets'))
  mkdirSync(joinPath(dir, '.vite'))
  writeFileSync(joinPath(dir, 'index.html'), HTML)
  writeFileSync(joinPath(dir, 'assets/index-abc123.js'), SCRIPT)
  writeFileSync(joinPath(dir, 'assets/index-abc123.css'), 'body{}')
  writeFileSync(joinPath(dir, '.vite/manifest.json'), '{}')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe("the room serves the participants' page", () => {
  it('at /r/<secret>/ under the strict page CSP, never kept by the phone', async () => {
    const server = await startRoom({ participantDir: dir })
    const response = await fetch(server.participantUrls()[0])
    expect(response.status).toBe(200)
    expect(await response.text()).toBe(HTML)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(PARTICIPANT_PAGE_CSP)
    expect(PARTICIPANT_PAGE_CSP).toContain("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:")
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('x-frame-options')).toBe('DENY')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toBe('no-referrer')
  })

  it('its hashed assets with immutable caching, and the API keeps its own policy', async () => {
    const server = await startRoom({ participantDir: dir })
    const script = await fetch(`${server.participantUrls()[0]}assets/index-abc123.js`)
    expect([script.status, await script.text()]).toEqual([200, SCRIPT])
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    const style = await fetch(`${server.participantUrls()[0]}assets/index-abc123.css`)
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8')
    const join = await fetch(`${server.participantUrls()[0]}join`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"team":"sales"}' })
    expect(join.headers.get('content-security-policy')).toMatch(/^default-src 'none'/)
    expect(join.headers.get('content-security-policy')).not.toContain('script-src')
  })

  it('nothing else of the directory, nothing outside it, and nothing under a wrong or old secret', async () => {
    const server = await startRoom({ participantDir: dir })
    const base = server.participantUrls()[0]
    const neverExisted = await fetch(`${base}no-such-path`)
    const plain = { status: neverExisted.status, body: await neverExisted.text() }
    expect(plain).toEqual({ status: 404, body: '{"error":"notFound"}' })
    const old = base
    server.rotateSecret()
    const origin = new URL(base).origin
    for (const url of [
      `${base}.vite/manifest.json`,
      `${base}assets/..%2Findex.html`,
      `${base}assets/..%2F..%2Fpackage.json`,
      `${base}assets/missing.js`,
      old,
      `${old}assets/index-abc123.js`,
      `${origin}/r/AAAAAAAAAAAAAAAAAAAAAA/`,
      `${origin}/r/AAAAAAAAAAAAAAAAAAAAAA`
    ]) {
      const response = await fetch(url, { redirect: 'manual' })
      expect({ url, status: response.status, body: await response.text() }).toEqual({ url, ...plain })
    }
    expect((await fetch(server.participantUrls()[0])).status).toBe(200)
  })

  it('sends an address without its trailing slash to the page', async () => {
    const server = await startRoom({ participantDir: dir })
    const response = await fetch(server.participantUrls()[0].replace(/\/$/, ''), { redirect: 'manual' })
    expect(response.status).toBe(301)
    expect(response.headers.get('location')).toBe(`/r/${server.secret}/`)
  })

  it('refuses to open without the page it was given', async () => {
    await expect(startRoom({ participantDir: joinPath(dir, 'assets') })).rejects.toThrow(/no index\.html/)
  })

  it('serves only its API when given no page', async () => {
    const server = await startRoom()
    expect((await fetch(server.participantUrls()[0])).status).toBe(404)
  })
})
