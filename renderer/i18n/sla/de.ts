import type { Messages } from '../messages'
import type { en } from './en'

/** Deutsche Texte für Schritt 4: das SLA, seine Versionen und das Unterschreiben; gleiche Schlüssel wie en.ts. */
export const de: Messages<typeof en> = {
  completenessSummary: {
    open_one: 'Noch nicht vollständig: 1 offener Punkt unten.',
    open_other: 'Noch nicht vollständig: {{count}} offene Punkte unten.'
  },
  sla: {
    tabs: {
      label: 'Teile von Schritt 4',
      agreement: 'Vereinbarung',
      calculator: 'Lead-Ziele-Rechner',
      sign: 'Prüfen & unterschreiben',
      versions: 'Versionen'
    },
    signedOn: 'Unterschrieben am {{date}}',
    fingerprint: 'Fingerabdruck',
    lockedNotice:
      'Version {{number}} ist unterschrieben. Ihr Inhalt ist schreibgeschützt – für Änderungen das SLA ändern.',
    amend: 'SLA ändern',
    amended:
      'Version {{number}} als Entwurf angelegt. Ändern Sie, was beschlossen wurde, und unterschreiben Sie erneut.',
    responsibilities: {
      title: 'Verantwortlichkeiten',
      guidance:
        'Aufgaben rund um einzelne Kunden und persönlichen Kontakt liegen eher beim Vertrieb, Aufgaben zu Märkten und Zielgruppen eher beim Marketing.',
      legend:
        'R = verantwortlich (führt aus) · A = rechenschaftspflichtig (trägt das Ergebnis, ein Team je Aufgabe) · A/R = beides: das rechenschaftspflichtige Team führt selbst aus · C = wird beteiligt · I = wird informiert',
      activity: 'Aufgabe',
      owner: 'Zuständige Person (optional)',
      letter: '{{team}} für „{{activity}}“',
      none: '–',
      add: 'Aufgabe hinzufügen',
      describe: 'Aufgabe „{{activity}}“',
      noR:
        'Niemand führt die Aufgabe aus (R) – markieren Sie ein Team mit R, oder mit A/R, wenn das rechenschaftspflichtige Team sie selbst ausführt.',
      noA: 'Niemand ist für das Ergebnis rechenschaftspflichtig (A) – einigen Sie sich auf ein Team.',
      manyA: 'Mehr als ein Team ist rechenschaftspflichtig (A) – einigen Sie sich auf eines.'
    },
    commitments: {
      title: 'Zusagen',
      intro:
        'Messbare Zeiten, die beide Seiten zusagen. „Höchstens“ heißt: weniger ist besser (z. B. Reaktion innerhalb von 24 Stunden).',
      description: 'Zusage',
      value: 'Wert',
      unit: 'Einheit',
      units: {
        hours: 'Stunden',
        hours_one: 'Stunde',
        days: 'Tage',
        days_one: 'Tag',
        attempts: 'Versuche',
        attempts_one: 'Versuch',
        perWeek: 'pro Woche',
        perMonth: 'pro Monat',
        percent: '%',
        count: 'Mal',
        count_one: 'Mal'
      },
      direction: 'Richtung',
      directions: {
        atMost: 'höchstens',
        atLeast: 'mindestens'
      },
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
        other: 'Sonstiges',
        leadVolume: 'Lead-Menge',
        leadQuality: 'Lead-Qualität',
        dataCompleteness: 'Vollständige Daten',
        salesContent: 'Inhalte für den Vertrieb'
      },
      add: 'Zusage hinzufügen',
      describe: 'Zusage „{{text}}“'
    },
    targets: {
      title: 'Ziele',
      periods: {
        month: 'Pro Monat',
        quarter: 'Pro Quartal',
        year: 'Pro Jahr'
      },
      period: 'Zeitraum',
      metric: 'Kennzahl',
      team: 'Zuständig',
      value: 'Ziel',
      unit: 'Einheit',
      owners: {
        marketing: 'Marketing',
        sales: 'Vertrieb',
        joint: 'Gemeinsam (Marketing & Vertrieb)',
        none: '— auswählen —'
      },
      fromCalculator: 'aus dem Rechner',
      add: 'Ziel hinzufügen',
      describe: 'Ziel „{{text}}“',
      empty: 'Keine Ziele für diesen Zeitraum.'
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
      reviewCadence: 'Überprüfung',
      cadences: {
        monthly: 'Monatlich',
        quarterly: 'Quartalsweise',
        halfYearly: 'Halbjährlich',
        yearly: 'Jährlich'
      },
      escalation: 'Eskalation, wenn das SLA verfehlt wird',
      amendments: 'Wie Änderungen vorgenommen werden',
      currency: 'Währung',
      scope: 'Geltungsbereich',
      scopeLeads: 'Für welche Leads das SLA gilt',
      scopeRegions: 'Für welche Regionen es gilt',
      handover: 'Übergabe eines Leads',
      handoverData: 'Welche Angaben ein Lead bei der Übergabe an den Vertrieb mitbringt',
      handoverHint: 'Eine Angabe pro Zeile.',
      clock: 'Geschäftszeiten und Feiertage',
      clockMode: 'Zeitzusagen werden gemessen in',
      clockModes: {
        none: 'Nicht festgelegt (wie bisher)',
        calendar: 'Kalenderstunden: rund um die Uhr',
        business: 'Geschäftszeiten'
      },
      workingDays: 'Arbeitstage',
      workingDaysHint: 'Geschäftszeiten brauchen mindestens einen Arbeitstag.',
      weekdays: {
        '1': 'Montag',
        '2': 'Dienstag',
        '3': 'Mittwoch',
        '4': 'Donnerstag',
        '5': 'Freitag',
        '6': 'Samstag',
        '7': 'Sonntag'
      },
      dayStart: 'Geschäftszeit beginnt',
      dayEnd: 'Geschäftszeit endet',
      timeInvalid: 'Bitte eine Uhrzeit wie 08:00 eingeben.',
      endNotAfterStart: 'Die Geschäftszeit muss nach ihrem Beginn enden.',
      timeZone: 'Zeitzone',
      termAndEnd: 'Laufzeit, Verlängerung und Ende',
      renewal: 'Verlängerung am Ende der Laufzeit',
      termination: 'Wie das SLA endet',
      escalationTitle: 'Eskalation',
      consequences: 'Wenn Zusagen weiter verfehlt werden (zweite Stufe)',
      dataProtection: 'Datenschutz und Betriebsrat',
      amendmentsTitle: 'Änderungen und Datenschutz'
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
      overwriteTitle: 'Bestehende Werte ersetzen?',
      overwriteBody: 'Diese Ziele und Zusagen haben schon Werte und werden ersetzt: {{list}}.',
      overwrite: 'Ersetzen',
      applied: 'Ziele des Zeitraums aus dem Rechner übernommen.',
      problems: {
        required: 'Bitte einen Wert eingeben.',
        positive: 'Bitte einen Betrag über 0 eingeben.',
        rateRange: 'Eine Rate muss über 0 % und höchstens 100 % betragen.',
        shareRange: 'Der Anteil muss über 0 % und höchstens 100 % betragen.',
        repsWhole: 'Bitte eine ganze Zahl von Mitarbeitern eingeben, 1 oder mehr.',
        tooLarge: 'Mit diesen Werten werden die Zahlen zu groß – bitte prüfen.',
        inconsistentLeadToCustomer: 'Lead → Kunde passt nicht zum Produkt der Stufenraten; es gelten die Stufenraten.',
        noPathToLeads: 'Stufenraten oder Lead → Kunde eingeben, um auf die Leads zu kommen.'
      }
    },
    check: {
      title: 'Vollständigkeitsprüfung',
      allGood: 'Es fehlt nichts. Das SLA ist bereit zur Unterschrift.',
      blocking: 'Fehlt',
      warning: 'Zu prüfen',
      fix: 'Dorthin',
      confirmTitle: 'Mit offenen Punkten unterschreiben?',
      confirmBody_one:
        'Die Vollständigkeitsprüfung zeigt noch {{count}} offenen Punkt. Er wird im unterschriebenen Dokument aufgeführt.',
      confirmBody_other:
        'Die Vollständigkeitsprüfung zeigt noch {{count}} offene Punkte. Sie werden im unterschriebenen Dokument aufgeführt.',
      confirmLabel: 'Wir unterschreiben mit diesen offenen Punkten',
      confirmed_one: 'Unterschrift mit {{count}} offenen Punkt bestätigt.',
      confirmed_other: 'Unterschrift mit {{count}} offenen Punkten bestätigt.'
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
      intro:
        'Alle Unterzeichnenden unterschreiben an diesem Laptop – mit Maus, Touchpad, Stift oder Finger gezeichnet oder als getippter vollständiger Name.',
      needsSigners:
        'Mindestens eine Person aus dem Marketing und eine aus dem Vertrieb als Unterzeichnende markieren (Workshop & Teilnehmende).',
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
      signatures_one: '{{count}} Unterschrift',
      signatures_other: '{{count}} Unterschriften',
      openItems_one: 'Mit {{count}} offenen Punkt unterschrieben',
      openItems_other: 'Mit {{count}} offenen Punkten unterschrieben',
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
  signedSla: {
    notSigned: 'Noch nicht unterschrieben',
    withdrawTitle: 'Unterschrift zurückziehen?',
    withdrawBody:
      'Die Unterschrift von {{name}} wird aus diesem Entwurf entfernt. {{name}} kann danach erneut unterschreiben.',
    withdraw: 'Zurückziehen',
    deleteSignerTitle: 'Person löschen, die unterschrieben hat?',
    deleteSignerBody_one:
      '{{name}} hat Version {{versions}} unterschrieben. Die Unterschrift bleibt in dieser Version erhalten – mit Name, Rolle und Team wie beim Unterschreiben –, auf dem Bildschirm und in jedem Export. Nur die Teilnehmerliste ändert sich.',
    deleteSignerBody_other:
      '{{name}} hat die Versionen {{versions}} unterschrieben. Die Unterschriften bleiben in diesen Versionen erhalten – mit Name, Rolle und Team wie beim Unterschreiben –, auf dem Bildschirm und in jedem Export. Nur die Teilnehmerliste ändert sich.',
    deleteSigner: 'Aus den Teilnehmenden löschen',
    otherWindowSigned:
      'Version {{number}} wurde in einem anderen Fenster unterschrieben. Sie ist jetzt auch hier schreibgeschützt; Rückgängig beginnt von vorn.',
    otherWindowEdited:
      'Dieser Workshop ist auch in einem anderen Fenster geöffnet. Änderungen von dort erscheinen hier, sobald sie gespeichert sind.',
    show: 'Anzeigen',
    showVersion: 'Version {{number}} anzeigen',
    viewTitle: 'Version {{number}} · {{state}}',
    viewReadOnly: 'Schreibgeschützt: der Inhalt genau so, wie er am {{date}} unterschrieben wurde.',
    exportVersion: 'Version {{number}} exportieren (.docx)',
    close: 'Zurück zu den Versionen',
    signatories: 'Unterschriften',
    definitions: 'Definitionen',
    criteria: 'Kriterien',
    threshold: 'Punkteschwelle: {{value}}',
    noEntries: 'Keine',
    diff: {
      status: 'Vereinbart oder vorgeschlagen',
      points: 'Punkte',
      source: 'Aus dem Rechner',
      raci: '{{team}} (RACI)',
      mqlSentence: 'MQL-Definition',
      mqlThreshold: 'MQL-Punkteschwelle',
      mqlStatus: 'MQL-Definition vereinbart oder vorgeschlagen',
      sqlSentence: 'SQL-Definition',
      sqlStatus: 'SQL-Definition vereinbart oder vorgeschlagen',
      stuckLeadStatus: 'Regel für hängende Leads vereinbart oder vorgeschlagen',
      governanceStatus: 'Steuerung vereinbart oder vorgeschlagen'
    },
    seal: {
      label: 'Siegel',
      brokenExplained:
        'Version {{number}} wurde nach der Unterschrift verändert: Inhalt, Unterschriften oder das mit ihnen Versiegelte stimmen nicht mehr mit dem Siegel überein. Sie gilt nicht als unterschrieben und wird nicht als unterschrieben exportiert.',
      brokenWayForward:
        'Um die Vereinbarung wieder in Kraft zu setzen, starten Sie eine Änderung: Die Unterzeichnenden prüfen den Text von Version {{number}} und unterschreiben ihn neu.',
      sealedLater:
        'Am {{date}} nachträglich versiegelt – bei einer Aktualisierung der App oder beim Einlesen einer älteren Datei. Das Siegel bürgt ab dann für diese Version, nicht für ihre Vorgeschichte.'
    }
  }
}
