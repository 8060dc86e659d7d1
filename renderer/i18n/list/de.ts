import type { Messages } from '../messages'
import type { en } from './en'

/** Deutsche Texte für die App-Hülle und die Workshop-Liste mit ihren Dialogen; gleiche Schlüssel wie en.ts. */
export const de: Messages<typeof en> = {
  app: {
    name: 'Smarketing Studio',
    tagline: 'Marketing und Vertrieb ausrichten – in einem Workshop, auf einer Seite.',
    language: 'Sprache',
    languageNames: {
      de: 'Deutsch',
      en: 'English'
    },
    notices: 'Hinweise',
    skipToContent: 'Zum Inhalt springen',
    browserEdition: 'Browser-Ausgabe',
    desktopEdition: 'Desktop-App'
  },
  save: {
    saved: 'Alle Änderungen gespeichert',
    saving: 'Speichert …',
    problem: {
      storageFull:
        'Nicht gespeichert: Der Speicher ist voll. Bitte Speicherplatz freigeben – Ihre Eingabe bleibt auf dem Bildschirm und wird gespeichert, sobald wieder Platz ist.',
      storageUnavailable:
        'Nicht gespeichert: Dieser Browser lässt die App gerade keine Daten speichern. Ihre Eingabe bleibt auf dem Bildschirm; die App versucht es weiter.',
      signed:
        'Nicht gespeichert: Dieser Teil ist unterschrieben oder abgeschlossen und kann sich nicht mehr ändern. Ändern Sie dazu das SLA.',
      unknown:
        'Noch nicht gespeichert: Etwas ist schiefgegangen. Ihre Eingabe bleibt auf dem Bildschirm; die App versucht es weiter.'
    }
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
    markAll_one: 'Den letzten Punkt als vereinbart markieren',
    markAll_other: 'Die übrigen {{count}} als vereinbart markieren',
    count: '{{agreed}} von {{total}} vereinbart'
  },
  validation: {
    required: 'Dieses Feld darf nicht leer sein.',
    characters: '{{used}} von {{max}} Zeichen',
    atLimit: 'Höchstlänge erreicht: {{max}} Zeichen. Längerer Text wird abgeschnitten.',
    tooLong: 'Dieser Text ist länger als {{max}} Zeichen. Bitte kürzen.'
  },
  workshopList: {
    search: 'Nach Titel oder Organisation suchen',
    showAll_one: 'Den einen Workshop zeigen',
    showAll_other: 'Alle {{count}} Workshops zeigen',
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
  display: {
    bigger: 'Schrift größer',
    smaller: 'Schrift kleiner',
    contrast: 'Hoher Kontrast'
  },
  review: {
    overdue: 'überfällig'
  },
  export: {
    backupAll: 'Alle sichern',
    restore: 'Wiederherstellen',
    openSla: 'SLA aus Word-Datei öffnen',
    wordFilter: 'Word-Dokument',
    backupFilter: 'Smarketing-Studio-Sicherung',
    saved: 'Gespeichert: {{name}}'
  },
  restore: {
    title: 'Aus einer Sicherung wiederherstellen',
    tooLarge: 'Die Datei ist für eine Sicherung zu groß ({{size, number}} MB). Es wurde nichts geändert.',
    unreadable: 'Die Datei konnte nicht gelesen werden. Es wurde nichts geändert.',
    found_one: 'Die Sicherung enthält {{count}} Workshop:',
    found_other: 'Die Sicherung enthält {{count}} Workshops:',
    exists: 'schon auf diesem Laptop',
    warnings: 'Was beim Einlesen repariert oder ausgelassen wurde',
    asCopy: 'Als Kopien einlesen',
    replace: 'Vorhandene ersetzen',
    replaceConfirm_one:
      '{{count}} Workshop auf diesem Laptop durch die Fassung aus der Sicherung ersetzen? Sein jetziger Inhalt wird überschrieben.',
    replaceConfirm_other:
      '{{count}} Workshops auf diesem Laptop durch die Fassung aus der Sicherung ersetzen? Ihr jetziger Inhalt wird überschrieben.',
    importNew: 'Einlesen',
    done_one: '{{count, number}} Workshop wiederhergestellt.',
    done_other: '{{count, number}} Workshops wiederhergestellt.',
    errors: {
      notText: 'Das ist keine Sicherungsdatei (sie enthält keinen Text). Es wurde nichts geändert.',
      tooLarge:
        'Die Datei ist größer als {{maxMegabytes}} MB und kann keine Sicherung dieser App sein. Es wurde nichts geändert.',
      invalidJson: 'Die Datei ist beschädigt oder unvollständig (kein gültiges JSON). Es wurde nichts geändert.',
      tooDeep:
        'Die Datei ist tiefer verschachtelt ({{maxDepth}} Ebenen) als jede Sicherung – sie wurde abgelehnt. Es wurde nichts geändert.',
      unsafeKey:
        'Die Datei enthält den Namen „{{key}}“, den eine Sicherung nie enthält – sie wurde abgelehnt. Es wurde nichts geändert.',
      notABackup: 'Diese Datei ist keine Smarketing-Studio-Sicherung. Es wurde nichts geändert.',
      invalidVersion: 'Die Sicherung hat eine ungültige Formatversion ({{version}}). Es wurde nichts geändert.',
      newerVersion:
        'Diese Sicherung stammt aus einer neueren Version der App (Format {{version}}; diese App liest bis {{supported}}). Bitte die App aktualisieren. Es wurde nichts geändert.',
      invalidWrapper: 'Der Kopf der Sicherung ist beschädigt (Feld „{{field}}“). Es wurde nichts geändert.',
      invalidStructure: 'Die Sicherung ist an der Stelle {{path}} beschädigt. Es wurde nichts geändert.',
      tooManyRecords:
        'Die Sicherung enthält mehr Datensätze vom Typ {{kind}} als erlaubt ({{max}}). Es wurde nichts geändert.',
      duplicateId: 'Zwei Datensätze vom Typ {{kind}} haben dieselbe Kennung {{id}}. Es wurde nichts geändert.',
      duplicateVersionNumber:
        'Der Workshop „{{workshop}}“ hat zwei SLA-Versionen mit der Nummer {{number}}. Es wurde nichts geändert.',
      invalidSignedVersion:
        'Die unterschriebene SLA-Version {{number}} von „{{workshop}}“ ist beschädigt. Unterschriebene Versionen werden nie repariert, daher wurde die Sicherung abgelehnt. Es wurde nichts geändert.',
      twoSignedVersions:
        'Im Workshop „{{workshop}}“ gelten mehrere unterschriebene SLA-Versionen zugleich – so etwas schreibt die App nie. Es wurde nichts geändert.',
      amendsLoop:
        'Die SLA-Versionen von „{{workshop}}“ ändern sich gegenseitig im Kreis (Version {{number}}) – so etwas schreibt die App nie. Es wurde nichts geändert.',
      nothingToImport: 'Kein Workshop der Sicherung konnte wiederhergestellt werden. Es wurde nichts geändert.',
      unexpected:
        'Die Sicherung konnte wegen eines unerwarteten Problems nicht gelesen werden. Es wurde nichts geändert.',
      tooManyEntries:
        'Eine Liste in der Datei hat mehr als {{max, number}} Einträge – mehr als jede Sicherung. Sie wurde abgelehnt. Es wurde nichts geändert.'
    },
    warningTexts: {
      migrated: 'Aus einer älteren Version der App, auf den aktuellen Stand gebracht (Format {{from}} → {{to}}).',
      recordsRepaired_one:
        '{{count}} Datensatz vom Typ {{kind}} fehlten Felder; sie wurden mit Standardwerten ergänzt ({{fields}}).',
      recordsRepaired_other:
        '{{count}} Datensätzen vom Typ {{kind}} fehlten Felder; sie wurden mit Standardwerten ergänzt ({{fields}}).',
      recordsDropped_one: '{{count}} beschädigter Datensatz vom Typ {{kind}} wurde ausgelassen.',
      recordsDropped_other: '{{count}} beschädigte Datensätze vom Typ {{kind}} wurden ausgelassen.',
      orphansDropped_one: '{{count}} Datensatz vom Typ {{kind}} gehörte zu nichts in der Datei und wurde ausgelassen.',
      orphansDropped_other:
        '{{count}} Datensätze vom Typ {{kind}} gehörten zu nichts in der Datei und wurden ausgelassen.',
      sealBroken:
        'Die unterschriebene SLA-Version {{number}} von „{{workshop}}“ stimmt nicht mit ihrem Siegel überein: Inhalt oder Unterschriften wurden nach der Unterschrift verändert. Sie wird unverändert eingelesen, damit Sie sie prüfen können; die App kennzeichnet sie als nicht übereinstimmend und exportiert sie nicht als unterschrieben.',
      sealedOnImport_one:
        'Die Sicherung stammt aus der Zeit vor den Siegeln: {{count}} unterschriebene SLA-Version wurde jetzt versiegelt, genau so, wie sie in der Datei steht. Das Siegel bürgt ab heute für sie, nicht für das, was vorher mit der Datei geschehen ist.',
      sealedOnImport_other:
        'Die Sicherung stammt aus der Zeit vor den Siegeln: {{count}} unterschriebene SLA-Versionen wurden jetzt versiegelt, genau so, wie sie in der Datei stehen. Das Siegel bürgt ab heute für sie, nicht für das, was vorher mit der Datei geschehen ist.'
    },
    kinds: {
      workshop: 'Workshop',
      participant: 'Teilnehmende',
      item: 'Eintrag',
      slaVersion: 'SLA-Version',
      signature: 'Unterschrift',
      review: 'Review',
      roomAnswer: 'Antwort aus dem Raummodus'
    }
  },
  openSla: {
    title: 'SLA aus Word-Datei öffnen',
    tooLarge: 'Die Word-Datei ist zu groß für ein SLA dieser App. Es wurde nichts geändert.',
    notFromApp:
      'Diese Word-Datei ist kein SLA aus Smarketing Studio (sie enthält keine SLA-Daten) und kann hier nicht geöffnet werden.',
    reasons: {
      notAZip: 'Die Datei ist kein Word-Dokument oder beschädigt.',
      tooLarge: 'Die Datei ist größer, als ein Word-Dokument dieser App sein kann.',
      unreadable: 'Die Datei konnte nicht vollständig gelesen werden.',
      notAWordFile: 'Die Datei ist kein Word-Dokument.',
      noData: 'Das Word-Dokument enthält keine SLA-Daten dieser App.',
      invalidData: 'Die SLA-Daten im Dokument sind beschädigt.',
      unsupportedFormat: 'Das Dokument stammt aus einer neueren Version der App. Bitte die App aktualisieren.'
    },
    found: 'SLA von {{organisation}}, Version {{number}} ({{state}})',
    checked: {
      sealAndText:
        'Die Datei ist in sich stimmig: Der Text aller Seiten, Kopf- und Fußzeilen und die Unterschriftenbilder passen zu ihren Daten, und die Daten passen zu ihrem Siegel.',
      sealOnly:
        'Die Datei ist, soweit prüfbar, in sich stimmig: Ihre Daten passen zu ihrem Siegel und zu den Unterschriftenbildern. Sie wurde in einem anderen Layout des Dokuments geschrieben (Layout {{layout}}), daher wurde ihr Wortlaut nicht verglichen.',
      contentOnly:
        'Älteres Format aus der Zeit vor den Siegeln: Geprüft wurden nur der Inhalt gegen seinen Fingerabdruck und die Unterschriften gegen den Inhalt. Der gedruckte Text sowie Ort und Zeitpunkt der Unterschriften ließen sich nicht prüfen.',
      textOnly: 'Der Text des Dokuments passt zu seinen Daten. (Ein Entwurf hat noch keinen Fingerabdruck.)',
      nothing: 'Ein Entwurf in einem älteren Layout des Dokuments: Es gibt nichts, womit er sich prüfen ließe.'
    },
    changed: 'Seit der Unterschrift verändert:',
    dataChanged: 'Die SLA-Daten passen nicht mehr zum unterschriebenen Fingerabdruck',
    textChanged: 'Der sichtbare Text wurde nach dem Export bearbeitet (z. B. in Word)',
    sealBroken: 'Versionsnummer, Unterschriften oder Unterschriebenes stimmen nicht mehr mit dem Siegel überein',
    signaturesChanged: 'Eine Unterschrift fehlt oder gilt einem anderen Inhalt',
    hiddenText:
      'Das Dokument enthält versteckten oder unlesbaren Text (ausgeblendet, winzig oder in der Farbe des Hintergrunds)',
    imagesChanged: 'Ein Unterschriftenbild wurde ausgetauscht, hinzugefügt oder entfernt',
    records: {
      matches:
        'Stimmt mit den Aufzeichnungen dieses Laptops überein: genau Version {{number}}, wie sie hier gespeichert ist, unterschrieben am {{date}}.',
      differs:
        'Stimmt nicht mit den Aufzeichnungen dieses Laptops überein: Version {{number}}, wie sie hier gespeichert ist, unterschrieben am {{date}}, weicht von dieser Datei ab.',
      recordBroken:
        'Version {{number}}, wie sie auf diesem Laptop gespeichert ist, stimmt nicht mit ihrem eigenen Siegel überein und kann diese Datei daher nicht bestätigen.',
      none: 'Auf diesem Laptop ist diese Version nicht gespeichert; ein Abgleich mit eigenen Aufzeichnungen ist nicht möglich.'
    },
    paper: {
      label: 'Siegel oder Fingerabdruck aus der Papierfassung (optional)',
      hint: 'Geben Sie die Zeichen von der Unterschriftenseite ein; Leerzeichen spielen keine Rolle.',
      matchesSeal: 'Stimmt mit dem Siegel der Papierfassung überein ({{count}} von 64 Zeichen verglichen).',
      matchesFingerprint:
        'Stimmt mit dem Fingerabdruck des Inhalts auf der Papierfassung überein: Der Inhalt ist derselbe. Die Unterschriften deckt der Fingerabdruck nicht ab.',
      noMatch: 'Stimmt nicht mit der Papierfassung überein: Diese Datei ist nicht die auf Papier unterschriebene Version.',
      tooShort: 'Geben Sie mindestens 16 Zeichen ein.',
      invalid: 'Ein Siegel besteht nur aus den Ziffern 0–9 und den Buchstaben A–F (höchstens 64 Zeichen).'
    },
    draftOnly: 'Der Workshop kann nur als Entwurf angelegt werden: Die Unterschriften der Datei werden nicht übernommen.',
    create: 'Workshop aus diesem SLA anlegen',
    createDraft: 'Als neuen Entwurf öffnen, prüfen und neu unterschreiben',
    exists: 'Der Workshop dieses SLA ist schon auf diesem Laptop.',
    openExisting: 'Öffnen',
    created: 'Workshop „{{title}}“ aus der Word-Datei angelegt.'
  },
  restorePlan: {
    caption: '„{{title}}“ auf diesem Laptop und in der Sicherung',
    here: 'Auf diesem Laptop',
    inBackup: 'In der Sicherung',
    lastChanged: 'Zuletzt geändert',
    newer: 'neuer',
    versions: 'SLA-Versionen',
    noVersions: 'Noch kein SLA',
    signaturesRow: 'Unterschriften',
    signedOn: 'unterschrieben am {{date}}',
    signatures_one: '{{count}} Unterschrift',
    signatures_other: '{{count}} Unterschriften',
    keeps_one:
      'Die unterschriebene Version {{versions}} gibt es nur auf diesem Laptop: Beim Ersetzen bleibt sie mit ihren Unterschriften erhalten.',
    keeps_other:
      'Die unterschriebenen Versionen {{versions}} gibt es nur auf diesem Laptop: Beim Ersetzen bleiben sie mit ihren Unterschriften erhalten.',
    conflict:
      'Dieser Laptop und die Sicherung enthalten je eine andere unterschriebene SLA-Version von „{{title}}“ mit derselben Nummer. Ersetzen würde die unterschriebene Versionsfolge zerstören – bitte die Sicherung als Kopie einlesen, dann bleiben beide erhalten.',
    foreign_one:
      'Teile dieser Sicherung sind auf diesem Laptop schon in einem anderen Workshop vorhanden (zum Beispiel einem, der aus der Word-Datei des SLA geöffnet wurde). Sie wird als Kopie mit neuen IDs eingelesen; auf diesem Laptop ändert sich nichts.',
    foreign_other:
      'Teile dieser Sicherung sind auf diesem Laptop schon in anderen Workshops vorhanden (zum Beispiel einem, der aus der Word-Datei des SLA geöffnet wurde). Sie werden als Kopien mit neuen IDs eingelesen; auf diesem Laptop ändert sich nichts.',
    asCopy_one: 'Als Kopie einlesen',
    asCopy_other: 'Als Kopien einlesen',
    replaceConfirm_one:
      'Den Workshop auf diesem Laptop durch die Sicherung ersetzen? Sein jetziger Inhalt wird überschrieben.',
    replaceConfirm_other:
      '{{count}} Workshops auf diesem Laptop durch die Sicherung ersetzen? Ihr jetziger Inhalt wird überschrieben.',
    replaceKeepingConfirm_one:
      'Den Workshop auf diesem Laptop durch die Sicherung ersetzen? Alles andere darin wird überschrieben.',
    replaceKeepingConfirm_other:
      '{{count}} Workshops auf diesem Laptop durch die Sicherung ersetzen? Alles andere darin wird überschrieben.',
    replaceKeeping: 'Ersetzen, unterschriebene Versionen behalten',
    kept_one: '{{count, number}} unterschriebene SLA-Version dieses Laptops wurde behalten.',
    kept_other: '{{count, number}} unterschriebene SLA-Versionen dieses Laptops wurden behalten.',
    failed: 'Die Sicherung konnte nicht wiederhergestellt werden. Es wurde nichts geändert.'
  },
  steps: {
    awareness: {
      number: 'Schritt 1',
      name: 'Bewusstsein schaffen'
    },
    closedLoop: {
      number: 'Schritt 2',
      name: 'Closed-Loop-Reporting'
    },
    language: {
      number: 'Schritt 3',
      name: 'Gemeinsame Sprache'
    },
    sla: {
      number: 'Schritt 4',
      name: 'Service Level Agreement'
    },
    keepAtIt: {
      number: 'Schritt 5',
      name: 'Dranbleiben'
    }
  },
  sla: {
    version: 'Version {{number}}',
    states: {
      draft: 'Entwurf',
      signed: 'Unterschrieben',
      superseded: 'Abgelöst',
      sealBroken: 'Stimmt nicht mit dem Siegel überein'
    },
    signing: {
      changed: 'Der Inhalt hat sich während des Unterschreibens geändert. Bitte prüfen und erneut unterschreiben.'
    }
  },
  numbers: {
    invalid: 'Bitte eine Zahl eingeben, zum Beispiel {{example}}.',
    notation:
      'Im Deutschen werden Zahlen anders geschrieben: Punkte trennen die Tausender ({{thousands}}), das Komma steht vor den Nachkommastellen ({{decimal}}).',
    ambiguous:
      'Nicht eindeutig: Im Englischen hieße „{{typed}}“ {{other}}. Tausender bitte mit Punkt schreiben ({{other}}), Nachkommastellen mit Komma und höchstens zwei Stellen ({{decimal}}).',
    tooManyDigits: 'Zu viele Ziffern: Eine Zahl darf höchstens 15 haben.',
    negative: 'Bitte 0 oder mehr eingeben.',
    notWhole: 'Bitte eine ganze Zahl ab 0 eingeben.',
    belowOne: 'Bitte eine ganze Zahl ab 1 eingeben.',
    rateRange: 'Bitte eine Quote über {{min}} und höchstens {{max}} eingeben.',
    pointsRange: 'Bitte Punkte zwischen {{min}} und {{max}} eingeben.',
    required: 'Bitte eine Zahl eingeben.'
  },
  signedSla: {
    typedNotName:
      'Der getippte Name ist nicht „{{name}}“. Bitte den vollständigen Namen so eingeben, wie er in der Teilnehmerliste steht (Groß- und Kleinschreibung spielen keine Rolle).',
    undoSigned:
      'Nicht rückgängig gemacht: Das SLA wurde inzwischen unterschrieben. Eine unterschriebene Version ändert sich nie – um sie zu ändern, das SLA ändern.',
    redoSigned:
      'Nicht wiederhergestellt: Das SLA wurde inzwischen unterschrieben. Eine unterschriebene Version ändert sich nie – um sie zu ändern, das SLA ändern.',
    undoChanged:
      'Nicht rückgängig gemacht: Das wurde inzwischen geändert, in diesem oder einem anderen Fenster. Der neuere Inhalt bleibt.',
    redoChanged:
      'Nicht wiederhergestellt: Das wurde inzwischen geändert, in diesem oder einem anderen Fenster. Der neuere Inhalt bleibt.'
  },
  errors: {
    unexpectedTitle: 'Etwas ist schiefgelaufen',
    unexpectedBody:
      'Die App ist auf ein unerwartetes Problem gestoßen. Alles bisher Gespeicherte ist sicher. Bitte neu laden.',
    reload: 'Neu laden',
    storageUnavailable:
      'Dieser Browser erlaubt der App nicht, Daten zu speichern (privates Fenster oder blockierter Speicher). Eingaben können nicht gesichert werden – bitte die App in einem normalen Fenster öffnen.',
    badAddress: 'Diese Adresse ist ungültig. Hier ist die Liste Ihrer Workshops.',
    unhandled:
      'Ein Vorgang ist fehlgeschlagen. Alles bisher Gespeicherte ist sicher; bitte versuchen Sie es noch einmal.'
  },
  layout: {
    displayTools: 'Anzeige'
  },
  failures: {
    save: {
      folderMissing:
        '„{{name}}“ wurde nicht gespeichert: Der Ordner existiert nicht mehr (USB-Stick entfernt, Netzlaufwerk getrennt?). Bitte wählen Sie einen anderen Ordner.',
      noPermission:
        '„{{name}}“ wurde nicht gespeichert: Keine Schreibrechte in diesem Ordner. Bitte wählen Sie einen anderen Ordner, zum Beispiel „Dokumente“.',
      diskFull:
        '„{{name}}“ wurde nicht gespeichert: Der Datenträger ist voll. Bitte schaffen Sie Platz oder wählen Sie ein anderes Laufwerk.',
      fileInUse:
        '„{{name}}“ wurde nicht gespeichert: Die Datei ist in einem anderen Programm geöffnet. Bitte schließen Sie sie dort und versuchen Sie es noch einmal.',
      unknown:
        '„{{name}}“ konnte nicht gespeichert werden. Es ist nichts verloren – bitte versuchen Sie es noch einmal, vielleicht in einem anderen Ordner.'
    },
    exportFailed: 'Die Datei konnte nicht erstellt werden. Es ist nichts verloren – bitte versuchen Sie es noch einmal.',
    sealBroken: 'Version {{number}} stimmt nicht mit ihrem Siegel überein und wird nicht als unterschrieben exportiert.',
    storageFull:
      'Nicht gespeichert: Der Speicher ist voll. Bitte geben Sie Speicherplatz frei und versuchen Sie es noch einmal.',
    signingFailed:
      'Die Unterschrift konnte nicht gespeichert werden. Es wurde nichts unterschrieben – bitte versuchen Sie es noch einmal.',
    undoFailed:
      'Nicht rückgängig gemacht: Die Änderung konnte nicht gespeichert werden. Der Schritt bleibt erhalten – bitte versuchen Sie es noch einmal.',
    redoFailed:
      'Nicht wiederhergestellt: Die Änderung konnte nicht gespeichert werden. Der Schritt bleibt erhalten – bitte versuchen Sie es noch einmal.',
    openSlaFailed: 'Der Workshop konnte nicht aus der Word-Datei angelegt werden. Es wurde nichts geändert.',
    readerFailed: 'Die Datei konnte wegen eines unerwarteten Problems nicht gelesen werden. Es wurde nichts geändert.',
    reading: {
      backup: 'Sicherung wird gelesen',
      sla: 'Word-Datei wird gelesen',
      crm: 'CRM-Export wird gelesen',
      progress: '{{percent}} gelesen',
      cancelled: 'Lesen abgebrochen. Es wurde nichts geändert.'
    }
  }
}
