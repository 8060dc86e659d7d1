import type { Messages } from '../messages'
import type { en } from './en'

/** Deutsche Texte der Raumansicht der Moderation und des Raums auf der Leinwand. */
export const de: Messages<typeof en> = {
  roomScreen: {
    notRunning: 'Der Raummodus ist nicht geöffnet. Sie starten ihn in der Übersicht.',
    toOverview: 'Zur Übersicht',
    openScreen: 'Raumansicht öffnen',
    join: {
      scan: 'Code mit der Handykamera scannen oder die Adresse im Browser des Handys eingeben.',
      qr: 'QR-Code der Adresse {{url}}',
      address: 'Adresse',
      code: 'Raumcode',
      otherAddresses: 'Weitere Adressen dieses Laptops'
    },
    network: {
      title: 'Das Netzwerk im Raum',
      noInternet: 'Der Raummodus braucht kein Internet. Die Handys müssen nur diesen Laptop im selben Netzwerk erreichen – dafür gibt es zwei Wege:',
      venueTitle: 'WLAN vor Ort',
      venue: 'Laptop und Handys sind im selben WLAN angemeldet. In den meisten Besprechungsräumen genügt das.',
      hotspotTitle: 'Hotspot des Laptops',
      hotspot:
        'Schalten Sie in den Netzwerkeinstellungen des Laptops den Hotspot ein und verbinden Sie die Handys damit. Das klappt überall, auch ganz ohne WLAN. Der Hotspot Ihres eigenen Handys tut es ebenso, wenn sich auch der Laptop damit verbindet.',
      isolationTitle: 'Wenn Handys keine Verbindung bekommen',
      isolation:
        'Gäste-WLANs und viele Firmen-WLANs schotten die Geräte voneinander ab („Client Isolation“): Die Handys kommen dann zwar ins Internet, aber nicht zu diesem Laptop, und die Seite lädt nicht. Wechseln Sie in diesem Fall zum Hotspot.',
      testFirst: 'Testen Sie es, bevor sich der Raum füllt: Öffnen Sie die Adresse mit dem eigenen Handy – in dem Netz, das auch die Teilnehmenden nutzen.',
      restart: 'Nach einem Netzwechsel den Raummodus beenden und neu starten – die Adresse ändert sich dabei.'
    },
    questions: {
      title: 'Auf den Handys geöffnet',
      intro: 'Was Sie hier öffnen, erscheint sofort auf allen Handys; Schließen nimmt es wieder weg. Bereits gesendete Antworten bleiben erhalten.',
      rate: 'Reibungspunkte bewerten (1–5)',
      rateNone: 'In Schritt 1 gibt es noch keine benannten Reibungspunkte.',
      cards: 'Karten',
      cardKinds: {
        voice: 'Stimmen (anonym)',
        giveGet: 'Geben & Nehmen',
        concern: 'Bedenken',
        parking: 'Themenspeicher'
      },
      dots: 'Punktabfrage',
      dotsOpen: 'Punktabfrage öffnen',
      dotsSubject: 'Abstimmen über',
      subjects: {
        friction: 'Reibungspunkte',
        action: 'Maßnahmen',
        concern: 'Bedenken'
      },
      dotsCount: 'Punkte pro Person',
      dotsNone: 'Diese Liste enthält noch nichts, worüber abgestimmt werden kann.',
      agree: 'Zustimmen / noch nicht',
      agreeOpen: 'Den Raum fragen',
      agreeSubject: 'Worüber',
      mql: 'MQL-Definition',
      sql: 'SQL-Definition',
      commitments: 'Zusagen',
      agreeEmpty: 'Dazu gibt es noch keinen Text – tragen Sie ihn zuerst im Schritt ein.',
      agreeNote: 'Entscheiden tut weiterhin der Raum: Markieren Sie es im Schritt als vereinbart, sobald Marketing und Vertrieb zustimmen.'
    },
    projector: {
      title: 'Auf der Leinwand',
      hint: 'Die Handys zeigen dasselbe unter ihren Fragen. Die Publikumsansicht zeigt es, solange Sie auf dieser Seite sind.',
      kinds: {
        nothing: 'Nur, wie man mitmacht',
        cards: 'Freigegebene Karten',
        heatmap: 'Heatmap',
        dots: 'Ergebnis der Punktabfrage',
        agreement: 'Zustimmung je Team'
      },
      cardKind: 'Welche Karten'
    },
    sync: {
      failed: 'Die Handys ließen sich nicht aktualisieren – sie zeigen noch den vorigen Stand.',
      retry: 'Erneut versuchen'
    },
    queue: {
      title: 'Moderation',
      intro: 'Karten von den Handys warten hier. Nur was Sie freigeben, kommt in seine Liste und auf die Leinwand. „Rückgängig“ nimmt jeden Schritt zurück.',
      empty: 'Keine Karten in der Warteschlange.',
      waiting: 'Wartende Karten',
      released: 'Freigegeben',
      hidden: 'Ausgeblendet',
      release: 'Freigeben',
      whichSide: 'Zu welcher Seite gehört diese Karte?',
      cancel: 'Abbrechen',
      hide: 'Ausblenden',
      mergeInto: 'Zusammenführen mit …',
      merge: 'Zusammenführen',
      mergedHere: 'Mit dieser Karte zusammengeführt',
      requeue: 'Zurück in die Warteschlange',
      problems: {
        missing: 'Diese Karte gibt es nicht mehr – wurde sie in einem anderen Fenster rückgängig gemacht?',
        merged: 'Diese Karte gehört inzwischen zu einer anderen: Moderieren Sie bitte jene.',
        sideNeeded: 'Wählen Sie die Seite, zu der diese Karte gehört.',
        notMergeable: 'Diese beiden Karten lassen sich nicht zusammenführen.',
        failed: 'Das ließ sich nicht speichern. Bitte versuchen Sie es noch einmal.'
      }
    },
    projection: {
      noCards: 'Noch keine Karten freigegeben.',
      dots_one: '{{number}} Punkt',
      dots_other: '{{number}} Punkte',
      team: 'Team',
      agree: 'Stimmen zu',
      notYet: 'Noch nicht'
    },
    everybodyOut: {
      button: 'Alle Handys abmelden',
      title: 'Alle Handys abmelden?',
      message:
        'Alle Handys verlassen den Raum und müssen den neuen Code scannen. Die bisherige Adresse und der bisherige Raumcode gelten ab sofort nicht mehr; bereits gesendete Antworten bleiben erhalten.',
      confirm: 'Alle abmelden',
      done: 'Neue Adresse und neuer Raumcode: Alle Handys müssen neu beitreten.',
      failed: 'Der Raum hat keine neue Adresse bekommen, die Handys sind also noch verbunden. Bitte versuchen Sie es noch einmal.'
    }
  }
}
