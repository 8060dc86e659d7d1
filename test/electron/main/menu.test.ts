import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { buildMenuTemplate, installApplicationMenu, menuLanguage, showAboutBox, type MenuLanguage } from '../../../electron/main/menu'
import { dialog, Menu } from '../support/fake-electron'

vi.mock('electron', () => import('../support/fake-electron'))

const info = { name: 'Smarketing Studio', version: '1.2.3', isDev: false }
const noActions = { showAbout: () => {} }

function submenuOf(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  const submenu = item?.submenu
  return Array.isArray(submenu) ? submenu : []
}

function rolesOf(template: MenuItemConstructorOptions[]): string[] {
  return template.flatMap((item) => submenuOf(item).flatMap((entry) => (entry.role === undefined ? [] : [entry.role])))
}

function labelsOf(template: MenuItemConstructorOptions[]): string[] {
  return template.flatMap((item) => [item.label ?? '', ...submenuOf(item).map((entry) => entry.label ?? '')])
}

const EDIT_ROLES = ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']
const VIEW_ROLES = ['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']

describe('menuLanguage', () => {
  it.each([
    [['de-DE', 'en-US'], 'de'],
    [['de'], 'de'],
    [['DE-AT'], 'de'],
    [['en-US', 'de-DE'], 'en'],
    [['fr-FR'], 'en'],
    [[], 'en']
  ])('%j → %s', (languages, expected) => {
    expect(menuLanguage(languages)).toBe(expected)
  })
})

describe('buildMenuTemplate', () => {
  it.each<[MenuLanguage, NodeJS.Platform]>([
    ['de', 'win32'],
    ['en', 'win32'],
    ['de', 'linux'],
    ['en', 'darwin'],
    ['de', 'darwin']
  ])('has the usual roles in %s on %s', (language, platform) => {
    const roles = rolesOf(buildMenuTemplate(language, platform, info, noActions))
    expect(roles).toEqual(expect.arrayContaining([...EDIT_ROLES, ...VIEW_ROLES, 'minimize', 'quit']))
    if (platform === 'darwin') expect(roles).toEqual(expect.arrayContaining(['services', 'hide', 'hideOthers', 'unhide', 'close', 'zoom']))
    else expect(roles).toEqual(expect.arrayContaining(['close']))
  })

  it('labels the menus in German and in English', () => {
    const de = buildMenuTemplate('de', 'win32', info, noActions)
    const en = buildMenuTemplate('en', 'win32', info, noActions)
    expect(de.map((item) => item.label)).toEqual(['Datei', 'Bearbeiten', 'Ansicht', 'Fenster', 'Hilfe'])
    expect(en.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help'])
    // Same structure, every visible label translated.
    expect(rolesOf(de)).toEqual(rolesOf(en))
    const pairs = labelsOf(de).map((label, index) => [label, labelsOf(en)[index]])
    for (const [german, english] of pairs) if (german !== '') expect(german).not.toBe(english)
    expect(labelsOf(de)).toContain('Über Smarketing Studio')
    expect(labelsOf(en)).toContain('About Smarketing Studio')
  })

  it('puts the app menu with quit first on macOS only', () => {
    const mac = buildMenuTemplate('en', 'darwin', info, noActions)
    expect(mac[0]?.label).toBe('Smarketing Studio')
    expect(submenuOf(mac[0]).map((entry) => entry.role)).toContain('quit')
    expect(submenuOf(mac[1]).map((entry) => entry.role)).toEqual(['close'])
    const windows = buildMenuTemplate('en', 'win32', info, noActions)
    expect(windows[0]?.label).toBe('File')
    expect(submenuOf(windows[0]).map((entry) => entry.role)).toEqual(['quit'])
  })

  it('offers reload and developer tools only in development', () => {
    const production = rolesOf(buildMenuTemplate('en', 'linux', info, noActions))
    const development = rolesOf(buildMenuTemplate('en', 'linux', { ...info, isDev: true }, noActions))
    expect(production).not.toContain('reload')
    expect(production).not.toContain('forceReload')
    expect(production).not.toContain('toggleDevTools')
    expect(development).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']))
  })

  it('runs the About action from the Help menu', () => {
    const showAbout = vi.fn()
    const template = buildMenuTemplate('de', 'linux', info, { showAbout })
    const help = template.at(-1)
    const about = submenuOf(help).find((entry) => entry.label === 'Über Smarketing Studio')
    expect(help?.label).toBe('Hilfe')
    // The handler ignores Electron's arguments (item, window, event); never[] lets us omit them.
    const click: ((...args: never[]) => void) | undefined = about?.click
    click?.()
    expect(showAbout).toHaveBeenCalledOnce()
  })
})

describe('About box and installation', () => {
  it('shows a native message box with name and version', () => {
    showAboutBox('en', info)
    expect(dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'info', message: 'Smarketing Studio', detail: expect.stringContaining('Version 1.2.3') })
    )
  })

  it('installs the menu built from the template', () => {
    installApplicationMenu('de', info)
    expect(Menu.buildFromTemplate).toHaveBeenCalledOnce()
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith(Menu.buildFromTemplate.mock.results[0]?.value)
  })
})
