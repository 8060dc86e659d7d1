/** English UI texts. German (de.ts) must have exactly the same keys: the compiler checks it. */
export const en = {
  app: {
    name: 'Smarketing Studio',
    tagline: 'Align marketing and sales — in one workshop, on one page.',
    language: 'Language',
    languageNames: { de: 'Deutsch', en: 'English' },
    skipToContent: 'Skip to content',
    browserEdition: 'Browser edition',
    desktopEdition: 'Desktop app'
  },
  save: {
    saved: 'All changes saved',
    saving: 'Saving…',
    failed: 'Could not save. Your last change is kept on screen — please try again.'
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
  steps: {
    awareness: { number: 'Step 1', name: 'Create awareness' },
    closedLoop: { number: 'Step 2', name: 'Closed-loop reporting' },
    language: { number: 'Step 3', name: 'Common language' },
    sla: { number: 'Step 4', name: 'Service Level Agreement' },
    keepAtIt: { number: 'Step 5', name: 'Keep at it' }
  },
  errors: {
    unexpectedTitle: 'Something went wrong',
    unexpectedBody:
      'The app hit an unexpected problem. Everything saved so far is safe. Reload to continue.',
    reload: 'Reload',
    storageUnavailable:
      'This browser does not allow the app to store data (private mode or blocked storage). Nothing you enter can be saved — please open the app in a normal window.'
  }
}

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }
export type Messages = Widen<typeof en>
