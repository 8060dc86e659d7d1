import { expect, it, vi } from 'vitest'

it('zod learns from the start-up module not to probe eval, which the CSP forbids', async () => {
  await import('../../../renderer/app/zod-jitless')
  const { globalConfig } = await import('zod/v4/core')
  const { z } = await import('zod')
  expect(globalConfig.jitless).toBe(true)
  const probe = vi.spyOn(globalThis, 'Function')
  expect(z.object({ name: z.string(), count: z.number() }).parse({ name: 'a', count: 1 })).toEqual({ name: 'a', count: 1 })
  expect(probe).not.toHaveBeenCalled()
})
