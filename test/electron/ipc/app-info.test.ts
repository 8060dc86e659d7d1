import { beforeAll, describe, expect, it, vi } from 'vitest'
import { eventFrom, invoke, state } from '../support/fake-electron'
import { openAppWindow, registerForTest } from '../support/ipc-harness'

vi.mock('electron', () => import('../support/fake-electron'))

beforeAll(() => {
  registerForTest()
})

describe('app:info', () => {
  it('answers name, version, platform and the preferred system languages', async () => {
    state.languages = ['de-DE', 'en-US']
    const window = openAppWindow()
    await expect(invoke('app:info', eventFrom(window.webContents))).resolves.toEqual({
      name: 'Smarketing Studio',
      version: '0.1.0',
      platform: process.platform,
      locales: ['de-DE', 'en-US']
    })
  })
})
