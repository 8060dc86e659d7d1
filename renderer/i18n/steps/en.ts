/** English texts of steps 1, 2, 3 and 5; loaded with the workshop screen. de.ts has exactly the same keys: the compiler checks it. */
export const en = {
  mqlExamples: {
    title: 'Example criteria',
    hint:
      'Fit: do company and person suit us? Engagement: how interested are they? The points add up; from the score threshold on (e.g. {{threshold}} points) a lead is an MQL. Add what fits, then change the points.',
    points_one: '{{formatted}} point',
    points_other: '{{formatted}} points',
    add: 'Add example criterion: {{text}}',
    addAll: 'Add all examples',
    addAllWithThreshold: 'Add all examples with a threshold of {{threshold}} points'
  },
  steps: {
    awareness: {
      purpose: 'Make the friction visible, reduce prejudices and show what both sides gain.',
      questions: [
        'Where does the collaboration between marketing and sales hurt today — and how much?',
        'What do you hear said about your team? What do you say about the other team?',
        'What does your team need from the other one to be successful?',
        'What would both sides gain if it worked — and what is our shared goal?'
      ]
    },
    closedLoop: {
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
      purpose: 'End the “your leads are bad / you don’t follow up” argument by defining the terms together.',
      questions: [
        'When is a lead good enough to hand over to sales (MQL)?',
        'When does sales consider a lead qualified (SQL)? Budget, authority, need, timeline?',
        'Which behaviour and which company data count, and how many points is each worth?',
        'Which other terms do we use differently today?'
      ]
    },
    sla: {
      purpose: 'Make the agreements binding, in writing, with measurable commitments on both sides.',
      questions: [
        'Who is responsible, accountable, consulted and informed for each activity?',
        'How fast does sales contact a new MQL, and how often does it try?',
        'Which targets do we commit to per month, quarter and year?',
        'How do we escalate when the SLA is missed, and how do we change it?'
      ]
    },
    keepAtIt: {
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
      heatmapCaption:
        'Friction by area and team (1 = hardly hurts, 5 = hurts a lot), with the perception gap between marketing and sales',
      gap: 'Gap',
      gapHint: 'A gap of 2 or more: the teams see this area very differently — talk about it.',
      roomRatings_one: '{{count}} rating from the room',
      roomRatings_other: '{{count}} ratings from the room · spread {{spread}}'
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
    cadences: {
      weekly: 'Weekly',
      biweekly: 'Every two weeks',
      monthly: 'Monthly',
      quarterly: 'Quarterly'
    },
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
      summary_one: 'After {{count}} day without activity a lead returns to nurturing.',
      summary_other: 'After {{count}} days without activity a lead returns to nurturing.',
      what: 'stuck-lead rule'
    }
  },
  language: {
    mql: {
      title: 'MQL definition',
      what: 'MQL definition'
    },
    sql: {
      title: 'SQL definition',
      what: 'SQL definition'
    },
    sentence: 'Definition',
    generate: 'Write the definition from the criteria',
    generateHint: 'Replaces the definition with a sentence built from the criteria; edit it afterwards.',
    replaced: 'Definition replaced by the generated sentence.',
    threshold: 'Score threshold (optional)',
    points: 'Points (optional)',
    criteria: 'Criteria',
    criterion: 'Criterion',
    kind: 'Kind',
    kinds: {
      fit: 'Fit',
      engagement: 'Engagement',
      bant: 'BANT',
      other: 'Other'
    },
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
      states: {
        open: 'Open',
        inProgress: 'In progress',
        done: 'Done'
      },
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
  }
}
