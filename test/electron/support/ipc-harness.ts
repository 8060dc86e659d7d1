import { APP_ENTRY_URL, APP_ORIGIN } from '../../../electron/main/app-protocol'
import { createAudienceWindow } from '../../../electron/main/audience-window'
import { appWindowFor, createSecureWindow } from '../../../electron/main/windows'
import { registerIpcHandlers } from '../../../electron/ipc/register'
import { createRoomHost, type RoomHost } from '../../../electron/room/room-host'
import { BrowserWindow, eventFrom, FakeWebContents, type FakeInvokeEvent } from './fake-electron'

/**
 * The IPC handlers wired as in the app: registered once, trusting app:// only, answering for
 * windows made by createSecureWindow, with the audience window loading the packaged entry and the
 * room on loopback. Call `registerForTest` once per test file; it returns the room host.
 */
export function registerForTest(): RoomHost {
  // The room on loopback only, whatever networks the test machine has.
  const room = createRoomHost({ hosts: ['127.0.0.1'] })
  registerIpcHandlers({ trustedOrigins: [APP_ORIGIN], windowFor: appWindowFor }, { audience: createAudienceWindow(APP_ENTRY_URL), room })
  return room
}

/** One of our windows, showing our UI, as the fake that tests can drive. */
export function openAppWindow(): BrowserWindow {
  createSecureWindow({})
  const window = BrowserWindow.instances.at(-1)
  if (window === undefined) throw new Error('createSecureWindow made no window')
  window.webContents.mainFrame.url = APP_ENTRY_URL
  return window
}

/** Messages that must be refused whatever they ask: each makes its event when the test runs. */
export function untrustedSenders(main: () => BrowserWindow): Array<[string, () => FakeInvokeEvent]> {
  return [
    [
      'a webContents that is not one of our windows',
      () => {
        const stranger = new FakeWebContents()
        stranger.mainFrame.url = 'app://smarketing/index.html'
        return eventFrom(stranger)
      }
    ],
    [
      'our window after navigating to a foreign page',
      () => {
        main().webContents.mainFrame.url = 'https://attacker.example/'
        return eventFrom(main().webContents)
      }
    ],
    [
      'an iframe inside our window',
      () => ({
        sender: main().webContents,
        senderFrame: { url: 'app://smarketing/index.html', parent: main().webContents.mainFrame, processId: 1, frameToken: 'child' }
      })
    ]
  ]
}
