/** English texts of the workshop screen: participants, agenda, parking lot, timer, tools; loaded with the workshop screen. de.ts has exactly the same keys: the compiler checks it. */
export const en = {
  teams: {
    marketing: 'Marketing',
    sales: 'Sales',
    management: 'Management',
    other: 'Other',
    joint: 'Marketing & Sales'
  },
  workshop: {
    notFound: 'This workshop does not exist (any more). It may have been deleted.',
    sections: 'Workshop sections',
    overview: 'Workshop & participants',
    details: 'Workshop details',
    documentLanguage: 'Language of the workshop documents',
    documentLanguageHint: 'Changing it does not translate what the room has written.',
    tools: 'Workshop tools',
    stepComplete: 'Step complete',
    complete: 'complete',
    notComplete: 'open',
    previous: 'Previous',
    next: 'Next'
  },
  participants: {
    title: 'Participants',
    add: 'Add participant',
    name: 'Name',
    role: 'Role / title',
    team: 'Team',
    email: 'E-mail (optional)',
    signs: 'Signs the SLA',
    invalidEmail: 'Please enter a valid e-mail address, e.g. name@company.de — or leave it empty.',
    duplicate: 'This name appears more than once — is that intended?',
    empty: 'No participants yet. Add everyone who takes part, from marketing, sales and management.',
    nameRequired: 'Please enter a name.',
    describe: 'participant {{name}}',
    unnamed: 'participant {{number}}',
    summary_one: '{{count}} participant · {{signers}}',
    summary_other: '{{count}} participants · {{signers}}'
  },
  step: {
    purpose: 'Purpose',
    questions: 'Guiding questions',
    showQuestions: 'Show guiding questions',
    hideQuestions: 'Hide guiding questions',
    timebox: 'Timebox',
    minutes: 'min'
  },
  parking: {
    title: 'Parking lot',
    open: 'Parking lot ({{count}})',
    intro: 'Points that are off-topic now but must not get lost. Each remembers the step it came up in.',
    new: 'New point',
    park: 'Park it',
    addEmpty: 'Add empty point',
    point: 'Point',
    empty: 'Nothing parked yet.',
    describe: 'point “{{text}}”',
    raisedIn: 'Raised in: {{step}}',
    shown: 'Show to the room',
    targets: {
      action: 'Action',
      glossary: 'Glossary term',
      concern: 'Concern'
    },
    converted: 'Moved to: {{target}}.'
  },
  shortcuts: {
    title: 'Keyboard shortcuts',
    open: 'Keyboard shortcuts',
    nextStep: 'Next step',
    previousStep: 'Previous step',
    addItem: 'Add an item to the list you are in',
    timer: 'Start or pause the timer',
    parking: 'Open the parking lot',
    audience: 'Open or close the audience view',
    blank: 'Blank the audience view',
    undo: 'Undo',
    redo: 'Redo',
    help: 'This overview',
    clicker:
      'A presenter’s clicker works too: Page Down and Page Up move between the steps when no field is being edited.'
  },
  undo: {
    undo: 'Undo',
    redo: 'Redo',
    undone: 'Undone.',
    nothing: 'Nothing to undo.'
  },
  export: {
    sla: 'Export SLA (.docx)',
    slaVersion: 'Export version {{number}} (.docx)',
    minutes: 'Workshop minutes (.docx)',
    calendar: 'Add review dates to the calendar (.ics)',
    backup: 'Back up this workshop',
    reviewReport: 'Export review report (.docx)',
    calendarFilter: 'Calendar',
    working: 'Preparing the file …',
    failed: 'The file could not be written: {{reason}}. Nothing was lost — please try again, perhaps in another folder.',
    reviewDates: 'Review dates',
    reviewDatesIntro: 'Generated from the SLA start, term and review cadence (step 4, governance).',
    noReviewDates: 'Enter the SLA start date in step 4 (governance) to plan the reviews.'
  },
  timer: {
    label: 'Timer',
    start: 'Start',
    pause: 'Pause',
    resume: 'Continue',
    extend: '+5 min',
    extendLong: 'Add 5 minutes',
    reset: 'Reset',
    up: 'Time is up'
  },
  agenda: {
    title: 'Agenda',
    intro:
      'The run of show for the day: the five steps with their timeboxes and the breaks in between. The timeboxes are the same as in each step.',
    startTime: 'Start time',
    startTimeInvalid: 'Please enter a time of day, e.g. 09:00.',
    time: 'Time',
    entry: 'Item',
    minutes: 'Minutes',
    actions: 'Order and breaks',
    breakName: 'Name of the break',
    breakMinutesInvalid: 'Please enter whole minutes from 1 to {{max}}.',
    timeboxOf: 'Timebox: {{step}}',
    minutesOf: 'Minutes: {{name}}',
    nameOf: 'Name of the break at {{time}}',
    unnamedBreak: 'Break',
    newBreak: 'Break',
    addBreakAfter: 'after “{{name}}”',
    addBreak: '+ Break',
    moveUp: 'Move “{{name}}” earlier',
    moveDown: 'Move “{{name}}” later',
    remove: 'Remove “{{name}}”',
    removed: 'Break “{{name}}” removed.',
    total: 'Total',
    totalValue: '{{duration}} · {{span}}',
    ends: 'ends at {{time}}',
    tooManyBreaks: 'An agenda holds at most {{max}} breaks.',
    show: 'Show the agenda in the audience view',
    showHint: 'The audience view shows what you are working on: the agenda while you are in it.',
    status: {
      label: 'Against the plan',
      ahead_one: 'Ahead of plan by {{count}} minute',
      ahead_other: 'Ahead of plan by {{count}} minutes',
      behind_one: 'Behind plan by {{count}} minute',
      behind_other: 'Behind plan by {{count}} minutes',
      onPlan: 'On plan',
      notStarted: 'Starts at {{time}}',
      done: 'All steps done',
      notToday: 'Ahead of or behind plan is shown live on the workshop day ({{date}}).'
    },
    now: 'now'
  },
  layout: {
    trendAxisPeriod: 'Review period',
    trendAxisAttainment: 'Attainment',
    shortcutRating: 'Rate a friction area 1–5, or clear the rating',
    keys: {
      alt: 'Alt',
      ctrl: 'Ctrl',
      shift: 'Shift',
      enter: 'Enter',
      pageDown: 'Page ↓',
      pageUp: 'Page ↑',
      delete: 'Del',
      digits: '1 … 5',
      or: 'or'
    },
    teamsHyphenated: {
      marketing: 'Marketing',
      sales: 'Sales',
      management: 'Manage\u00adment'
    },
    calculatorMissing_one: 'For the results, one value is still missing: {{list}}.',
    calculatorMissing_other: 'For the results, {{count}} values are still missing: {{list}}.',
    signers_one: '{{count}} signs the SLA',
    signers_other: '{{count}} sign the SLA',
    rating: 'Rating {{team}}',
    notRated: 'not rated',
    ratingHint: 'Click a number or press 1–5; click it again to clear.'
  }
}
