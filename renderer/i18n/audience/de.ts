import type { Messages } from '../messages'
import type { en } from './en'

/** Deutsche Texte für die Ansicht für den Beamer; gleiche Schlüssel wie en.ts. */
export const de: Messages<typeof en> = {
  audience: {
    toggle: 'Publikumsansicht',
    blank: 'Bildschirm ausblenden',
    unblank: 'Bildschirm wieder zeigen',
    opened: 'Die Publikumsansicht ist offen. Ziehen Sie sie auf den Projektor.'
  },
  audienceFocus: {
    threshold: 'Punkteschwelle',
    points_one: '{{points}} Punkt',
    points_other: '{{points}} Punkte',
    pointsUnit_one: 'Punkt',
    pointsUnit_other: 'Punkte',
    signing: 'Unterschriften',
    version: 'Version {{number}}',
    signed: 'unterschrieben',
    pending: 'noch nicht unterschrieben',
    noSignatories: 'Noch keine Unterzeichnenden ausgewählt.',
    parkedNone: 'Noch nichts für den Raum im Themenspeicher.'
  }
}
