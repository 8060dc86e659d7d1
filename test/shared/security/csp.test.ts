import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY_HEADER, CONTENT_SECURITY_POLICY_META } from '../../../shared/security/csp'

/**
 * The policy written out here in full, by hand: a change to it — `'unsafe-eval'` for a library,
 * `'unsafe-inline'` for a style, a remote origin — fails this test and has to be argued for.
 */
const EXPECTED_META =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
  "connect-src 'self' http://127.0.0.1:*; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; " +
  "form-action 'none'; frame-src 'none'"

describe('the Content-Security-Policy', () => {
  it('is exactly the strict policy in the page', () => {
    expect(CONTENT_SECURITY_POLICY_META).toBe(EXPECTED_META)
  })

  it('adds only frame-ancestors in the header, which browsers ignore in a meta element', () => {
    expect(CONTENT_SECURITY_POLICY_HEADER).toBe(`${EXPECTED_META}; frame-ancestors 'none'`)
  })

  it('allows no eval, no inline code or style and no remote origin', () => {
    for (const policy of [CONTENT_SECURITY_POLICY_META, CONTENT_SECURITY_POLICY_HEADER]) {
      // The room server on loopback is the one exception, in connect-src alone.
      const rest = policy.replace("connect-src 'self' http://127.0.0.1:*;", "connect-src 'self';")
      expect(rest).not.toBe(policy)
      expect(rest).not.toMatch(/unsafe-|https?:|\*|wss?:|127\.|localhost/)
    }
  })

  it('lets the page reach loopback only, not the room’s network or any other host', () => {
    const connect = CONTENT_SECURITY_POLICY_META.split('; ').find((directive) => directive.startsWith('connect-src '))
    expect(connect?.split(' ').slice(1)).toEqual(["'self'", 'http://127.0.0.1:*'])
  })
})
