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
    markAll: 'Mark the other {{count}} as agreed',
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
    showAll: 'Show all {{count}} workshops',
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
    targets: { action: 'Action', glossary: 'Glossary term', concern: 'Concern' },
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
    clicker: 'A presenter’s clicker works too: Page Down and Page Up move between the steps when no field is being edited.'
  },
  undo: {
    undo: 'Undo',
    redo: 'Redo',
    undone: 'Undone.',
    nothing: 'Nothing to undo.'
  },
  display: {
    bigger: 'Larger text',
    smaller: 'Smaller text',
    contrast: 'High contrast'
  },
  audience: {
    toggle: 'Audience view',
    blank: 'Blank the screen',
    unblank: 'Show the screen again',
    opened: 'The audience view is open. Put it on the projector.'
  },
  review: {
    nav: 'Quarterly review',
    title: 'Quarterly review',
    intro: 'Every quarter: enter the actual values, see the attainment per target and commitment, decide, and amend the SLA where needed.',
    needsSigned: 'The quarterly review needs a signed SLA. Sign it in step 4 first.',
    start: 'Start review',
    period: 'Period',
    periodHint: 'e.g. 2027-Q1',
    periodInvalid: 'Please enter a period like 2027-Q1.',
    date: 'Date of the review',
    reviews: 'Reviews so far',
    none: 'No review yet.',
    open: 'Open',
    closed: 'Closed',
    heading: 'Review {{period}}',
    ofVersion: 'of SLA version {{number}}',
    attendees: 'Attendees',
    guests: 'Guests (names, separated by commas)',
    thresholds: 'Colours',
    green: 'Green from',
    amber: 'Amber from',
    thresholdsInvalid: 'Amber must be below green; both between 0 and 1000 %.',
    actuals: 'Targets and commitments',
    item: 'Target or commitment',
    target: 'Target',
    actual: 'Actual',
    actualOf: 'Actual: {{label}}',
    note: 'Note',
    noteOf: 'Note: {{label}}',
    attainment: 'Attainment',
    statuses: { green: 'met', amber: 'nearly met', red: 'missed', notMeasured: 'not measured' },
    overall: 'Overall attainment',
    overallValue: '{{percent}} — {{green}} of {{measured}} measured items met',
    overallNone: 'Nothing measured yet',
    commitments: 'Commitments',
    targets: 'Targets',
    calculator: 'Calculator with the real rates',
    calculatorIntro: 'The conversion rates of this period instead of the planned ones: what would it take to reach the same revenue goal?',
    planned: 'Planned',
    withActual: 'With actual rates',
    trend: 'Trend',
    trendIntro: 'Attainment of each target across all reviews so far.',
    trendTable: 'Attainment per target and review',
    decisions: 'Decisions',
    newAction: 'New action',
    addAction: 'Add to the action plan',
    actionAdded: 'Action added to the action plan (step 5).',
    close: 'Close review',
    closeTitle: 'Close the review?',
    closeBody: 'A closed review is the record of this meeting and cannot be changed afterwards.',
    closedNotice: 'This review is closed and read-only.',
    amend: 'Amend SLA from this review',
    amended: 'Version {{number}} was created as a draft from this review. Change it in step 4 and sign it again.',
    back: 'All reviews',
    overdue: 'overdue',
    exportReport: 'Export review report (.docx)'
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
  sla: {
    tabs: { label: 'Parts of step 4', agreement: 'Agreement', calculator: 'Lead goals calculator', sign: 'Check & sign', versions: 'Versions' },
    version: 'Version {{number}}',
    states: { draft: 'Draft', signed: 'Signed', superseded: 'Superseded' },
    signedOn: 'Signed on {{date}}',
    fingerprint: 'Fingerprint',
    lockedNotice: 'Version {{number}} is signed. Its content is read-only — to change it, amend the SLA.',
    amend: 'Amend SLA',
    amended: 'Version {{number}} created as a draft. Change what was decided, then sign again.',
    responsibilities: {
      title: 'Responsibilities',
      guidance: 'Tasks about individual customers and personal contact lean to sales; tasks about markets and target groups lean to marketing.',
      legend: 'R = responsible (does the work) · A = accountable (owns the result, one per activity) · C = consulted · I = informed',
      activity: 'Activity',
      owner: 'Named owner (optional)',
      letter: '{{team}} for “{{activity}}”',
      none: '–',
      add: 'Add activity',
      describe: 'activity “{{activity}}”',
      noR: 'Nobody is responsible (R) or accountable (A) for this activity.',
      noA: 'Nobody is accountable (A) for the result — agree on one team.',
      manyA: 'More than one team is accountable (A) — agree on one.'
    },
    commitments: {
      title: 'Commitments',
      intro: 'Measurable timings both sides promise. “At most” means lower is better (e.g. respond within 24 hours).',
      description: 'Commitment',
      value: 'Value',
      unit: 'Unit',
      units: { hours: 'hours', days: 'days', attempts: 'attempts', perWeek: 'per week', perMonth: 'per month', percent: '%', count: 'times' },
      direction: 'Direction',
      directions: { atMost: 'at most', atLeast: 'at least' },
      team: 'Owning team',
      measuredBy: 'How it is measured',
      kind: 'Kind',
      kinds: {
        firstContact: 'First contact',
        acceptReject: 'Accept or reject',
        attempts: 'Contact attempts',
        feedback: 'Feedback round',
        reporting: 'Reporting round',
        review: 'SLA review',
        other: 'Other'
      },
      add: 'Add commitment',
      describe: 'commitment “{{text}}”',
      valueInvalid: 'Please enter a value of 0 or more.'
    },
    targets: {
      title: 'Targets',
      periods: { month: 'Per month', quarter: 'Per quarter', year: 'Per year' },
      period: 'Period',
      metric: 'Metric',
      team: 'Owner',
      value: 'Target',
      unit: 'Unit',
      owners: { marketing: 'Marketing', sales: 'Sales', joint: 'Joint (marketing & sales)', none: '— choose —' },
      fromCalculator: 'from the calculator',
      add: 'Add target',
      describe: 'target “{{text}}”',
      empty: 'No targets for this period.',
      valueInvalid: 'Please enter a target of 0 or more.'
    },
    kpis: {
      title: 'Reporting to management',
      kpi: 'KPI',
      measure: 'How success is measured',
      reporter: 'Who reports',
      cadence: 'How often',
      add: 'Add KPI',
      describe: 'KPI “{{text}}”'
    },
    governance: {
      title: 'Governance',
      what: 'governance',
      startDate: 'Start date',
      term: 'Term',
      months: 'months',
      termInvalid: 'Please enter whole months, 1 or more.',
      reviewCadence: 'Review cadence',
      cadences: { monthly: 'Monthly', quarterly: 'Quarterly', halfYearly: 'Every six months', yearly: 'Yearly' },
      escalation: 'Escalation path when the SLA is missed',
      amendments: 'How amendments are made',
      currency: 'Currency'
    },
    calculator: {
      title: 'Lead goals calculator',
      intro: 'Work backwards from the revenue goal: how many customers, SQLs, MQLs, leads and visits does it take?',
      inputs: 'Assumptions',
      results: 'What it takes',
      period: 'Period',
      revenueGoal: 'Revenue goal',
      marketingShare: 'Share from marketing-sourced leads',
      dealSize: 'Average deal size',
      visitToLead: 'Visit → lead',
      leadToMql: 'Lead → MQL',
      mqlToSql: 'MQL → SQL',
      sqlToCustomer: 'SQL → customer',
      leadToCustomer: 'Lead → customer (if the stage rates are unknown)',
      reps: 'Number of sales reps',
      rates: 'Conversion rates',
      revenue: 'Revenue from marketing-sourced leads',
      customers: 'Customers',
      sqls: 'SQLs',
      mqls: 'MQLs',
      leads: 'Leads',
      visits: 'Website visits',
      mqlsPerRep: 'MQLs per sales rep',
      valueOfLead: 'Value of one lead',
      roundedUp: 'Counts are rounded up — you cannot win 2.3 customers.',
      notComputable: 'needs more rates',
      useAsTargets: 'Use as targets ({{period}})',
      overwriteTitle: 'Replace existing targets?',
      overwriteBody: 'These targets already have values and will be replaced: {{list}}.',
      overwrite: 'Replace',
      applied: 'Targets for the period updated from the calculator.',
      problems: {
        required: 'Please enter a value.',
        positive: 'Please enter an amount above 0.',
        rateRange: 'A rate must be above 0 % and at most 100 %.',
        shareRange: 'The share must be above 0 % and at most 100 %.',
        repsWhole: 'Please enter a whole number of reps, 1 or more.',
        number: 'Please enter a number.',
        tooLarge: 'These values make the numbers too large to show — please check them.',
        inconsistentLeadToCustomer: 'Lead → customer does not match the product of the stage rates; the stage rates are used.',
        noPathToLeads: 'Enter the stage rates or lead → customer to get to leads.'
      }
    },
    check: {
      title: 'Completeness check',
      nothingMissing: 'Nothing is missing. Please look at the points to check below before signing.',
      allGood: 'Nothing is missing. The SLA is ready to sign.',
      blocking: 'Missing',
      warning: 'To check',
      fix: 'Go there',
      confirmTitle: 'Sign with open items?',
      confirmBody: 'The completeness check still lists {{count}} open items. They will be listed in the signed document.',
      confirmLabel: 'We sign with these open items',
      confirmed: 'Signing with {{count}} open items confirmed.'
    },
    findings: {
      noMarketingSignatory: 'Nobody from marketing signs the SLA.',
      noSalesSignatory: 'Nobody from sales signs the SLA.',
      signatoryWithoutName: 'Signatory no. {{position}} ({{team}}) has no name.',
      noSharedGoal: 'There is no shared goal statement.',
      stepNotCompleted: '{{step}} is not marked complete.',
      noMqlDefinition: 'There is no MQL definition.',
      noSqlDefinition: 'There is no SQL definition.',
      noFirstContactCommitment: 'There is no response time: how fast sales contacts a new MQL.',
      commitmentWithoutValue: 'Commitment “{{description}}” has no value.',
      raciNobodyResponsible: 'Nobody is responsible for “{{activity}}”.',
      raciSeveralAccountable: '{{count}} teams are accountable for “{{activity}}”.',
      raciNoAccountable: 'Nobody is accountable for “{{activity}}”.',
      noTargets: 'There are no targets.',
      targetWithoutTeam: 'Target “{{metric}}” ({{period}}) has no owner.',
      targetWithoutValue: 'Target “{{metric}}” ({{period}}) has no value.',
      governanceWithoutStartDate: 'The SLA has no start date.',
      itemsNotAgreed: '{{list}}: {{count}} not yet agreed.',
      notAgreed: '{{part}} is not yet agreed.'
    },
    listNames: {
      stage: 'Lifecycle stages',
      report: 'Reports',
      rejection: 'Rejection reasons',
      mqlCriterion: 'MQL criteria',
      sqlCriterion: 'SQL criteria',
      glossary: 'Glossary',
      raci: 'Responsibilities',
      commitment: 'Commitments',
      target: 'Targets',
      kpi: 'Reporting to management',
      mql: 'The MQL definition',
      sql: 'The SQL definition',
      stuckLeadRule: 'The stuck-lead rule',
      governance: 'Governance'
    },
    diffLists: {
      signatories: 'Signatories',
      stages: 'Lifecycle stages',
      mqlCriteria: 'MQL criteria',
      sqlCriteria: 'SQL criteria',
      glossary: 'Glossary',
      responsibilities: 'Responsibilities',
      commitments: 'Commitments',
      targets: 'Targets',
      reports: 'Reports',
      rejectionReasons: 'Rejection reasons',
      managementKpis: 'Reporting to management'
    },
    yes: 'yes',
    no: 'no',
    empty: '(empty)',
    signing: {
      title: 'Signatures',
      intro: 'Each signatory signs on this laptop — drawn with mouse, touchpad, pen or finger, or as a typed full name.',
      needsSigners: 'Mark at least one participant from marketing and one from sales as signatory (Workshop & participants).',
      sign: 'Sign',
      signAs: 'Sign as {{name}}',
      signed: 'Signed',
      signedAt: 'Signed on {{date}} in {{place}}',
      outdated: 'The content changed after this signature — please sign again.',
      remove: 'Withdraw signature',
      dialogTitle: 'Signature of {{name}}',
      draw: 'Draw',
      type: 'Type name',
      drawHint: 'Sign in the box with mouse, touchpad, pen or finger.',
      canvas: 'Signature field',
      clear: 'Clear',
      typedName: 'Full name',
      typedHint: 'Your typed full name counts as your signature.',
      place: 'Place',
      date: 'Date and time',
      confirm: 'Sign now',
      emptyDrawing: 'Please sign in the box first.',
      typedMismatch: 'Please type your full name.',
      placeRequired: 'Please enter the place.',
      changed: 'The content changed while signing. Please check it and sign again.',
      complete: 'All signatures are in: version {{number}} is signed and frozen.',
      openItemsFirst: 'Confirm signing with open items first (above).'
    },
    versions: {
      title: 'Versions',
      none: 'No version yet — the SLA becomes version 1 when the first person signs.',
      compare: 'What changed against version {{number}}',
      noChanges: 'No changes against version {{number}} yet.',
      added: 'Added',
      removed: 'Removed',
      changed: 'Changed',
      reordered: 'Order changed',
      before: 'before',
      after: 'after',
      signatures: '{{count}} signatures',
      openItems: 'Signed with {{count}} open items',
      sections: {
        parties: 'Parties and purpose',
        definitions: 'Definitions',
        responsibilities: 'Responsibilities',
        commitments: 'Commitments',
        targets: 'Targets',
        funnel: 'Calculator assumptions',
        reporting: 'Reporting',
        governance: 'Governance'
      }
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
