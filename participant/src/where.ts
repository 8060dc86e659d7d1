/** The room's secret when the page is opened under it (`/r/<secret>/`, what the QR code holds); undefined at the short address. */
export const roomSecret = (): string | undefined => /^\/r\/([^/]+)\//.exec(location.pathname)?.[1]
