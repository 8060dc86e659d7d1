/** English texts of step 4: the SLA, its versions and signing; loaded with the workshop screen. de.ts has exactly the same keys: the compiler checks it. */
export const en = {
  completenessSummary: {
    open_one: 'Not complete yet: 1 open item below.',
    open_other: 'Not complete yet: {{count}} open items below.'
  },
  sla: {
    tabs: {
      label: 'Parts of step 4',
      agreement: 'Agreement',
      calculator: 'Lead goals calculator',
      sign: 'Check & sign',
      versions: 'Versions'
    },
    signedOn: 'Signed on {{date}}',
    fingerprint: 'Fingerprint',
    lockedNotice: 'Version {{number}} is signed. Its content is read-only — to change it, amend the SLA.',
    amend: 'Amend SLA',
    amended: 'Version {{number}} created as a draft. Change what was decided, then sign again.',
    responsibilities: {
      title: 'Responsibilities',
      guidance:
        'Tasks about individual customers and personal contact lean to sales; tasks about markets and target groups lean to marketing.',
      legend:
        'R = responsible (does the work) · A = accountable (owns the result, one team per activity) · A/R = both: the accountable team does the work itself · C = consulted · I = informed',
      activity: 'Activity',
      owner: 'Named owner (optional)',
      letter: '{{team}} for “{{activity}}”',
      none: '–',
      add: 'Add activity',
      describe: 'activity “{{activity}}”',
      noR: 'Nobody does the work (R) — mark a team R, or A/R if the accountable team does it itself.',
      noA: 'Nobody is accountable (A) for the result — agree on one team.',
      manyA: 'More than one team is accountable (A) — agree on one.'
    },
    commitments: {
      title: 'Commitments',
      intro: 'Measurable timings both sides promise. “At most” means lower is better (e.g. respond within 24 hours).',
      description: 'Commitment',
      value: 'Value',
      unit: 'Unit',
      units: {
        hours: 'hours',
        hours_one: 'hour',
        days: 'days',
        days_one: 'day',
        attempts: 'attempts',
        attempts_one: 'attempt',
        perWeek: 'per week',
        perMonth: 'per month',
        percent: '%',
        count: 'times',
        count_one: 'time'
      },
      direction: 'Direction',
      directions: {
        atMost: 'at most',
        atLeast: 'at least'
      },
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
        other: 'Other',
        leadVolume: 'Lead volume',
        leadQuality: 'Lead quality',
        dataCompleteness: 'Data completeness',
        salesContent: 'Content for sales'
      },
      add: 'Add commitment',
      describe: 'commitment “{{text}}”'
    },
    targets: {
      title: 'Targets',
      periods: {
        month: 'Per month',
        quarter: 'Per quarter',
        year: 'Per year'
      },
      period: 'Period',
      metric: 'Metric',
      team: 'Owner',
      value: 'Target',
      unit: 'Unit',
      owners: {
        marketing: 'Marketing',
        sales: 'Sales',
        joint: 'Joint (marketing & sales)',
        none: '— choose —'
      },
      fromCalculator: 'from the calculator',
      add: 'Add target',
      describe: 'target “{{text}}”',
      empty: 'No targets for this period.'
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
      reviewCadence: 'Review cadence',
      cadences: {
        monthly: 'Monthly',
        quarterly: 'Quarterly',
        halfYearly: 'Every six months',
        yearly: 'Yearly'
      },
      escalation: 'Escalation path when the SLA is missed',
      amendments: 'How amendments are made',
      currency: 'Currency',
      scope: 'Scope',
      scopeLeads: 'Which leads the SLA covers',
      scopeRegions: 'Which regions it covers',
      handover: 'Hand-over of a lead',
      handoverData: 'What a lead carries when marketing hands it to sales',
      handoverHint: 'One entry a line.',
      clock: 'Business hours and public holidays',
      clockMode: 'Time commitments count in',
      clockModes: {
        none: 'Not stated (as before)',
        calendar: 'Calendar hours: around the clock',
        business: 'Business hours'
      },
      workingDays: 'Working days',
      workingDaysHint: 'Business hours need at least one working day.',
      weekdays: {
        '1': 'Monday',
        '2': 'Tuesday',
        '3': 'Wednesday',
        '4': 'Thursday',
        '5': 'Friday',
        '6': 'Saturday',
        '7': 'Sunday'
      },
      dayStart: 'Business day starts',
      dayEnd: 'Business day ends',
      timeInvalid: 'Enter a time such as 08:00.',
      endNotAfterStart: 'The business day must end after it starts.',
      timeZone: 'Time zone',
      termAndEnd: 'Term, renewal and end',
      renewal: 'Renewal at the end of the term',
      termination: 'How the SLA ends',
      escalationTitle: 'Escalation',
      consequences: 'If commitments are still missed (second stage)',
      dataProtection: 'Data protection and works council',
      amendmentsTitle: 'Amendments and data protection'
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
      overwriteTitle: 'Replace existing values?',
      overwriteBody: 'These targets and commitments already have values and will be replaced: {{list}}.',
      overwrite: 'Replace',
      applied: 'Targets for the period updated from the calculator.',
      problems: {
        required: 'Please enter a value.',
        positive: 'Please enter an amount above 0.',
        rateRange: 'A rate must be above 0 % and at most 100 %.',
        shareRange: 'The share must be above 0 % and at most 100 %.',
        repsWhole: 'Please enter a whole number of reps, 1 or more.',
        tooLarge: 'These values make the numbers too large to show — please check them.',
        inconsistentLeadToCustomer:
          'Lead → customer does not match the product of the stage rates; the stage rates are used.',
        noPathToLeads: 'Enter the stage rates or lead → customer to get to leads.'
      }
    },
    check: {
      title: 'Completeness check',
      allGood: 'Nothing is missing. The SLA is ready to sign.',
      blocking: 'Missing',
      warning: 'To check',
      fix: 'Go there',
      confirmTitle: 'Sign with open items?',
      confirmBody_one:
        'The completeness check still lists {{count}} open item. It will be listed in the signed document.',
      confirmBody_other:
        'The completeness check still lists {{count}} open items. They will be listed in the signed document.',
      confirmLabel: 'We sign with these open items',
      confirmed_one: 'Signing with {{count}} open item confirmed.',
      confirmed_other: 'Signing with {{count}} open items confirmed.'
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
      needsSigners:
        'Mark at least one participant from marketing and one from sales as signatory (Workshop & participants).',
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
      signatures_one: '{{count}} signature',
      signatures_other: '{{count}} signatures',
      openItems_one: 'Signed with {{count}} open item',
      openItems_other: 'Signed with {{count}} open items',
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
  signedSla: {
    notSigned: 'Not signed yet',
    withdrawTitle: 'Withdraw the signature?',
    withdrawBody: 'The signature of {{name}} will be removed from this draft. {{name}} can sign again afterwards.',
    withdraw: 'Withdraw',
    deleteSignerTitle: 'Delete a person who signed?',
    deleteSignerBody_one:
      '{{name}} signed version {{versions}}. The signature stays in that version — with name, role and team as they were when signing — on screen and in every export. Only the participant list changes.',
    deleteSignerBody_other:
      '{{name}} signed versions {{versions}}. The signatures stay in those versions — with name, role and team as they were when signing — on screen and in every export. Only the participant list changes.',
    deleteSigner: 'Delete from the participants',
    otherWindowSigned:
      'Version {{number}} was signed in another window. It is now read-only here too; undo starts afresh.',
    otherWindowEdited:
      'This workshop is also open in another window. Changes made there appear here as soon as they are saved.',
    show: 'Show',
    showVersion: 'Show version {{number}}',
    viewTitle: 'Version {{number}} · {{state}}',
    viewReadOnly: 'Read-only: the content exactly as it was signed on {{date}}.',
    exportVersion: 'Export version {{number}} (.docx)',
    close: 'Back to the versions',
    signatories: 'Signatures',
    definitions: 'Definitions',
    criteria: 'Criteria',
    threshold: 'Score threshold: {{value}}',
    noEntries: 'None',
    diff: {
      status: 'Agreed or proposed',
      points: 'Points',
      source: 'From the calculator',
      raci: '{{team}} (RACI)',
      mqlSentence: 'MQL definition',
      mqlThreshold: 'MQL score threshold',
      mqlStatus: 'MQL definition agreed or proposed',
      sqlSentence: 'SQL definition',
      sqlStatus: 'SQL definition agreed or proposed',
      stuckLeadStatus: 'Stuck-lead rule agreed or proposed',
      governanceStatus: 'Governance agreed or proposed'
    },
    seal: {
      label: 'Seal',
      brokenExplained:
        'Version {{number}} was changed after it was signed: its content, its signatures or what was sealed with them no longer match its seal. It does not count as signed and is not exported as signed.',
      brokenWayForward:
        'To put the agreement in force again, start an amendment: the signatories check the text of version {{number}} and sign it anew.',
      sealedLater:
        'Sealed on {{date}}, after signing — when the app was updated or an older file was read. The seal vouches for this version from then on, not for its earlier history.'
    }
  }
}
