import type { Messages } from '../messages'
import type { en } from './en'

/** Deutsche Texte für die Schritte 1, 2, 3 und 5; gleiche Schlüssel wie en.ts. */
export const de: Messages<typeof en> = {
  mqlExamples: {
    title: 'Beispielkriterien',
    hint:
      'Passung: Passen Unternehmen und Person zu uns? Engagement: Wie groß ist das Interesse? Die Punkte werden addiert; ab der Punkteschwelle (z. B. {{threshold}} Punkte) ist ein Lead ein MQL. Übernehmen Sie, was passt, und passen Sie die Punkte an.',
    points_one: '{{formatted}} Punkt',
    points_other: '{{formatted}} Punkte',
    add: 'Beispielkriterium hinzufügen: {{text}}',
    addAll: 'Alle Beispiele hinzufügen',
    addAllWithThreshold: 'Alle Beispiele mit einer Schwelle von {{threshold}} Punkten hinzufügen'
  },
  steps: {
    awareness: {
      purpose: 'Reibungspunkte sichtbar machen, Vorurteile abbauen und zeigen, was beide Seiten gewinnen.',
      questions: [
        'Wo hakt die Zusammenarbeit zwischen Marketing und Vertrieb heute – und wie sehr?',
        'Was hören Sie über Ihr Team? Was sagen Sie über das andere Team?',
        'Was braucht Ihr Team vom anderen, um erfolgreich zu sein?',
        'Was gewinnen beide Seiten, wenn es funktioniert – und was ist unser gemeinsames Ziel?'
      ]
    },
    closedLoop: {
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
      purpose:
        'Den Streit „eure Leads sind schlecht / ihr fasst nicht nach“ beenden, indem wir die Begriffe gemeinsam festlegen.',
      questions: [
        'Wann ist ein Lead gut genug für die Übergabe an den Vertrieb (MQL)?',
        'Wann gilt ein Lead für den Vertrieb als qualifiziert (SQL)? Budget, Entscheidungsbefugnis, Bedarf, Zeitrahmen?',
        'Welches Verhalten und welche Unternehmensdaten zählen, und wie viele Punkte ist jedes wert?',
        'Welche anderen Begriffe verwenden wir heute unterschiedlich?'
      ]
    },
    sla: {
      purpose: 'Die Vereinbarungen verbindlich machen: schriftlich, mit messbaren Zusagen beider Seiten.',
      questions: [
        'Wer ist für jede Aufgabe verantwortlich, rechenschaftspflichtig, wird beteiligt oder informiert?',
        'Wie schnell nimmt der Vertrieb Kontakt zu einem neuen MQL auf, und wie oft versucht er es?',
        'Zu welchen Zielen verpflichten wir uns pro Monat, Quartal und Jahr?',
        'Wie eskalieren wir, wenn das SLA verfehlt wird, und wie ändern wir es?'
      ]
    },
    keepAtIt: {
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
      heatmapCaption:
        'Reibung nach Bereich und Team (1 = schmerzt kaum, 5 = schmerzt sehr), mit der Wahrnehmungslücke zwischen Marketing und Vertrieb',
      gap: 'Lücke',
      gapHint: 'Eine Lücke von 2 oder mehr: Die Teams sehen diesen Bereich sehr unterschiedlich – sprechen Sie darüber.',
      roomRatings_one: '{{count}} Bewertung aus dem Raum',
      roomRatings_other: '{{count}} Bewertungen aus dem Raum · Streuung {{spread}}'
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
      intro:
        'Die Stufen in ihrer Reihenfolge. Jede hat ein zuständiges Team und eine Höchstdauer, bevor der Lead weitergeht oder zurückgeht.',
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
    cadences: {
      weekly: 'Wöchentlich',
      biweekly: 'Alle zwei Wochen',
      monthly: 'Monatlich',
      quarterly: 'Quartalsweise'
    },
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
      actionPlaceholder:
        'z. B. Der Lead geht zurück ins Nurturing; die zuständige Person und die Marketingleitung werden informiert.',
      summary_one: 'Nach {{count}} Tag ohne Aktivität geht ein Lead zurück ins Nurturing.',
      summary_other: 'Nach {{count}} Tagen ohne Aktivität geht ein Lead zurück ins Nurturing.',
      what: 'Regel für hängende Leads'
    }
  },
  language: {
    mql: {
      title: 'MQL-Definition',
      what: 'MQL-Definition'
    },
    sql: {
      title: 'SQL-Definition',
      what: 'SQL-Definition'
    },
    sentence: 'Definition',
    generate: 'Definition aus den Kriterien formulieren',
    generateHint: 'Ersetzt die Definition durch einen Satz aus den Kriterien; danach frei bearbeitbar.',
    replaced: 'Definition durch den formulierten Satz ersetzt.',
    threshold: 'Punkteschwelle (optional)',
    points: 'Punkte (optional)',
    criteria: 'Kriterien',
    criterion: 'Kriterium',
    kind: 'Art',
    kinds: {
      fit: 'Passung',
      engagement: 'Engagement',
      bant: 'BANT',
      other: 'Sonstiges'
    },
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
      states: {
        open: 'Offen',
        inProgress: 'In Arbeit',
        done: 'Erledigt'
      },
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
  }
}
