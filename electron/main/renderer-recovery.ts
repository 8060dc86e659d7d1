import { app, dialog, type BrowserWindow, type MessageBoxOptions } from 'electron'
import type { MenuLanguage } from './menu'

/**
 * What main does when the window's page dies, fails to load or hangs (SPEC §2 "nothing lost"):
 * it tells the person in their language and brings the page back. Everything typed is already in
 * IndexedDB (autosave), so a reload loses nothing; a crash loop is offered a way out instead of
 * an endless cycle of dialogs.
 */

interface RecoveryTexts {
  crashed: string
  crashedDetail: (reason: string) => string
  crashLoop: string
  loadFailed: string
  loadFailedDetail: (description: string, code: number) => string
  unresponsive: string
  unresponsiveDetail: string
  reload: string
  retry: string
  wait: string
  quit: string
}

const TEXTS: Record<MenuLanguage, RecoveryTexts> = {
  de: {
    crashed: 'Die Arbeitsansicht wurde unerwartet beendet.',
    crashedDetail: (reason) =>
      `Alles, was bis eben eingegeben wurde, ist gespeichert. Smarketing Studio lädt die Ansicht jetzt neu.\n\nUrsache: ${reason}`,
    crashLoop: 'Die Arbeitsansicht ist mehrmals kurz hintereinander abgestürzt. Sie können sie noch einmal neu laden oder Smarketing Studio beenden; Gespeichertes bleibt erhalten.',
    loadFailed: 'Smarketing Studio konnte seine Oberfläche nicht laden.',
    loadFailedDetail: (description, code) =>
      `Bitte versuchen Sie es erneut. Hilft das nicht, installieren Sie die App neu; Ihre Workshops bleiben erhalten.\n\nFehler: ${description} (${code})`,
    unresponsive: 'Smarketing Studio reagiert gerade nicht.',
    unresponsiveDetail: 'Sie können warten oder die Ansicht neu laden. Alles Gespeicherte bleibt erhalten.',
    reload: 'Neu laden',
    retry: 'Erneut versuchen',
    wait: 'Warten',
    quit: 'Beenden'
  },
  en: {
    crashed: 'The workshop view stopped unexpectedly.',
    crashedDetail: (reason) =>
      `Everything typed until a moment ago is saved. Smarketing Studio is reloading the view now.\n\nCause: ${reason}`,
    crashLoop: 'The workshop view has crashed several times in a short while. You can reload it once more or quit Smarketing Studio; everything saved stays saved.',
    loadFailed: 'Smarketing Studio could not load its window.',
    loadFailedDetail: (description, code) =>
      `Please try again. If that does not help, reinstall the app; your workshops stay on this computer.\n\nError: ${description} (${code})`,
    unresponsive: 'Smarketing Studio is not responding.',
    unresponsiveDetail: 'You can wait or reload the view. Everything saved stays saved.',
    reload: 'Reload',
    retry: 'Try again',
    wait: 'Wait',
    quit: 'Quit'
  }
}

/** Chromium's code for a load that was replaced by another navigation: not a failure. */
const ERR_ABORTED = -3

export interface RecoveryOptions {
  language: MenuLanguage
  /** The page to load again after a failed load. */
  entryUrl: string
  /** More crashes than this within `crashWindowMs` count as a loop. */
  maxCrashes?: number
  crashWindowMs?: number
  now?: () => number
}

export function watchRenderer(window: BrowserWindow, options: RecoveryOptions): void {
  const t = TEXTS[options.language]
  const now = options.now ?? Date.now
  const maxCrashes = options.maxCrashes ?? 3
  const crashWindowMs = options.crashWindowMs ?? 60_000
  const crashes: number[] = []
  let asking = false

  const ask = async (box: MessageBoxOptions): Promise<number> => {
    asking = true
    try {
      return (await dialog.showMessageBox(window, { type: 'error', title: app.getName(), noLink: true, ...box })).response
    } finally {
      asking = false
    }
  }

  window.webContents.on('render-process-gone', (_event, details: { reason: string }) => {
    if (details.reason === 'clean-exit' || window.isDestroyed()) return
    const at = now()
    crashes.push(at)
    while (crashes.length > 0 && (crashes[0] ?? at) < at - crashWindowMs) crashes.shift()
    const looping = crashes.length > maxCrashes
    void ask({
      message: t.crashed,
      detail: looping ? t.crashLoop : t.crashedDetail(details.reason),
      buttons: looping ? [t.reload, t.quit] : [t.reload],
      defaultId: 0,
      cancelId: 0
    }).then((response) => {
      if (window.isDestroyed()) return
      if (looping && response === 1) app.quit()
      else window.webContents.reload()
    })
  })

  window.webContents.on(
    'did-fail-load',
    (_event, errorCode: number, errorDescription: string, _url: string, isMainFrame: boolean) => {
      if (!isMainFrame || errorCode === ERR_ABORTED || window.isDestroyed()) return
      // Shown even while hidden: a window that never paints must not leave the person with nothing.
      if (!window.isVisible()) window.show()
      void ask({
        message: t.loadFailed,
        detail: t.loadFailedDetail(errorDescription, errorCode),
        buttons: [t.retry, t.quit],
        defaultId: 0,
        cancelId: 1
      }).then((response) => {
        if (window.isDestroyed()) return
        if (response === 0) void window.loadURL(options.entryUrl).catch(() => undefined)
        else app.quit()
      })
    }
  )

  window.on('unresponsive', () => {
    if (asking || window.isDestroyed()) return
    void ask({
      type: 'warning',
      message: t.unresponsive,
      detail: t.unresponsiveDetail,
      buttons: [t.wait, t.reload],
      defaultId: 0,
      cancelId: 0
    }).then((response) => {
      if (response === 1 && !window.isDestroyed()) window.webContents.reload()
    })
  })
}
