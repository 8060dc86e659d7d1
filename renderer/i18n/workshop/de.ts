import type { Messages } from '../messages'
import type { en } from './en'

/** Deutsche Texte für der Workshop-Bildschirm: Teilnehmende, Agenda, Themenspeicher, Timer, Werkzeuge; gleiche Schlüssel wie en.ts. */
export const de: Messages<typeof en> = {
  teams: {
    marketing: 'Marketing',
    sales: 'Vertrieb',
    management: 'Geschäftsleitung',
    other: 'Andere',
    joint: 'Marketing & Vertrieb'
  },
  workshop: {
    notFound: 'Diesen Workshop gibt es nicht (mehr). Vielleicht wurde er gelöscht.',
    sections: 'Bereiche des Workshops',
    overview: 'Workshop & Teilnehmende',
    details: 'Angaben zum Workshop',
    documentLanguage: 'Sprache der Workshop-Dokumente',
    documentLanguageHint: 'Eine Änderung übersetzt nicht, was der Raum geschrieben hat.',
    tools: 'Werkzeuge',
    stepComplete: 'Schritt abgeschlossen',
    complete: 'abgeschlossen',
    notComplete: 'offen',
    previous: 'Zurück',
    next: 'Weiter'
  },
  participants: {
    title: 'Teilnehmende',
    add: 'Person hinzufügen',
    name: 'Name',
    role: 'Rolle / Titel',
    team: 'Team',
    email: 'E-Mail (optional)',
    signs: 'Unterschreibt das SLA',
    invalidEmail: 'Bitte eine gültige E-Mail-Adresse eingeben, z. B. name@firma.de – oder das Feld leer lassen.',
    duplicate: 'Dieser Name kommt mehrfach vor – ist das so gewollt?',
    empty:
      'Noch keine Teilnehmenden. Tragen Sie alle ein, die dabei sind: aus Marketing, Vertrieb und Geschäftsleitung.',
    nameRequired: 'Bitte einen Namen eingeben.',
    describe: 'Person {{name}}',
    unnamed: 'Person {{number}}',
    summary_one: '{{count}} Person · {{signers}}',
    summary_other: '{{count}} Teilnehmende · {{signers}}'
  },
  step: {
    purpose: 'Ziel',
    questions: 'Leitfragen',
    showQuestions: 'Leitfragen zeigen',
    hideQuestions: 'Leitfragen ausblenden',
    timebox: 'Zeitrahmen',
    minutes: 'Min.'
  },
  parking: {
    title: 'Themenspeicher',
    open: 'Themenspeicher ({{count}})',
    intro:
      'Punkte, die jetzt nicht dran sind, aber nicht verloren gehen dürfen. Jeder merkt sich den Schritt, in dem er aufkam.',
    new: 'Neuer Punkt',
    park: 'Parken',
    addEmpty: 'Leeren Punkt hinzufügen',
    point: 'Punkt',
    empty: 'Noch nichts geparkt.',
    describe: 'Punkt „{{text}}“',
    raisedIn: 'Aufgekommen in: {{step}}',
    shown: 'Dem Raum zeigen',
    targets: {
      action: 'Maßnahme',
      glossary: 'Glossarbegriff',
      concern: 'Bedenken'
    },
    converted: 'Verschoben nach: {{target}}.'
  },
  shortcuts: {
    title: 'Tastenkürzel',
    open: 'Tastenkürzel',
    nextStep: 'Nächster Schritt',
    previousStep: 'Vorheriger Schritt',
    addItem: 'Eintrag in der aktuellen Liste hinzufügen',
    timer: 'Timer starten oder anhalten',
    parking: 'Themenspeicher öffnen',
    audience: 'Publikumsansicht öffnen oder schließen',
    blank: 'Publikumsansicht ausblenden',
    undo: 'Rückgängig',
    redo: 'Wiederholen',
    help: 'Diese Übersicht',
    clicker:
      'Ein Präsentations-Presenter funktioniert auch: Bild ab und Bild auf wechseln zwischen den Schritten, solange kein Feld bearbeitet wird.'
  },
  undo: {
    undo: 'Rückgängig',
    redo: 'Wiederholen',
    undone: 'Rückgängig gemacht.',
    nothing: 'Nichts rückgängig zu machen.'
  },
  export: {
    sla: 'SLA exportieren (.docx)',
    slaVersion: 'Version {{number}} exportieren (.docx)',
    minutes: 'Workshop-Protokoll (.docx)',
    calendar: 'Review-Termine in den Kalender (.ics)',
    backup: 'Diesen Workshop sichern',
    reviewReport: 'Review-Bericht exportieren (.docx)',
    calendarFilter: 'Kalender',
    working: 'Datei wird erstellt …',
    failed:
      'Die Datei konnte nicht geschrieben werden: {{reason}}. Nichts ist verloren – bitte erneut versuchen, eventuell in einem anderen Ordner.',
    reviewDates: 'Review-Termine',
    reviewDatesIntro: 'Aus Beginn, Laufzeit und Überprüfungsrhythmus des SLA erzeugt (Schritt 4, Steuerung).',
    noReviewDates: 'Tragen Sie in Schritt 4 (Steuerung) den Beginn des SLA ein, um die Reviews zu planen.'
  },
  timer: {
    label: 'Timer',
    start: 'Starten',
    pause: 'Pause',
    resume: 'Weiter',
    extend: '+5 Min.',
    extendLong: '5 Minuten hinzufügen',
    reset: 'Zurücksetzen',
    up: 'Die Zeit ist um'
  },
  agenda: {
    title: 'Agenda',
    intro:
      'Der Ablauf des Tages: die fünf Schritte mit ihrem Zeitrahmen und die Pausen dazwischen. Die Zeitrahmen sind dieselben wie in den Schritten.',
    startTime: 'Beginn',
    startTimeInvalid: 'Bitte eine Uhrzeit eingeben, z. B. 09:00.',
    time: 'Uhrzeit',
    entry: 'Programmpunkt',
    minutes: 'Minuten',
    actions: 'Reihenfolge und Pausen',
    breakName: 'Name der Pause',
    breakMinutesInvalid: 'Bitte ganze Minuten von 1 bis {{max}} eingeben.',
    timeboxOf: 'Zeitrahmen: {{step}}',
    minutesOf: 'Minuten: {{name}}',
    nameOf: 'Name der Pause um {{time}}',
    unnamedBreak: 'Pause',
    newBreak: 'Pause',
    addBreakAfter: 'nach „{{name}}“ einfügen',
    addBreak: '+ Pause',
    moveUp: '„{{name}}“ nach vorne schieben',
    moveDown: '„{{name}}“ nach hinten schieben',
    remove: '„{{name}}“ entfernen',
    removed: 'Pause „{{name}}“ entfernt.',
    total: 'Gesamt',
    totalValue: '{{duration}} · {{span}}',
    ends: 'Ende um {{time}} Uhr',
    tooManyBreaks: 'Eine Agenda hat höchstens {{max}} Pausen.',
    show: 'Agenda in der Publikumsansicht zeigen',
    showHint: 'Die Publikumsansicht zeigt, woran Sie gerade arbeiten: die Agenda, solange Sie in ihr sind.',
    status: {
      label: 'Im Vergleich zum Plan',
      ahead_one: 'Vor dem Plan: {{count}} Minute',
      ahead_other: 'Vor dem Plan: {{count}} Minuten',
      behind_one: 'Hinter dem Plan: {{count}} Minute',
      behind_other: 'Hinter dem Plan: {{count}} Minuten',
      onPlan: 'Im Plan',
      notStarted: 'Beginn um {{time}} Uhr',
      done: 'Alle Schritte erledigt',
      notToday: 'Vor oder hinter dem Plan wird am Workshoptag ({{date}}) live angezeigt.'
    },
    now: 'jetzt'
  },
  layout: {
    trendAxisPeriod: 'Review-Zeitraum',
    trendAxisAttainment: 'Zielerreichung',
    shortcutRating: 'Reibungsfeld mit 1–5 bewerten oder Bewertung löschen',
    keys: {
      alt: 'Alt',
      ctrl: 'Strg',
      shift: 'Umschalt',
      enter: 'Eingabe',
      pageDown: 'Bild ↓',
      pageUp: 'Bild ↑',
      delete: 'Entf',
      digits: '1 … 5',
      or: 'oder'
    },
    teamsHyphenated: {
      marketing: 'Marketing',
      sales: 'Vertrieb',
      management: 'Geschäfts\u00adleitung'
    },
    calculatorMissing_one: 'Für die Ergebnisse fehlt noch ein Wert: {{list}}.',
    calculatorMissing_other: 'Für die Ergebnisse fehlen noch {{count}} Werte: {{list}}.',
    signers_one: '{{count}} unterschreibt das SLA',
    signers_other: '{{count}} unterschreiben das SLA',
    rating: 'Bewertung {{team}}',
    notRated: 'nicht bewertet',
    ratingHint: 'Zahl anklicken oder 1–5 drücken; erneut anklicken löscht die Bewertung.'
  },
  room: {
    title: 'Raummodus',
    intro: 'Die Teilnehmenden machen mit dem eigenen Handy mit – über das Netzwerk dieses Laptops, ohne Internet, App oder Konto. Was sie senden, bleibt auf diesem Laptop.',
    start: 'Raummodus starten',
    starting: 'Raummodus wird gestartet …',
    end: 'Raummodus beenden',
    join: 'Mit dem Handy mitmachen',
    onlyThisLaptop:
      'Dieser Laptop ist mit keinem lokalen Netzwerk verbunden, Handys erreichen ihn so noch nicht. Verbinden Sie ihn mit dem WLAN vor Ort oder schalten Sie seinen Hotspot ein; beenden Sie den Raummodus dann und starten Sie ihn neu.',
    wifiHint: 'Probieren Sie es zuerst mit dem eigenen Handy aus: Manche WLANs trennen die Geräte voneinander. Dann hilft der Hotspot des Laptops.',
    participants_one: '{{count}} Person macht mit',
    participants_other: '{{count}} Personen machen mit',
    received_one: '{{count}} Antwort eingegangen',
    received_other: '{{count}} Antworten eingegangen',
    reconnecting: 'Die Verbindung zum Raum ist unterbrochen – neuer Versuch läuft …',
    startFailedDesktop: 'Der Raummodus ließ sich nicht starten. Bitte versuchen Sie es noch einmal; hilft das nicht, starten Sie die App neu.',
    startFailedBrowser: 'Der Raummodus ließ sich nicht starten. In der Browser-Version gibt es ihn nur, wenn die Seite vom eigenen Server der App kommt (npm run web).',
    endFailed: 'Der Raummodus ließ sich nicht sauber beenden. Schließen Sie den Workshop oder die App, damit kein Handy ihn mehr erreicht.'
  }
}
