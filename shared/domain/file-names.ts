import sanitize from 'sanitize-filename'

/** Windows, macOS and Linux all accept this many characters in a name, with room for a folder. */
const MAX_NAME = 150
const MAX_PART = 60

function clean(part: string): string {
  const flat = part.replace(/\s+/g, ' ').trim()
  const chars = [...flat]
  const short = chars.length > MAX_PART ? `${chars.slice(0, MAX_PART).join('').trim()}…` : flat
  // Characters no file system allows become a dash; reserved names (CON, ..) vanish.
  const safe = sanitize(short, { replacement: '-' }).trim()
  return /^[-.\s]*$/.test(safe) ? '' : safe
}

/**
 * A sensible default file name for an export (SPEC §6): organisation, document, version, date —
 * e.g. `Müller GmbH – SLA v2 – 2027-01-15.docx`, safe on every desktop system.
 */
export function exportFileName(parts: ReadonlyArray<string | null | undefined>, extension: string): string {
  const kept = parts.map((p) => (p ? clean(p) : '')).filter(Boolean)
  let base = kept.join(' – ') || 'Smarketing Studio'
  if ([...base].length > MAX_NAME) base = [...base].slice(0, MAX_NAME).join('').trim()
  return `${base}.${extension}`
}
