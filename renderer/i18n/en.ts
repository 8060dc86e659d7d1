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
  lists: {
    removed: '{{what}} removed.',
    undo: 'Undo'
  },
  agreement: {
    agreed: 'Agreed',
    proposed: 'Proposed',
    hint: 'Agreed = marketing and sales both accept it. Click to switch.',
    count: '{{agreed}} of {{total}} agreed'
  },
  teams: {
    marketing: 'Marketing',
    sales: 'Sales',
    management: 'Management',
    other: 'Other',
    joint: 'Marketing & Sales'
  },
  validation: {
    number: 'Please enter a number.',
    wholeDaysMin0: 'Please enter a whole number of days, 0 or more.',
    pointsRange: 'Please enter points between -1,000 and 1,000.',
    thresholdMin0: 'Please enter a score of 0 or more.',
    required: 'This field cannot be empty.'
  },
  workshopList: {
    search: 'Search by title or organisation',
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
  workshop: {
    notFound: 'This workshop does not exist (any more). It may have been deleted.',
    sections: 'Workshop sections',
    overview: 'Workshop & participants',
    details: 'Workshop details',
    documentLanguage: 'Language of the workshop documents',
    documentLanguageHint: 'Changing it does not translate what the room has written.',
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
    summary: '{{count}} participants · {{signers}} sign the SLA'
  },
  step: {
    purpose: 'Purpose',
    questions: 'Guiding questions',
    showQuestions: 'Show guiding questions',
    hideQuestions: 'Hide guiding questions',
    timebox: 'Timebox',
    minutes: 'min',
    timeboxInvalid: 'Please enter whole minutes, 1 or more.'
  },
  steps: {
    awareness: {
      number: 'Step 1',
      name: 'Create awareness',
      purpose: 'Make the friction visible, reduce prejudices and show what both sides gain.',
      questions: [
        'Where does the collaboration between marketing and sales hurt today — and how much?',
        'What do you hear said about your team? What do you say about the other team?',
        'What does your team need from the other one to be successful?',
        'What would both sides gain if it worked — and what is our shared goal?'
      ]
    },
    closedLoop: {
      number: 'Step 2',
      name: 'Closed-loop reporting',
      purpose:
        'A recurring loop of mutual reporting, so that every won deal and every stuck lead can be traced to the stage where it succeeded or stalled — and to who owns it.',
      questions: [
        'Which stages does a lead pass from first contact to customer, and who owns each one?',
        'How long may a lead stay in a stage before something has to happen?',
        'Who reports what to whom, how often, and in which format?',
        'For which reasons may sales reject or return a lead?'
      ]
    },
    language: {
      number: 'Step 3',
      name: 'Common language',
      purpose: 'End the “your leads are bad / you don’t follow up” argument by defining the terms together.',
      questions: [
        'When is a lead good enough to hand over to sales (MQL)?',
        'When does sales consider a lead qualified (SQL)? Budget, authority, need, timeline?',
        'Which behaviour and which company data count, and how many points is each worth?',
        'Which other terms do we use differently today?'
      ]
    },
    sla: {
      number: 'Step 4',
      name: 'Service Level Agreement',
      purpose: 'Make the agreements binding, in writing, with measurable commitments on both sides.',
      questions: [
        'Who is responsible, accountable, consulted and informed for each activity?',
        'How fast does sales contact a new MQL, and how often does it try?',
        'Which targets do we commit to per month, quarter and year?',
        'How do we escalate when the SLA is missed, and how do we change it?'
      ]
    },
    keepAtIt: {
      number: 'Step 5',
      name: 'Keep at it',
      purpose: 'The agreement is the start of a change process, not its end.',
      questions: [
        'What will we do in the next weeks to work together more closely?',
        'Who owns each action, and by when?',
        'Which concerns and fears are in the room, and how do we address them?',
        'When do we meet again to review the SLA?'
      ]
    }
  },
  awareness: {
    friction: {
      title: 'Friction check',
      intro: 'How much does each area hurt today? 1 = hardly, 5 = a lot. Each team rates for itself.',
      area: 'Friction area',
      rating: 'Rating {{team}}',
      notRated: 'not rated',
      notes: 'Examples and notes',
      add: 'Add friction area',
      describe: 'friction area “{{area}}”',
      heatmap: 'Heat map',
      heatmapCaption: 'Friction by area and team (1 = hardly hurts, 5 = hurts a lot), with the perception gap between marketing and sales',
      gap: 'Gap',
      gapHint: 'A gap of 2 or more: the teams see this area very differently — talk about it.'
    },
    voices: {
      title: 'Voices',
      intro: 'Cards are stored without author, so that prejudices can be spoken.',
      columns: {
        marketingHeard: 'Marketing hears about itself',
        marketingSays: 'Marketing says about sales',
        salesHeard: 'Sales hears about itself',
        salesSays: 'Sales says about marketing'
      },
      card: 'Card',
      add: 'Add card',
      describe: 'card “{{text}}”',
      empty: 'No cards yet.'
    },
    givesGets: {
      title: 'Gives & gets',
      marketing: 'Marketing needs from sales',
      sales: 'Sales needs from marketing',
      need: 'Need',
      add: 'Add need',
      describe: 'need “{{text}}”'
    },
    benefits: {
      title: 'Benefits both sides agree on',
      benefit: 'Benefit',
      add: 'Add benefit',
      describe: 'benefit “{{text}}”'
    },
    sharedGoal: {
      title: 'Shared goal',
      label: 'Shared goal statement',
      placeholder: 'e.g. Together we turn every relevant lead into revenue — with one process and one language.'
    }
  },
  closedLoop: {
    lifecycle: {
      title: 'Lead lifecycle',
      intro: 'The stages in order. Each has an owner and a maximum time before the lead moves on or goes back.',
      name: 'Stage',
      definition: 'Definition',
      owner: 'Owning team',
      entryCriteria: 'Entry criteria',
      maxDays: 'Maximum time in stage',
      days: 'days',
      onStall: 'If stalled or rejected, goes to',
      add: 'Add stage',
      describe: 'stage “{{name}}”'
    },
    reports: {
      title: 'Reports',
      name: 'Report',
      from: 'From',
      to: 'To',
      metrics: 'Metrics included',
      cadence: 'Cadence',
      when: 'When',
      whenPlaceholder: 'e.g. Mondays',
      channel: 'Channel / format',
      owner: 'Owner',
      add: 'Add report',
      describe: 'report “{{name}}”',
      empty: 'No reports yet.'
    },
    cadences: { weekly: 'Weekly', biweekly: 'Every two weeks', monthly: 'Monthly', quarterly: 'Quarterly' },
    rejections: {
      title: 'Rejection reasons',
      intro: 'The reasons for which sales may reject or return a lead to marketing.',
      reason: 'Reason',
      add: 'Add reason',
      describe: 'reason “{{text}}”'
    },
    stuckLead: {
      title: 'Stuck-lead rule',
      days: 'Days without activity',
      action: 'Who is notified and what happens',
      actionPlaceholder: 'e.g. The lead returns to nurturing; the owner and the marketing lead are notified.',
      summary: 'After {{days}} days without activity a lead returns to nurturing.',
      what: 'stuck-lead rule'
    }
  },
  language: {
    mql: { title: 'MQL definition', what: 'MQL definition' },
    sql: { title: 'SQL definition', what: 'SQL definition' },
    sentence: 'Definition',
    generate: 'Write the definition from the criteria',
    generateHint: 'Replaces the definition with a sentence built from the criteria; edit it afterwards.',
    replaced: 'Definition replaced by the generated sentence.',
    threshold: 'Score threshold (optional)',
    points: 'Points (optional)',
    criteria: 'Criteria',
    criterion: 'Criterion',
    kind: 'Kind',
    kinds: { fit: 'Fit', engagement: 'Engagement', bant: 'BANT', other: 'Other' },
    addCriterion: 'Add criterion',
    describe: 'criterion “{{text}}”',
    glossary: {
      title: 'Glossary',
      term: 'Term',
      definition: 'Agreed definition',
      add: 'Add term',
      describe: 'term “{{term}}”'
    }
  },
  keepAtIt: {
    actions: {
      title: 'Action plan',
      action: 'Action',
      owner: 'Owner',
      team: 'Team',
      due: 'Due',
      state: 'Status',
      states: { open: 'Open', inProgress: 'In progress', done: 'Done' },
      add: 'Add action',
      describe: 'action “{{title}}”',
      empty: 'No actions yet.',
      suggestions: 'Suggestions from practice',
      suggestionsHint: 'Add what fits — nothing is added by itself.',
      addSuggestion: 'Add “{{title}}”'
    },
    concerns: {
      title: 'Concerns',
      concern: 'Concern or fear',
      response: 'How we address it',
      add: 'Add concern',
      describe: 'concern “{{text}}”',
      empty: 'No concerns noted.'
    }
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
