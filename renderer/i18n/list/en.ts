/** English texts of the app shell and the workshop list with its dialogs; loaded with the first page. de.ts has exactly the same keys: the compiler checks it. */
export const en = {
  app: {
    name: 'Smarketing Studio',
    tagline: 'Align marketing and sales — in one workshop, on one page.',
    language: 'Language',
    languageNames: {
      de: 'Deutsch',
      en: 'English'
    },
    notices: 'Notifications',
    skipToContent: 'Skip to content',
    browserEdition: 'Browser edition',
    desktopEdition: 'Desktop app'
  },
  save: {
    saved: 'All changes saved',
    saving: 'Saving…',
    problem: {
      storageFull:
        'Not saved: the storage is full. Free some disk space — your typing is kept on screen and saved as soon as there is room.',
      storageUnavailable:
        'Not saved: this browser does not let the app store data right now. Your typing is kept on screen; the app keeps trying.',
      signed: 'Not saved: this part is signed or closed and can no longer change. Amend the SLA to change it.',
      unknown: 'Not saved yet: something went wrong. Your typing is kept on screen; the app keeps trying.'
    }
  },
  workshops: {
    title: 'Workshops',
    new: 'New workshop',
    emptyTitle: 'No workshops yet',
    emptyBody:
      'Create your first workshop: enter the organisation, the date and who takes part, then guide marketing and sales through the five steps to a signed Service Level Agreement.',
    emptyStepsTitle: 'The five steps'
  },
  common: {
    cancel: 'Cancel',
    save: 'Save',
    delete: 'Delete',
    close: 'Close',
    add: 'Add',
    remove: 'Remove',
    moveUp: 'Move up',
    moveDown: 'Move down'
  },
  newWorkshop: {
    title: 'New workshop',
    workshopTitle: 'Title',
    titlePlaceholder: 'e.g. Smarketing kick-off 2027',
    organisation: 'Organisation',
    unit: 'Business unit',
    facilitator: 'Facilitator',
    date: 'Date',
    language: 'Language of the workshop and its documents',
    languageHint: 'The example content and all exported documents use this language.',
    create: 'Create workshop',
    problems: {
      titleRequired: 'Please enter a title.',
      organisationRequired: 'Please enter the organisation.',
      dateInvalid: 'Please enter a valid date.'
    }
  },
  lists: {
    removed: '{{what}} removed.',
    undo: 'Undo'
  },
  agreement: {
    agreed: 'Agreed',
    proposed: 'Proposed',
    hint: 'Agreed = marketing and sales both accept it. Click to switch.',
    markAll_one: 'Mark the last one as agreed',
    markAll_other: 'Mark the other {{count}} as agreed',
    count: '{{agreed}} of {{total}} agreed'
  },
  validation: {
    required: 'This field cannot be empty.',
    characters: '{{used}} of {{max}} characters',
    atLimit: 'Maximum reached: {{max}} characters. Anything longer is cut off.',
    tooLong: 'This text is longer than {{max}} characters. Please shorten it.'
  },
  workshopList: {
    search: 'Search by title or organisation',
    showAll_one: 'Show the one workshop',
    showAll_other: 'Show all {{count}} workshops',
    noMatch: 'No workshop matches “{{query}}”.',
    open: 'Open',
    rename: 'Rename',
    renameTitle: 'Rename workshop',
    newTitle: 'New title',
    duplicate: 'Duplicate',
    copySuffix: '(copy)',
    delete: 'Delete',
    confirmTrash: 'Move “{{title}}” to the trash? You can restore it from there.',
    movedToTrash: '“{{title}}” moved to the trash.',
    duplicated: '“{{title}}” created.',
    trash: 'Trash ({{count}})',
    trashTitle: 'Trash',
    trashHint: 'Deleted workshops stay here until you delete them for good.',
    restore: 'Restore',
    deleteForever: 'Delete for good',
    confirmDeleteForever: 'Delete “{{title}}” and everything in it for good? This cannot be undone.',
    backToList: 'Back to the workshops',
    progress: '{{done}} of 5 steps complete',
    stepsComplete: 'Steps complete',
    sla: 'SLA',
    slaNone: 'No SLA yet',
    nextReview: 'Next review',
    noReview: 'No review planned',
    changed: 'Last change',
    date: 'Date',
    actionsFor: 'Actions for {{title}}'
  },
  display: {
    bigger: 'Larger text',
    smaller: 'Smaller text',
    contrast: 'High contrast'
  },
  review: {
    overdue: 'overdue'
  },
  export: {
    backupAll: 'Back up all',
    restore: 'Restore',
    openSla: 'Open SLA from Word file',
    wordFilter: 'Word document',
    backupFilter: 'Smarketing Studio backup',
    saved: 'Saved: {{name}}'
  },
  restore: {
    title: 'Restore from a backup',
    tooLarge: 'The file is too large for a backup ({{size, number}} MB). Nothing was changed.',
    unreadable: 'The file could not be read. Nothing was changed.',
    found_one: 'The backup holds {{count}} workshop:',
    found_other: 'The backup holds {{count}} workshops:',
    exists: 'already on this laptop',
    warnings: 'What the import repaired or left out',
    asCopy: 'Import as copies',
    replace: 'Replace the existing ones',
    replaceConfirm_one:
      'Replace {{count}} workshop on this laptop with the version from the backup? Its current content is overwritten.',
    replaceConfirm_other:
      'Replace {{count}} workshops on this laptop with the versions from the backup? Their current content is overwritten.',
    importNew: 'Import',
    done_one: '{{count, number}} workshop restored.',
    done_other: '{{count, number}} workshops restored.',
    errors: {
      notText: 'This is not a backup file (it is not text). Nothing was changed.',
      tooLarge: 'The file is larger than {{maxMegabytes}} MB and cannot be a backup of this app. Nothing was changed.',
      invalidJson: 'The file is damaged or incomplete (not valid JSON). Nothing was changed.',
      tooDeep: 'The file is nested deeper ({{maxDepth}} levels) than any backup — it was refused. Nothing was changed.',
      unsafeKey:
        'The file contains the name “{{key}}”, which a backup never does — it was refused. Nothing was changed.',
      notABackup: 'This file is not a Smarketing Studio backup. Nothing was changed.',
      invalidVersion: 'The backup has an invalid format version ({{version}}). Nothing was changed.',
      newerVersion:
        'This backup was made by a newer version of the app (format {{version}}; this app reads up to {{supported}}). Please update the app. Nothing was changed.',
      invalidWrapper: 'The backup’s header is damaged (field “{{field}}”). Nothing was changed.',
      invalidStructure: 'The backup is damaged at {{path}}. Nothing was changed.',
      tooManyRecords: 'The backup holds more {{kind}} records than allowed ({{max}}). Nothing was changed.',
      duplicateId: 'Two {{kind}} records in the backup share the id {{id}}. Nothing was changed.',
      duplicateVersionNumber: 'Workshop “{{workshop}}” has two SLA versions numbered {{number}}. Nothing was changed.',
      invalidSignedVersion:
        'The signed SLA version {{number}} of “{{workshop}}” is damaged. Signed versions are never repaired, so the backup was refused. Nothing was changed.',
      twoSignedVersions:
        'Workshop “{{workshop}}” has more than one signed SLA version in force at once, which the app never writes. Nothing was changed.',
      amendsLoop:
        'The SLA versions of “{{workshop}}” amend each other in a circle (version {{number}}), which the app never writes. Nothing was changed.',
      nothingToImport: 'No workshop in the backup could be restored. Nothing was changed.',
      unexpected: 'The backup could not be read because of an unexpected problem. Nothing was changed.',
      tooManyEntries:
        'A list in the file holds more than {{max, number}} entries — more than any backup holds. It was refused. Nothing was changed.'
    },
    warningTexts: {
      migrated: 'Made by an older version of the app and brought up to date (format {{from}} → {{to}}).',
      recordsRepaired_one: '{{count}} {{kind}} record was missing fields; defaults were filled in ({{fields}}).',
      recordsRepaired_other: '{{count}} {{kind}} records were missing fields; defaults were filled in ({{fields}}).',
      recordsDropped_one: '{{count}} damaged {{kind}} record was left out.',
      recordsDropped_other: '{{count}} damaged {{kind}} records were left out.',
      orphansDropped_one: '{{count}} {{kind}} record belonged to nothing in the file and was left out.',
      orphansDropped_other: '{{count}} {{kind}} records belonged to nothing in the file and were left out.',
      sealBroken:
        'The signed SLA version {{number}} of “{{workshop}}” does not match its seal: its content or its signatures were changed after signing. It is imported unchanged so you can inspect it; the app marks it as not matching its seal and does not export it as signed.',
      sealedOnImport_one:
        'The backup is older than seals: {{count}} signed SLA version was sealed now, exactly as the file holds it. The seal vouches for it from today on, not for anything that happened to the file before.',
      sealedOnImport_other:
        'The backup is older than seals: {{count}} signed SLA versions were sealed now, exactly as the file holds them. The seal vouches for them from today on, not for anything that happened to the file before.'
    },
    kinds: {
      workshop: 'workshop',
      participant: 'participant',
      item: 'item',
      slaVersion: 'SLA version',
      signature: 'signature',
      review: 'review',
      roomAnswer: 'room answer'
    }
  },
  openSla: {
    title: 'Open SLA from Word file',
    tooLarge: 'The Word file is too large to be an SLA of this app. Nothing was changed.',
    notFromApp:
      'This Word file is not an SLA from Smarketing Studio (it carries no SLA data), so it cannot be opened here.',
    reasons: {
      notAZip: 'The file is not a Word document or it is damaged.',
      tooLarge: 'The file is larger than a Word document of this app can be.',
      unreadable: 'The file could not be read completely.',
      notAWordFile: 'The file is not a Word document.',
      noData: 'The Word document carries no SLA data from this app.',
      invalidData: 'The SLA data inside the document is damaged.',
      unsupportedFormat: 'The document was made by a newer version of the app. Please update the app.'
    },
    found: 'SLA of {{organisation}}, version {{number}} ({{state}})',
    checked: {
      sealAndText:
        'The file agrees with itself: the text of every page, its headers and footers and the signature images match its data, and the data matches its seal.',
      sealOnly:
        'The file agrees with itself as far as it can be checked: its data matches its seal and the signature images. It was written in another layout of the document (layout {{layout}}), so its wording was not compared.',
      contentOnly:
        'Older format, from before seals: only the content was checked against its fingerprint, and the signatures against the content. The printed text and the place and time of the signatures could not be checked.',
      textOnly: 'The text of the document matches its data. (A draft has no fingerprint yet.)',
      nothing: 'A draft in an older layout of the document: there is nothing to check it against.'
    },
    changed: 'Changed since signing:',
    dataChanged: 'the SLA data no longer matches the fingerprint that was signed',
    textChanged: 'the visible text was edited after the export (e.g. in Word)',
    sealBroken: 'the version number, the signatures or what was signed no longer match the seal',
    signaturesChanged: 'a signature is missing, or one was given for other content',
    hiddenText: 'the document holds hidden or unreadable text (hidden, tiny, or in the colour of its background)',
    imagesChanged: 'a signature image was swapped, added or removed',
    records: {
      matches: 'Matches the records on this laptop: exactly version {{number}} as kept here, signed on {{date}}.',
      differs:
        'Does not match the records on this laptop: version {{number}} as kept here, signed on {{date}}, differs from this file.',
      recordBroken: 'Version {{number}} as kept on this laptop does not match its own seal, so it cannot vouch for this file.',
      none: 'This laptop keeps no record of this version to compare the file with.'
    },
    paper: {
      label: 'Seal or fingerprint from the paper copy (optional)',
      hint: 'Type the digits printed on the signature page; spaces do not matter.',
      matchesSeal: 'Matches the seal on the paper copy ({{count}} of 64 digits compared).',
      matchesFingerprint:
        'Matches the fingerprint of the content on the paper copy: the content is the same. The fingerprint does not cover the signatures.',
      noMatch: 'Does not match the paper copy: this file is not the version signed on paper.',
      tooShort: 'Type at least 16 digits.',
      invalid: 'A seal consists of the digits 0–9 and the letters A–F only (64 at most).'
    },
    draftOnly: 'The workshop can only be created as a draft: the file’s signatures are not taken over.',
    create: 'Create the workshop from this SLA',
    createDraft: 'Open as a new draft to check and sign again',
    exists: 'This SLA’s workshop is already on this laptop.',
    openExisting: 'Open it',
    created: 'Workshop “{{title}}” created from the Word file.'
  },
  restorePlan: {
    caption: '“{{title}}” on this laptop and in the backup',
    here: 'On this laptop',
    inBackup: 'In the backup',
    lastChanged: 'Last changed',
    newer: 'newer',
    versions: 'SLA versions',
    noVersions: 'No SLA yet',
    signaturesRow: 'Signatures',
    signedOn: 'signed on {{date}}',
    signatures_one: '{{count}} signature',
    signatures_other: '{{count}} signatures',
    keeps_one: 'Signed version {{versions}} exists only on this laptop: replacing keeps it with its signatures.',
    keeps_other: 'Signed versions {{versions}} exist only on this laptop: replacing keeps them with their signatures.',
    conflict:
      'This laptop and the backup each hold a different signed SLA version of “{{title}}” with the same number. Replacing would break the signed history — import the backup as a copy, and both stay.',
    foreign_one:
      'Parts of this backup are already on this laptop in another workshop (for example one opened from the SLA’s Word file). It is imported as a copy with new ids; nothing on this laptop changes.',
    foreign_other:
      'Parts of this backup are already on this laptop in other workshops (for example one opened from the SLA’s Word file). They are imported as copies with new ids; nothing on this laptop changes.',
    asCopy_one: 'Import as a copy',
    asCopy_other: 'Import as copies',
    replaceConfirm_one: 'Replace the workshop on this laptop with the backup? Its current content is overwritten.',
    replaceConfirm_other:
      'Replace {{count}} workshops on this laptop with the backup? Their current content is overwritten.',
    replaceKeepingConfirm_one:
      'Replace the workshop on this laptop with the backup? Everything else in it is overwritten.',
    replaceKeepingConfirm_other:
      'Replace {{count}} workshops on this laptop with the backup? Everything else in them is overwritten.',
    replaceKeeping: 'Replace, keep signed versions',
    kept_one: '{{count, number}} signed SLA version of this laptop was kept.',
    kept_other: '{{count, number}} signed SLA versions of this laptop were kept.',
    failed: 'The backup could not be restored. Nothing was changed.'
  },
  steps: {
    awareness: {
      number: 'Step 1',
      name: 'Create awareness'
    },
    closedLoop: {
      number: 'Step 2',
      name: 'Closed-loop reporting'
    },
    language: {
      number: 'Step 3',
      name: 'Common language'
    },
    sla: {
      number: 'Step 4',
      name: 'Service Level Agreement'
    },
    keepAtIt: {
      number: 'Step 5',
      name: 'Keep at it'
    }
  },
  sla: {
    version: 'Version {{number}}',
    states: {
      draft: 'Draft',
      signed: 'Signed',
      superseded: 'Superseded',
      sealBroken: 'Does not match its seal'
    },
    signing: {
      changed: 'The content changed while signing. Please check it and sign again.'
    }
  },
  numbers: {
    invalid: 'Please enter a number, for example {{example}}.',
    notation:
      'Numbers are written differently in English: commas separate the thousands ({{thousands}}), a point marks the decimals ({{decimal}}).',
    ambiguous:
      'Unclear: in German, “{{typed}}” would be {{other}}. Please write thousands with a comma ({{other}}) and decimals with a point and at most two places ({{decimal}}).',
    tooManyDigits: 'Too many digits: a number can have at most 15.',
    negative: 'Please enter 0 or more.',
    notWhole: 'Please enter a whole number, 0 or more.',
    belowOne: 'Please enter a whole number, 1 or more.',
    rateRange: 'Please enter a rate above {{min}} and at most {{max}}.',
    pointsRange: 'Please enter points between {{min}} and {{max}}.',
    required: 'Please enter a number.'
  },
  signedSla: {
    typedNotName:
      'The typed name is not “{{name}}”. Please type the full name as the participant list has it (upper and lower case do not matter).',
    undoSigned:
      'Not undone: the SLA has been signed since. A signed version never changes — to change it, amend the SLA.',
    redoSigned:
      'Not redone: the SLA has been signed since. A signed version never changes — to change it, amend the SLA.',
    undoChanged: 'Not undone: this has been changed since, in this or another window. The newer content stays.',
    redoChanged: 'Not redone: this has been changed since, in this or another window. The newer content stays.'
  },
  errors: {
    unexpectedTitle: 'Something went wrong',
    unexpectedBody: 'The app hit an unexpected problem. Everything saved so far is safe. Reload to continue.',
    reload: 'Reload',
    storageUnavailable:
      'This browser does not allow the app to store data (private mode or blocked storage). Nothing you enter can be saved — please open the app in a normal window.',
    badAddress: 'This address is not valid. Here is the list of your workshops.',
    unhandled: 'Something did not work. Everything saved so far is safe; please try again.'
  },
  layout: {
    displayTools: 'Display'
  },
  failures: {
    save: {
      folderMissing:
        '“{{name}}” was not saved: the folder no longer exists (a USB stick removed, a network drive disconnected?). Please choose another folder.',
      noPermission:
        '“{{name}}” was not saved: the app may not write to this folder. Please choose another folder, for example Documents.',
      diskFull: '“{{name}}” was not saved: the disk is full. Free some space or choose another drive.',
      fileInUse: '“{{name}}” was not saved: the file is open in another program. Close it there and try again.',
      unknown: '“{{name}}” could not be saved. Nothing was lost — please try again, perhaps in another folder.'
    },
    exportFailed: 'The file could not be created. Nothing was lost — please try again.',
    sealBroken: 'Version {{number}} does not match its seal and is not exported as signed.',
    storageFull: 'Not saved: the storage is full. Free some disk space and try again.',
    signingFailed: 'The signature could not be saved. Nothing was signed — please try again.',
    undoFailed: 'Not undone: the change could not be written. The step stays in the history — please try again.',
    redoFailed: 'Not redone: the change could not be written. The step stays in the history — please try again.',
    openSlaFailed: 'The workshop could not be created from the Word file. Nothing was changed.',
    readerFailed: 'The file could not be read because of an unexpected problem. Nothing was changed.',
    reading: {
      backup: 'Reading the backup',
      sla: 'Reading the Word file',
      crm: 'Reading the CRM export',
      progress: '{{percent}} read',
      cancelled: 'Reading stopped. Nothing was changed.'
    }
  }
}
