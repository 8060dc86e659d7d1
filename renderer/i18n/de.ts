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
  lists: {
    removed: '{{what}} entfernt.',
    undo: 'Rückgängig'
  },
  agreement: {
    agreed: 'Vereinbart',
    proposed: 'Vorgeschlagen',
    hint: 'Vereinbart = Marketing und Vertrieb stimmen beide zu. Klicken zum Umschalten.',
    markAll: 'Die übrigen {{count}} als vereinbart markieren',
    count: '{{agreed}} von {{total}} vereinbart'
  },
  teams: {
    marketing: 'Marketing',
    sales: 'Vertrieb',
    management: 'Geschäftsleitung',
    other: 'Andere',
    joint: 'Marketing & Vertrieb'
  },
  validation: {
    number: 'Bitte eine Zahl eingeben.',
    wholeDaysMin0: 'Bitte eine ganze Zahl von Tagen eingeben, 0 oder mehr.',
    pointsRange: 'Bitte Punkte zwischen -1.000 und 1.000 eingeben.',
    thresholdMin0: 'Bitte einen Punktwert von 0 oder mehr eingeben.',
    required: 'Dieses Feld darf nicht leer sein.'
  },
  workshopList: {
    search: 'Nach Titel oder Organisation suchen',
    showAll: 'Alle {{count}} Workshops zeigen',
    noMatch: 'Kein Workshop passt zu „{{query}}“.',
    open: 'Öffnen',
    rename: 'Umbenennen',
    renameTitle: 'Workshop umbenennen',
    newTitle: 'Neuer Titel',
    duplicate: 'Duplizieren',
    copySuffix: '(Kopie)',
    delete: 'Löschen',
    confirmTrash: '„{{title}}“ in den Papierkorb verschieben? Von dort lässt er sich wiederherstellen.',
    movedToTrash: '„{{title}}“ in den Papierkorb verschoben.',
    duplicated: '„{{title}}“ angelegt.',
    trash: 'Papierkorb ({{count}})',
    trashTitle: 'Papierkorb',
    trashHint: 'Gelöschte Workshops bleiben hier, bis Sie sie endgültig löschen.',
    restore: 'Wiederherstellen',
    deleteForever: 'Endgültig löschen',
    confirmDeleteForever: '„{{title}}“ mit allen Inhalten endgültig löschen? Das kann nicht rückgängig gemacht werden.',
    backToList: 'Zurück zu den Workshops',
    progress: '{{done}} von 5 Schritten abgeschlossen',
    stepsComplete: 'Abgeschlossene Schritte',
    sla: 'SLA',
    slaNone: 'Noch kein SLA',
    nextReview: 'Nächstes Review',
    noReview: 'Kein Review geplant',
    changed: 'Zuletzt geändert',
    date: 'Datum',
    actionsFor: 'Aktionen für {{title}}'
  },
  workshop: {
    notFound: 'Diesen Workshop gibt es nicht (mehr). Vielleicht wurde er gelöscht.',
    sections: 'Bereiche des Workshops',
    overview: 'Workshop & Teilnehmende',
    details: 'Angaben zum Workshop',
    documentLanguage: 'Sprache der Workshop-Dokumente',
    documentLanguageHint: 'Eine Änderung übersetzt nicht, was der Raum geschrieben hat.',
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
    empty: 'Noch keine Teilnehmenden. Tragen Sie alle ein, die dabei sind: aus Marketing, Vertrieb und Geschäftsleitung.',
    nameRequired: 'Bitte einen Namen eingeben.',
    describe: 'Person {{name}}',
    unnamed: 'Person {{number}}',
    summary: '{{count}} Teilnehmende · {{signers}} unterschreiben das SLA'
  },
  step: {
    purpose: 'Ziel',
    questions: 'Leitfragen',
    showQuestions: 'Leitfragen zeigen',
    hideQuestions: 'Leitfragen ausblenden',
    timebox: 'Zeitrahmen',
    minutes: 'Min.',
    timeboxInvalid: 'Bitte ganze Minuten eingeben, 1 oder mehr.'
  },
  parking: {
    title: 'Themenspeicher',
    open: 'Themenspeicher ({{count}})',
    intro: 'Punkte, die jetzt nicht dran sind, aber nicht verloren gehen dürfen. Jeder merkt sich den Schritt, in dem er aufkam.',
    new: 'Neuer Punkt',
    park: 'Parken',
    addEmpty: 'Leeren Punkt hinzufügen',
    point: 'Punkt',
    empty: 'Noch nichts geparkt.',
    describe: 'Punkt „{{text}}“',
    raisedIn: 'Aufgekommen in: {{step}}',
    shown: 'Dem Raum zeigen',
    targets: { action: 'Maßnahme', glossary: 'Glossarbegriff', concern: 'Bedenken' },
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
    clicker: 'Ein Präsentations-Presenter funktioniert auch: Bild ab und Bild auf wechseln zwischen den Schritten, solange kein Feld bearbeitet wird.'
  },
  undo: {
    undo: 'Rückgängig',
    redo: 'Wiederholen',
    undone: 'Rückgängig gemacht.',
    nothing: 'Nichts rückgängig zu machen.'
  },
  display: {
    bigger: 'Schrift größer',
    smaller: 'Schrift kleiner',
    contrast: 'Hoher Kontrast'
  },
  audience: {
    toggle: 'Publikumsansicht',
    blank: 'Bildschirm ausblenden',
    unblank: 'Bildschirm wieder zeigen',
    opened: 'Die Publikumsansicht ist offen. Ziehen Sie sie auf den Projektor.'
  },
  review: {
    nav: 'Quartalsreview',
    title: 'Quartalsreview',
    intro: 'Jedes Quartal: Ist-Werte eintragen, Zielerreichung je Ziel und Zusage sehen, entscheiden und das SLA bei Bedarf ändern.',
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
    statuses: { green: 'erreicht', amber: 'knapp verfehlt', red: 'verfehlt', notMeasured: 'nicht gemessen' },
    overall: 'Gesamte Zielerreichung',
    overallValue: '{{percent}} – {{green}} von {{measured}} gemessenen Punkten erreicht',
    overallNone: 'Noch nichts gemessen',
    commitments: 'Zusagen',
    targets: 'Ziele',
    calculator: 'Rechner mit den echten Raten',
    calculatorIntro: 'Die Konversionsraten dieses Zeitraums statt der geplanten: Was wäre nötig, um dasselbe Umsatzziel zu erreichen?',
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
    amended: 'Version {{number}} wurde aus diesem Review als Entwurf angelegt. Ändern Sie sie in Schritt 4 und unterschreiben Sie erneut.',
    back: 'Alle Reviews',
    overdue: 'überfällig',
    exportReport: 'Review-Bericht exportieren (.docx)'
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
  steps: {
    awareness: {
      number: 'Schritt 1',
      name: 'Bewusstsein schaffen',
      purpose: 'Reibungspunkte sichtbar machen, Vorurteile abbauen und zeigen, was beide Seiten gewinnen.',
      questions: [
        'Wo hakt die Zusammenarbeit zwischen Marketing und Vertrieb heute – und wie sehr?',
        'Was hören Sie über Ihr Team? Was sagen Sie über das andere Team?',
        'Was braucht Ihr Team vom anderen, um erfolgreich zu sein?',
        'Was gewinnen beide Seiten, wenn es funktioniert – und was ist unser gemeinsames Ziel?'
      ]
    },
    closedLoop: {
      number: 'Schritt 2',
      name: 'Closed-Loop-Reporting',
      purpose:
        'Ein regelmäßiger Kreislauf gegenseitiger Berichte, damit sich jeder gewonnene Auftrag und jeder hängende Lead bis zu der Stufe zurückverfolgen lässt, in der er erfolgreich war oder stecken blieb – und bis zu der Person, die dafür zuständig ist.',
      questions: [
        'Welche Stufen durchläuft ein Lead vom ersten Kontakt bis zum Kunden, und wem gehört jede Stufe?',
        'Wie lange darf ein Lead in einer Stufe bleiben, bevor etwas passieren muss?',
        'Wer berichtet wem was, wie oft und in welcher Form?',
        'Aus welchen Gründen darf der Vertrieb einen Lead ablehnen oder zurückgeben?'
      ]
    },
    language: {
      number: 'Schritt 3',
      name: 'Gemeinsame Sprache',
      purpose: 'Den Streit „eure Leads sind schlecht / ihr fasst nicht nach“ beenden, indem wir die Begriffe gemeinsam festlegen.',
      questions: [
        'Wann ist ein Lead gut genug für die Übergabe an den Vertrieb (MQL)?',
        'Wann gilt ein Lead für den Vertrieb als qualifiziert (SQL)? Budget, Entscheidungsbefugnis, Bedarf, Zeitrahmen?',
        'Welches Verhalten und welche Unternehmensdaten zählen, und wie viele Punkte ist jedes wert?',
        'Welche anderen Begriffe verwenden wir heute unterschiedlich?'
      ]
    },
    sla: {
      number: 'Schritt 4',
      name: 'Service Level Agreement',
      purpose: 'Die Vereinbarungen verbindlich machen: schriftlich, mit messbaren Zusagen beider Seiten.',
      questions: [
        'Wer ist für jede Aufgabe verantwortlich, rechenschaftspflichtig, wird beteiligt oder informiert?',
        'Wie schnell nimmt der Vertrieb Kontakt zu einem neuen MQL auf, und wie oft versucht er es?',
        'Zu welchen Zielen verpflichten wir uns pro Monat, Quartal und Jahr?',
        'Wie eskalieren wir, wenn das SLA verfehlt wird, und wie ändern wir es?'
      ]
    },
    keepAtIt: {
      number: 'Schritt 5',
      name: 'Dranbleiben',
      purpose: 'Die Vereinbarung ist der Anfang eines Veränderungsprozesses, nicht sein Ende.',
      questions: [
        'Was tun wir in den nächsten Wochen, um enger zusammenzuarbeiten?',
        'Wer ist für jede Maßnahme zuständig, und bis wann?',
        'Welche Bedenken und Befürchtungen gibt es im Raum, und wie gehen wir damit um?',
        'Wann treffen wir uns wieder, um das SLA zu überprüfen?'
      ]
    }
  },
  awareness: {
    friction: {
      title: 'Reibungspunkte',
      intro: 'Wie sehr schmerzt jeder Bereich heute? 1 = kaum, 5 = sehr. Jedes Team bewertet für sich.',
      area: 'Reibungsfeld',
      rating: 'Bewertung {{team}}',
      notRated: 'nicht bewertet',
      notes: 'Beispiele und Notizen',
      add: 'Reibungsfeld hinzufügen',
      describe: 'Reibungsfeld „{{area}}“',
      heatmap: 'Heatmap',
      heatmapCaption: 'Reibung nach Bereich und Team (1 = schmerzt kaum, 5 = schmerzt sehr), mit der Wahrnehmungslücke zwischen Marketing und Vertrieb',
      gap: 'Lücke',
      gapHint: 'Eine Lücke von 2 oder mehr: Die Teams sehen diesen Bereich sehr unterschiedlich – sprechen Sie darüber.'
    },
    voices: {
      title: 'Stimmen',
      intro: 'Karten werden ohne Verfasser gespeichert, damit Vorurteile ausgesprochen werden können.',
      columns: {
        marketingHeard: 'Marketing hört über sich',
        marketingSays: 'Marketing sagt über den Vertrieb',
        salesHeard: 'Vertrieb hört über sich',
        salesSays: 'Vertrieb sagt über das Marketing'
      },
      card: 'Karte',
      add: 'Karte hinzufügen',
      describe: 'Karte „{{text}}“',
      empty: 'Noch keine Karten.'
    },
    givesGets: {
      title: 'Geben & Nehmen',
      marketing: 'Marketing braucht vom Vertrieb',
      sales: 'Vertrieb braucht vom Marketing',
      need: 'Bedarf',
      add: 'Bedarf hinzufügen',
      describe: 'Bedarf „{{text}}“'
    },
    benefits: {
      title: 'Nutzen, auf den sich beide Seiten einigen',
      benefit: 'Nutzen',
      add: 'Nutzen hinzufügen',
      describe: 'Nutzen „{{text}}“'
    },
    sharedGoal: {
      title: 'Gemeinsames Ziel',
      label: 'Unser gemeinsames Ziel',
      placeholder: 'z. B. Gemeinsam machen wir aus jedem relevanten Lead Umsatz – mit einem Prozess und einer Sprache.'
    }
  },
  closedLoop: {
    lifecycle: {
      title: 'Lead-Lebenszyklus',
      intro: 'Die Stufen in ihrer Reihenfolge. Jede hat ein zuständiges Team und eine Höchstdauer, bevor der Lead weitergeht oder zurückgeht.',
      name: 'Stufe',
      definition: 'Definition',
      owner: 'Zuständiges Team',
      entryCriteria: 'Eintrittskriterien',
      maxDays: 'Höchstdauer in der Stufe',
      days: 'Tage',
      onStall: 'Bei Stillstand oder Ablehnung weiter an',
      add: 'Stufe hinzufügen',
      describe: 'Stufe „{{name}}“'
    },
    reports: {
      title: 'Berichte',
      name: 'Bericht',
      from: 'Von',
      to: 'An',
      metrics: 'Enthaltene Kennzahlen',
      cadence: 'Rhythmus',
      when: 'Wann',
      whenPlaceholder: 'z. B. montags',
      channel: 'Kanal / Format',
      owner: 'Verantwortlich',
      add: 'Bericht hinzufügen',
      describe: 'Bericht „{{name}}“',
      empty: 'Noch keine Berichte.'
    },
    cadences: { weekly: 'Wöchentlich', biweekly: 'Alle zwei Wochen', monthly: 'Monatlich', quarterly: 'Quartalsweise' },
    rejections: {
      title: 'Ablehnungsgründe',
      intro: 'Die Gründe, aus denen der Vertrieb einen Lead ablehnen oder an das Marketing zurückgeben darf.',
      reason: 'Grund',
      add: 'Grund hinzufügen',
      describe: 'Grund „{{text}}“'
    },
    stuckLead: {
      title: 'Regel für hängende Leads',
      days: 'Tage ohne Aktivität',
      action: 'Wer informiert wird und was passiert',
      actionPlaceholder: 'z. B. Der Lead geht zurück ins Nurturing; die zuständige Person und die Marketingleitung werden informiert.',
      summary: 'Nach {{days}} Tagen ohne Aktivität geht ein Lead zurück ins Nurturing.',
      what: 'Regel für hängende Leads'
    }
  },
  language: {
    mql: { title: 'MQL-Definition', what: 'MQL-Definition' },
    sql: { title: 'SQL-Definition', what: 'SQL-Definition' },
    sentence: 'Definition',
    generate: 'Definition aus den Kriterien formulieren',
    generateHint: 'Ersetzt die Definition durch einen Satz aus den Kriterien; danach frei bearbeitbar.',
    replaced: 'Definition durch den formulierten Satz ersetzt.',
    threshold: 'Punkteschwelle (optional)',
    points: 'Punkte (optional)',
    criteria: 'Kriterien',
    criterion: 'Kriterium',
    kind: 'Art',
    kinds: { fit: 'Passung', engagement: 'Engagement', bant: 'BANT', other: 'Sonstiges' },
    addCriterion: 'Kriterium hinzufügen',
    describe: 'Kriterium „{{text}}“',
    glossary: {
      title: 'Glossar',
      term: 'Begriff',
      definition: 'Vereinbarte Definition',
      add: 'Begriff hinzufügen',
      describe: 'Begriff „{{term}}“'
    }
  },
  keepAtIt: {
    actions: {
      title: 'Maßnahmenplan',
      action: 'Maßnahme',
      owner: 'Zuständig',
      team: 'Team',
      due: 'Fällig',
      state: 'Status',
      states: { open: 'Offen', inProgress: 'In Arbeit', done: 'Erledigt' },
      add: 'Maßnahme hinzufügen',
      describe: 'Maßnahme „{{title}}“',
      empty: 'Noch keine Maßnahmen.',
      suggestions: 'Vorschläge aus der Praxis',
      suggestionsHint: 'Übernehmen Sie, was passt – nichts wird von selbst hinzugefügt.',
      addSuggestion: '„{{title}}“ hinzufügen'
    },
    concerns: {
      title: 'Bedenken',
      concern: 'Bedenken oder Befürchtung',
      response: 'Wie wir damit umgehen',
      add: 'Bedenken hinzufügen',
      describe: 'Bedenken „{{text}}“',
      empty: 'Keine Bedenken notiert.'
    }
  },
  sla: {
    tabs: { label: 'Teile von Schritt 4', agreement: 'Vereinbarung', calculator: 'Lead-Ziele-Rechner', sign: 'Prüfen & unterschreiben', versions: 'Versionen' },
    version: 'Version {{number}}',
    states: { draft: 'Entwurf', signed: 'Unterschrieben', superseded: 'Abgelöst' },
    signedOn: 'Unterschrieben am {{date}}',
    fingerprint: 'Fingerabdruck',
    lockedNotice: 'Version {{number}} ist unterschrieben. Ihr Inhalt ist schreibgeschützt – für Änderungen das SLA ändern.',
    amend: 'SLA ändern',
    amended: 'Version {{number}} als Entwurf angelegt. Ändern Sie, was beschlossen wurde, und unterschreiben Sie erneut.',
    responsibilities: {
      title: 'Verantwortlichkeiten',
      guidance: 'Aufgaben rund um einzelne Kunden und persönlichen Kontakt liegen eher beim Vertrieb, Aufgaben zu Märkten und Zielgruppen eher beim Marketing.',
      legend: 'R = verantwortlich (führt aus) · A = rechenschaftspflichtig (trägt das Ergebnis, eines je Aufgabe) · C = wird beteiligt · I = wird informiert',
      activity: 'Aufgabe',
      owner: 'Zuständige Person (optional)',
      letter: '{{team}} für „{{activity}}“',
      none: '–',
      add: 'Aufgabe hinzufügen',
      describe: 'Aufgabe „{{activity}}“',
      noR: 'Niemand ist für diese Aufgabe verantwortlich (R) oder rechenschaftspflichtig (A).',
      noA: 'Niemand ist für das Ergebnis rechenschaftspflichtig (A) – einigen Sie sich auf ein Team.',
      manyA: 'Mehr als ein Team ist rechenschaftspflichtig (A) – einigen Sie sich auf eines.'
    },
    commitments: {
      title: 'Zusagen',
      intro: 'Messbare Zeiten, die beide Seiten zusagen. „Höchstens“ heißt: weniger ist besser (z. B. Reaktion innerhalb von 24 Stunden).',
      description: 'Zusage',
      value: 'Wert',
      unit: 'Einheit',
      units: { hours: 'Stunden', days: 'Tage', attempts: 'Versuche', perWeek: 'pro Woche', perMonth: 'pro Monat', percent: '%', count: 'Mal' },
      direction: 'Richtung',
      directions: { atMost: 'höchstens', atLeast: 'mindestens' },
      team: 'Zuständiges Team',
      measuredBy: 'Wie gemessen wird',
      kind: 'Art',
      kinds: {
        firstContact: 'Erstkontakt',
        acceptReject: 'Annehmen oder ablehnen',
        attempts: 'Kontaktversuche',
        feedback: 'Feedbackrunde',
        reporting: 'Reporting-Runde',
        review: 'SLA-Überprüfung',
        other: 'Sonstiges'
      },
      add: 'Zusage hinzufügen',
      describe: 'Zusage „{{text}}“',
      valueInvalid: 'Bitte einen Wert von 0 oder mehr eingeben.'
    },
    targets: {
      title: 'Ziele',
      periods: { month: 'Pro Monat', quarter: 'Pro Quartal', year: 'Pro Jahr' },
      period: 'Zeitraum',
      metric: 'Kennzahl',
      team: 'Zuständig',
      value: 'Ziel',
      unit: 'Einheit',
      owners: { marketing: 'Marketing', sales: 'Vertrieb', joint: 'Gemeinsam (Marketing & Vertrieb)', none: '— auswählen —' },
      fromCalculator: 'aus dem Rechner',
      add: 'Ziel hinzufügen',
      describe: 'Ziel „{{text}}“',
      empty: 'Keine Ziele für diesen Zeitraum.',
      valueInvalid: 'Bitte ein Ziel von 0 oder mehr eingeben.'
    },
    kpis: {
      title: 'Berichterstattung an die Geschäftsleitung',
      kpi: 'Kennzahl',
      measure: 'Wie Erfolg gemessen wird',
      reporter: 'Wer berichtet',
      cadence: 'Wie oft',
      add: 'Kennzahl hinzufügen',
      describe: 'Kennzahl „{{text}}“'
    },
    governance: {
      title: 'Steuerung',
      what: 'Steuerung',
      startDate: 'Beginn',
      term: 'Laufzeit',
      months: 'Monate',
      termInvalid: 'Bitte ganze Monate eingeben, 1 oder mehr.',
      reviewCadence: 'Überprüfung',
      cadences: { monthly: 'Monatlich', quarterly: 'Quartalsweise', halfYearly: 'Halbjährlich', yearly: 'Jährlich' },
      escalation: 'Eskalation, wenn das SLA verfehlt wird',
      amendments: 'Wie Änderungen vorgenommen werden',
      currency: 'Währung'
    },
    calculator: {
      title: 'Lead-Ziele-Rechner',
      intro: 'Vom Umsatzziel rückwärts rechnen: Wie viele Kunden, SQLs, MQLs, Leads und Besuche braucht es?',
      inputs: 'Annahmen',
      results: 'Was es braucht',
      period: 'Zeitraum',
      revenueGoal: 'Umsatzziel',
      marketingShare: 'Anteil aus Marketing-Leads',
      dealSize: 'Durchschnittlicher Auftragswert',
      visitToLead: 'Besuch → Lead',
      leadToMql: 'Lead → MQL',
      mqlToSql: 'MQL → SQL',
      sqlToCustomer: 'SQL → Kunde',
      leadToCustomer: 'Lead → Kunde (wenn die Stufenraten unbekannt sind)',
      reps: 'Anzahl Vertriebsmitarbeiter',
      rates: 'Konversionsraten',
      revenue: 'Umsatz aus Marketing-Leads',
      customers: 'Kunden',
      sqls: 'SQLs',
      mqls: 'MQLs',
      leads: 'Leads',
      visits: 'Website-Besuche',
      mqlsPerRep: 'MQLs je Vertriebsmitarbeiter',
      valueOfLead: 'Wert eines Leads',
      roundedUp: 'Anzahlen werden aufgerundet – man gewinnt keine 2,3 Kunden.',
      notComputable: 'braucht weitere Raten',
      useAsTargets: 'Als Ziele übernehmen ({{period}})',
      overwriteTitle: 'Bestehende Ziele ersetzen?',
      overwriteBody: 'Diese Ziele haben schon Werte und werden ersetzt: {{list}}.',
      overwrite: 'Ersetzen',
      applied: 'Ziele des Zeitraums aus dem Rechner übernommen.',
      problems: {
        required: 'Bitte einen Wert eingeben.',
        positive: 'Bitte einen Betrag über 0 eingeben.',
        rateRange: 'Eine Rate muss über 0 % und höchstens 100 % betragen.',
        shareRange: 'Der Anteil muss über 0 % und höchstens 100 % betragen.',
        repsWhole: 'Bitte eine ganze Zahl von Mitarbeitern eingeben, 1 oder mehr.',
        number: 'Bitte eine Zahl eingeben.',
        tooLarge: 'Mit diesen Werten werden die Zahlen zu groß – bitte prüfen.',
        inconsistentLeadToCustomer: 'Lead → Kunde passt nicht zum Produkt der Stufenraten; es gelten die Stufenraten.',
        noPathToLeads: 'Stufenraten oder Lead → Kunde eingeben, um auf die Leads zu kommen.'
      }
    },
    check: {
      title: 'Vollständigkeitsprüfung',
      nothingMissing: 'Es fehlt nichts. Bitte vor dem Unterschreiben die Punkte unten prüfen.',
      allGood: 'Es fehlt nichts. Das SLA ist bereit zur Unterschrift.',
      blocking: 'Fehlt',
      warning: 'Zu prüfen',
      fix: 'Dorthin',
      confirmTitle: 'Mit offenen Punkten unterschreiben?',
      confirmBody: 'Die Vollständigkeitsprüfung zeigt noch {{count}} offene Punkte. Sie werden im unterschriebenen Dokument aufgeführt.',
      confirmLabel: 'Wir unterschreiben mit diesen offenen Punkten',
      confirmed: 'Unterschrift mit {{count}} offenen Punkten bestätigt.'
    },
    findings: {
      noMarketingSignatory: 'Niemand aus dem Marketing unterschreibt das SLA.',
      noSalesSignatory: 'Niemand aus dem Vertrieb unterschreibt das SLA.',
      signatoryWithoutName: 'Unterzeichnende Person Nr. {{position}} ({{team}}) hat keinen Namen.',
      noSharedGoal: 'Es gibt kein gemeinsames Ziel.',
      stepNotCompleted: '{{step}} ist nicht als abgeschlossen markiert.',
      noMqlDefinition: 'Es gibt keine MQL-Definition.',
      noSqlDefinition: 'Es gibt keine SQL-Definition.',
      noFirstContactCommitment: 'Es gibt keine Reaktionszeit: wie schnell der Vertrieb einen neuen MQL kontaktiert.',
      commitmentWithoutValue: 'Die Zusage „{{description}}“ hat keinen Wert.',
      raciNobodyResponsible: 'Niemand ist verantwortlich für „{{activity}}“.',
      raciSeveralAccountable: '{{count}} Teams sind rechenschaftspflichtig für „{{activity}}“.',
      raciNoAccountable: 'Niemand ist rechenschaftspflichtig für „{{activity}}“.',
      noTargets: 'Es gibt keine Ziele.',
      targetWithoutTeam: 'Das Ziel „{{metric}}“ ({{period}}) hat keine Zuständigkeit.',
      targetWithoutValue: 'Das Ziel „{{metric}}“ ({{period}}) hat keinen Wert.',
      governanceWithoutStartDate: 'Das SLA hat kein Anfangsdatum.',
      itemsNotAgreed: '{{list}}: {{count}} noch nicht vereinbart.',
      notAgreed: '{{part}} ist noch nicht vereinbart.'
    },
    listNames: {
      stage: 'Lead-Stufen',
      report: 'Berichte',
      rejection: 'Ablehnungsgründe',
      mqlCriterion: 'MQL-Kriterien',
      sqlCriterion: 'SQL-Kriterien',
      glossary: 'Glossar',
      raci: 'Verantwortlichkeiten',
      commitment: 'Zusagen',
      target: 'Ziele',
      kpi: 'Berichterstattung an die Geschäftsleitung',
      mql: 'Die MQL-Definition',
      sql: 'Die SQL-Definition',
      stuckLeadRule: 'Die Regel für hängende Leads',
      governance: 'Die Steuerung'
    },
    diffLists: {
      signatories: 'Unterzeichnende',
      stages: 'Lead-Stufen',
      mqlCriteria: 'MQL-Kriterien',
      sqlCriteria: 'SQL-Kriterien',
      glossary: 'Glossar',
      responsibilities: 'Verantwortlichkeiten',
      commitments: 'Zusagen',
      targets: 'Ziele',
      reports: 'Berichte',
      rejectionReasons: 'Ablehnungsgründe',
      managementKpis: 'Berichterstattung an die Geschäftsleitung'
    },
    yes: 'ja',
    no: 'nein',
    empty: '(leer)',
    signing: {
      title: 'Unterschriften',
      intro: 'Alle Unterzeichnenden unterschreiben an diesem Laptop – mit Maus, Touchpad, Stift oder Finger gezeichnet oder als getippter vollständiger Name.',
      needsSigners: 'Mindestens eine Person aus dem Marketing und eine aus dem Vertrieb als Unterzeichnende markieren (Workshop & Teilnehmende).',
      sign: 'Unterschreiben',
      signAs: 'Unterschreiben als {{name}}',
      signed: 'Unterschrieben',
      signedAt: 'Unterschrieben am {{date}} in {{place}}',
      outdated: 'Der Inhalt hat sich nach dieser Unterschrift geändert – bitte erneut unterschreiben.',
      remove: 'Unterschrift zurückziehen',
      dialogTitle: 'Unterschrift von {{name}}',
      draw: 'Zeichnen',
      type: 'Name tippen',
      drawHint: 'Im Feld mit Maus, Touchpad, Stift oder Finger unterschreiben.',
      canvas: 'Unterschriftsfeld',
      clear: 'Löschen',
      typedName: 'Vollständiger Name',
      typedHint: 'Ihr getippter vollständiger Name gilt als Unterschrift.',
      place: 'Ort',
      date: 'Datum und Uhrzeit',
      confirm: 'Jetzt unterschreiben',
      emptyDrawing: 'Bitte zuerst im Feld unterschreiben.',
      typedMismatch: 'Bitte Ihren vollständigen Namen eingeben.',
      placeRequired: 'Bitte den Ort eingeben.',
      changed: 'Der Inhalt hat sich während des Unterschreibens geändert. Bitte prüfen und erneut unterschreiben.',
      complete: 'Alle Unterschriften liegen vor: Version {{number}} ist unterschrieben und eingefroren.',
      openItemsFirst: 'Bitte zuerst die Unterschrift mit offenen Punkten bestätigen (oben).'
    },
    versions: {
      title: 'Versionen',
      none: 'Noch keine Version – das SLA wird zu Version 1, sobald die erste Person unterschreibt.',
      compare: 'Was sich gegenüber Version {{number}} geändert hat',
      noChanges: 'Noch keine Änderungen gegenüber Version {{number}}.',
      added: 'Hinzugefügt',
      removed: 'Entfernt',
      changed: 'Geändert',
      reordered: 'Reihenfolge geändert',
      before: 'vorher',
      after: 'nachher',
      signatures: '{{count}} Unterschriften',
      openItems: 'Mit {{count}} offenen Punkten unterschrieben',
      sections: {
        parties: 'Parteien und Zweck',
        definitions: 'Definitionen',
        responsibilities: 'Verantwortlichkeiten',
        commitments: 'Zusagen',
        targets: 'Ziele',
        funnel: 'Annahmen des Rechners',
        reporting: 'Berichte',
        governance: 'Steuerung'
      }
    }
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
