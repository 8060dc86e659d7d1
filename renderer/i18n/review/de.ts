import type { Messages } from '../messages'
import type { en } from './en'
import { FEDERAL_STATE_NAMES } from '../../../shared/domain/federal-states'

/** Deutsche Texte für die Quartalsreviews und der Review-Plan; gleiche Schlüssel wie en.ts. */
export const de: Messages<typeof en> = {
  review: {
    nav: 'Quartalsreview',
    title: 'Quartalsreview',
    intro:
      'Jedes Quartal: Ist-Werte eintragen, Zielerreichung je Ziel und Zusage sehen, entscheiden und das SLA bei Bedarf ändern.',
    needsSigned: 'Das Quartalsreview braucht ein unterschriebenes SLA. Bitte zuerst in Schritt 4 unterschreiben.',
    start: 'Review beginnen',
    period: 'Zeitraum',
    periodHint: 'z. B. 2027-Q1',
    periodInvalid: 'Bitte einen Zeitraum wie 2027-Q1 eingeben.',
    date: 'Datum des Reviews',
    reviews: 'Bisherige Reviews',
    none: 'Noch kein Review.',
    open: 'Offen',
    closed: 'Abgeschlossen',
    heading: 'Review {{period}}',
    ofVersion: 'von SLA-Version {{number}}',
    attendees: 'Teilnehmende',
    guests: 'Gäste (Namen, durch Kommas getrennt)',
    thresholds: 'Farben',
    green: 'Grün ab',
    amber: 'Gelb ab',
    thresholdsInvalid: 'Gelb muss unter Grün liegen; beide zwischen 0 und 1000 %.',
    actuals: 'Ziele und Zusagen',
    item: 'Ziel oder Zusage',
    target: 'Ziel',
    actual: 'Ist-Wert',
    actualOf: 'Ist-Wert: {{label}}',
    note: 'Notiz',
    noteOf: 'Notiz: {{label}}',
    attainment: 'Zielerreichung',
    statuses: {
      green: 'erreicht',
      amber: 'knapp verfehlt',
      red: 'verfehlt',
      notMeasured: 'nicht gemessen',
      noTarget: 'kein Zielwert'
    },
    overall: 'Zielerreichung',
    overallValue: '{{percent}} – {{green}} von {{measured}} gemessenen Punkten erreicht',
    overallNone: 'Noch nichts gemessen',
    commitments: 'Zusagen',
    targets: 'Ziele',
    calculator: 'Rechner mit den echten Raten',
    calculatorIntro:
      'Die Konversionsraten dieses Zeitraums statt der geplanten: Was wäre nötig, um dasselbe Umsatzziel zu erreichen?',
    planned: 'Geplant',
    withActual: 'Mit Ist-Raten',
    trend: 'Verlauf',
    trendIntro: 'Zielerreichung jedes Ziels über alle bisherigen Reviews.',
    trendTable: 'Zielerreichung je Ziel und Review',
    decisions: 'Entscheidungen',
    newAction: 'Neue Maßnahme',
    addAction: 'In den Maßnahmenplan aufnehmen',
    actionAdded: 'Maßnahme in den Maßnahmenplan (Schritt 5) aufgenommen.',
    close: 'Review abschließen',
    closeTitle: 'Review abschließen?',
    closeBody: 'Ein abgeschlossenes Review ist das Protokoll dieses Termins und kann danach nicht mehr geändert werden.',
    closedNotice: 'Dieses Review ist abgeschlossen und schreibgeschützt.',
    amend: 'SLA aus diesem Review ändern',
    amended:
      'Version {{number}} wurde aus diesem Review als Entwurf angelegt. Ändern Sie sie in Schritt 4 und unterschreiben Sie erneut.',
    back: 'Alle Reviews',
    exportReport: 'Review-Bericht exportieren (.docx)'
  },
  reviewPlan: {
    intro:
      'Aus Beginn, Laufzeit und Review-Rhythmus des SLA erzeugt (Schritt 4, Governance); ein Termin an einem Wochenende oder Feiertag rückt auf den nächsten Werktag. Hier lassen sich Termine verschieben, entfernen und ergänzen – Protokoll, SLA, Kalender und Workshop-Liste übernehmen sie.',
    holidaysIn: 'Feiertage: {{region}}.',
    changeRegion: 'In den Workshop-Angaben ändern',
    columns: {
      number: 'Nr.',
      date: 'Termin',
      note: 'Hinweis',
      change: 'Verschieben oder entfernen'
    },
    weekend: 'Wochenende',
    shifted: 'verschoben vom {{date}} ({{reason}})',
    moved: 'von der Runde verschoben (geplant: {{date}})',
    added: 'von der Runde ergänzt',
    nonWorking: 'Kein Werktag: {{reason}}',
    moveLabel: 'Review {{number}} ({{date}}) verschieben',
    remove: 'Entfernen',
    removeLabel: 'Review {{number}} ({{date}}) entfernen',
    newDate: 'Weiterer Review-Termin',
    add: 'Termin hinzufügen',
    reset: 'Zurück zu den erzeugten Terminen',
    resetTitle: 'Zurück zu den erzeugten Terminen?',
    resetBody:
      'Alle verschobenen, entfernten und ergänzten Review-Termine werden verworfen; die Termine werden neu aus Beginn und Rhythmus des SLA erzeugt.',
    region: 'Feiertage des Bundeslands',
    regionHint: 'Review-Termine meiden Wochenenden und diese Feiertage; die Geschäftszeiten im SLA zählen sie nicht mit.',
    regions: {
      BUND: 'Nur bundesweite Feiertage',
      ...FEDERAL_STATE_NAMES.de
    },
    periodCovers: 'Ein Review blickt auf das Quartal zurück, das vor seinem Termin geendet hat: {{from}} – {{to}}.',
    summary_one: '{{met}} von {{count}} Punkt erreicht',
    summary_other: '{{met}} von {{count}} Punkten erreicht',
    nearlyMet: '{{count}} knapp verfehlt',
    missed: '{{count}} verfehlt',
    notMeasured: '{{count}} nicht gemessen',
    noTarget: '{{count}} ohne Zielwert',
    summaryNone: 'Diese Version hat keine Ziele und keine Zusagen.',
    scaledYear: 'Jahresziel anteilig: {{factor}} von {{agreed}}',
    scaledMonth: 'Monatsziel {{factor}}: {{agreed}} pro Monat',
    rateTarget: 'eine Quote: wie vereinbart verglichen',
    targetRuleIntro:
      'Ein Review umfasst ein Quartal: Jahresziele zählen anteilig (1/4), Monatsziele dreifach (×3); Quoten werden wie vereinbart verglichen.',
    ratesNone: 'Tragen Sie die in diesem Quartal gemessenen Raten ein; bis dahin wiederholt diese Spalte die Planung.',
    ratesIncomplete:
      'Mit diesen gemessenen Raten ist der Trichter noch nicht vollständig: Tragen Sie die fehlenden Stufenraten ein oder die Rate Lead → Kunde.',
    listSummary: '{{met}}/{{count}} erreicht'
  }
}
