import type { Messages } from './en'

/** Deutsche Oberflächentexte. Gleiche Schlüssel wie en.ts; der Compiler prüft das. */
export const de: Messages = {
  app: {
    name: 'Smarketing Studio',
    tagline: 'Marketing und Vertrieb ausrichten – in einem Workshop, auf einer Seite.',
    language: 'Sprache',
    languageNames: { de: 'Deutsch', en: 'English' },
    skipToContent: 'Zum Inhalt springen',
    browserEdition: 'Browser-Ausgabe',
    desktopEdition: 'Desktop-App'
  },
  save: {
    saved: 'Alle Änderungen gespeichert',
    saving: 'Speichert …',
    failed:
      'Speichern fehlgeschlagen. Ihre letzte Änderung bleibt auf dem Bildschirm – bitte erneut versuchen.'
  },
  workshops: {
    title: 'Workshops',
    new: 'Neuer Workshop',
    emptyTitle: 'Noch keine Workshops',
    emptyBody:
      'Legen Sie Ihren ersten Workshop an: Organisation, Datum und Teilnehmende eintragen, dann Marketing und Vertrieb in fünf Schritten zu einem unterschriebenen Service Level Agreement führen.',
    emptyStepsTitle: 'Die fünf Schritte'
  },
  common: {
    cancel: 'Abbrechen',
    save: 'Speichern',
    delete: 'Löschen',
    close: 'Schließen',
    add: 'Hinzufügen',
    remove: 'Entfernen',
    moveUp: 'Nach oben',
    moveDown: 'Nach unten'
  },
  newWorkshop: {
    title: 'Neuer Workshop',
    workshopTitle: 'Titel',
    titlePlaceholder: 'z. B. Smarketing-Auftakt 2027',
    organisation: 'Organisation',
    unit: 'Geschäftsbereich',
    facilitator: 'Moderation',
    date: 'Datum',
    language: 'Sprache des Workshops und seiner Dokumente',
    languageHint: 'Die Beispielinhalte und alle exportierten Dokumente verwenden diese Sprache.',
    create: 'Workshop anlegen',
    problems: {
      titleRequired: 'Bitte einen Titel eingeben.',
      organisationRequired: 'Bitte die Organisation eingeben.',
      dateInvalid: 'Bitte ein gültiges Datum eingeben.'
    }
  },
  steps: {
    awareness: { number: 'Schritt 1', name: 'Bewusstsein schaffen' },
    closedLoop: { number: 'Schritt 2', name: 'Closed-Loop-Reporting' },
    language: { number: 'Schritt 3', name: 'Gemeinsame Sprache' },
    sla: { number: 'Schritt 4', name: 'Service Level Agreement' },
    keepAtIt: { number: 'Schritt 5', name: 'Dranbleiben' }
  },
  errors: {
    unexpectedTitle: 'Etwas ist schiefgelaufen',
    unexpectedBody:
      'Die App ist auf ein unerwartetes Problem gestoßen. Alles bisher Gespeicherte ist sicher. Bitte neu laden.',
    reload: 'Neu laden',
    storageUnavailable:
      'Dieser Browser erlaubt der App nicht, Daten zu speichern (privates Fenster oder blockierter Speicher). Eingaben können nicht gesichert werden – bitte die App in einem normalen Fenster öffnen.'
  }
}
