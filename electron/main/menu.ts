import { dialog, Menu, type MenuItemConstructorOptions } from 'electron'

/**
 * The native application menu, in German or English. Roles give each item its platform
 * behaviour and shortcut; the labels are ours because Electron translates role labels only on
 * macOS, and only into the system language.
 */

export type MenuLanguage = 'de' | 'en'

export interface MenuInfo {
  name: string
  version: string
  /** Reload and developer tools are for development builds only. */
  isDev: boolean
}

export interface MenuActions {
  showAbout(): void
}

/** German when the system's most preferred language is German, otherwise English. */
export function menuLanguage(preferredLanguages: readonly string[]): MenuLanguage {
  return preferredLanguages[0]?.toLowerCase().startsWith('de') === true ? 'de' : 'en'
}

interface MenuTexts {
  file: string
  edit: string
  view: string
  window: string
  help: string
  about: (name: string) => string
  aboutDetail: string
  services: string
  hide: (name: string) => string
  hideOthers: string
  unhide: string
  quit: (name: string) => string
  close: string
  undo: string
  redo: string
  cut: string
  copy: string
  paste: string
  selectAll: string
  reload: string
  forceReload: string
  toggleDevTools: string
  resetZoom: string
  zoomIn: string
  zoomOut: string
  togglefullscreen: string
  minimize: string
  zoom: string
}

const TEXTS: Readonly<Record<MenuLanguage, MenuTexts>> = {
  de: {
    file: 'Datei',
    edit: 'Bearbeiten',
    view: 'Ansicht',
    window: 'Fenster',
    help: 'Hilfe',
    about: (name) => `Über ${name}`,
    aboutDetail: 'Workshops, die Marketing und Vertrieb auf ein gemeinsames Service Level Agreement bringen.',
    services: 'Dienste',
    hide: (name) => `${name} ausblenden`,
    hideOthers: 'Andere ausblenden',
    unhide: 'Alle einblenden',
    quit: (name) => `${name} beenden`,
    close: 'Fenster schließen',
    undo: 'Rückgängig',
    redo: 'Wiederholen',
    cut: 'Ausschneiden',
    copy: 'Kopieren',
    paste: 'Einfügen',
    selectAll: 'Alles auswählen',
    reload: 'Neu laden',
    forceReload: 'Neu laden erzwingen',
    toggleDevTools: 'Entwicklerwerkzeuge',
    resetZoom: 'Originalgröße',
    zoomIn: 'Vergrößern',
    zoomOut: 'Verkleinern',
    togglefullscreen: 'Vollbild',
    minimize: 'Minimieren',
    zoom: 'Zoomen'
  },
  en: {
    file: 'File',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    help: 'Help',
    about: (name) => `About ${name}`,
    aboutDetail: 'Workshops that bring marketing and sales to one shared Service Level Agreement.',
    services: 'Services',
    hide: (name) => `Hide ${name}`,
    hideOthers: 'Hide Others',
    unhide: 'Show All',
    quit: (name) => `Quit ${name}`,
    close: 'Close Window',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    reload: 'Reload',
    forceReload: 'Force Reload',
    toggleDevTools: 'Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    togglefullscreen: 'Full Screen',
    minimize: 'Minimize',
    zoom: 'Zoom'
  }
}

const separator: MenuItemConstructorOptions = { type: 'separator' }

export function buildMenuTemplate(
  language: MenuLanguage,
  platform: NodeJS.Platform,
  info: MenuInfo,
  actions: MenuActions
): MenuItemConstructorOptions[] {
  const t = TEXTS[language]
  const isMac = platform === 'darwin'
  const about: MenuItemConstructorOptions = { label: t.about(info.name), click: () => actions.showAbout() }

  // macOS always shows the first menu under the app's name and expects quit there, not in File.
  const appMenu: MenuItemConstructorOptions = {
    label: info.name,
    submenu: [
      about,
      separator,
      { role: 'services', label: t.services },
      separator,
      { role: 'hide', label: t.hide(info.name) },
      { role: 'hideOthers', label: t.hideOthers },
      { role: 'unhide', label: t.unhide },
      separator,
      { role: 'quit', label: t.quit(info.name) }
    ]
  }
  const fileMenu: MenuItemConstructorOptions = {
    label: t.file,
    submenu: [isMac ? { role: 'close', label: t.close } : { role: 'quit', label: t.quit(info.name) }]
  }
  const editMenu: MenuItemConstructorOptions = {
    label: t.edit,
    submenu: [
      { role: 'undo', label: t.undo },
      { role: 'redo', label: t.redo },
      separator,
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      separator,
      { role: 'selectAll', label: t.selectAll }
    ]
  }
  const devItems: MenuItemConstructorOptions[] = info.isDev
    ? [
        { role: 'reload', label: t.reload },
        { role: 'forceReload', label: t.forceReload },
        { role: 'toggleDevTools', label: t.toggleDevTools },
        separator
      ]
    : []
  const viewMenu: MenuItemConstructorOptions = {
    label: t.view,
    submenu: [
      ...devItems,
      { role: 'resetZoom', label: t.resetZoom },
      { role: 'zoomIn', label: t.zoomIn },
      { role: 'zoomOut', label: t.zoomOut },
      separator,
      { role: 'togglefullscreen', label: t.togglefullscreen }
    ]
  }
  const windowMenu: MenuItemConstructorOptions = {
    label: t.window,
    submenu: [
      { role: 'minimize', label: t.minimize },
      isMac ? { role: 'zoom', label: t.zoom } : { role: 'close', label: t.close }
    ]
  }
  const helpMenu: MenuItemConstructorOptions = { label: t.help, submenu: [about] }

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu]
}

export function showAboutBox(language: MenuLanguage, info: MenuInfo): void {
  const t = TEXTS[language]
  void dialog.showMessageBox({
    type: 'info',
    title: t.about(info.name),
    message: info.name,
    detail: `Version ${info.version}\n\n${t.aboutDetail}`,
    buttons: ['OK']
  })
}

export function installApplicationMenu(language: MenuLanguage, info: MenuInfo): void {
  const template = buildMenuTemplate(language, process.platform, info, {
    showAbout: () => showAboutBox(language, info)
  })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
