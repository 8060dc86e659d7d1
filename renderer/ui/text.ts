/** The start of a text for buttons and notices: "Leads are not followed up…". */
export function shorten(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (!flat) return '…'
  const chars = [...flat]
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('')}…`
}
