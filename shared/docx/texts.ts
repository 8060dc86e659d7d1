import type { Language } from '../domain/language'
import { VOCABULARY } from '../domain/vocabulary'
import type { ActionState, Cadence, CommitmentUnit, CriterionKind, Direction, FunnelKey, Period, RaciTeam } from '../domain/items'
import type { FunnelProblemCode } from '../domain/funnel'
import type { AttainmentStatus } from '../domain/attainment'
import type { ActualRateField } from '../domain/review'
import type { SlaState } from '../domain/sla'

/** Counts of a review's items by status; `total`, `met` … as formatted numbers, `raw` to choose singular or plural. */
export interface SummaryCounts {
  total: string
  met: string
  nearlyMet: string
  missed: string
  notMeasured: string
  noTarget: string
  raw: { total: number; noTarget: number }
}
import type { FunnelInputs, ReviewCadence, StepId, Team } from '../domain/workshop'

/**
 * Every text the Word documents print, English and German, in this one module: one interface,
 * then each language in full, so the compiler checks that German has every text English has and
 * a translator finds all of them in one place (hence the length). The words follow the app's
 * vocabulary (SPEC §10); the clauses are written as a company would file them. Texts with blanks
 * are functions; what fills the blanks is already formatted for the locale.
 */

type FunnelInputKey = Exclude<keyof FunnelInputs, 'period'>
type FunnelResultKey = FunnelKey | 'valueOfLead'

export interface UnitForms {
  one: string
  other: string
}

export interface DocTexts {
  teams: Record<Team | 'joint', string>
  states: Record<SlaState, string>
  yes: string
  no: string
  none: string
  proposed: string
  common: {
    page: string
    of: string
    generatedBy: string
    contents: string
    date: string
    version: (number: string) => string
    workshop: string
  }
  sla: {
    title: string
    subtitle: string
    headerTitle: string
    draftMark: string
    supersededMark: string
    draftNotice: string
    supersededNotice: string
    /** `termStart`: what a draft shows instead of `inForce` — it is in force from nothing yet. */
    facts: { version: string; state: string; date: string; signedOn: string; inForce: string; termStart: string; fingerprint: string }
    fingerprint: string
    notSignedYet: string
    parties: {
      title: string
      intro: (organisation: string, unit: string) => string
      purpose: string
      sharedGoal: string
      noSharedGoal: string
      signatories: string
      signatoriesIntro: string
      noSignatories: string
      columns: { name: string; role: string; team: string }
      /** What kind of agreement it is: internal, between departments, no contract under civil law. */
      kind: string
      scope: string
      scopeLeads: string
      scopeRegions: string
    }
    definitions: {
      title: string
      lifecycle: string
      lifecycleIntro: string
      stageColumns: { stage: string; definition: string; owner: string; maxDays: string; onStall: string }
      entryCriteria: string
      days: (count: number, formatted: string) => string
      mql: string
      sql: string
      noSentence: string
      criteria: string
      criteriaColumns: { criterion: string; kind: string; points: string }
      kinds: Record<CriterionKind, string>
      threshold: (points: string) => string
      noCriteria: string
      glossary: string
      glossaryColumns: { term: string; definition: string }
      noGlossary: string
    }
    responsibilities: {
      title: string
      intro: string
      legendTitle: string
      legend: Array<[string, string]>
      columns: { activity: string; owner: string }
      raciTeams: Record<RaciTeam, string>
      none: string
    }
    commitments: {
      title: string
      intro: string
      columns: { commitment: string; level: string; team: string; measuredBy: string }
      directions: Record<Direction, string>
      units: Record<Exclude<CommitmentUnit, 'count'>, UnitForms>
      /** How often: "once", "3 times"; "einmal", "3-mal" (`count` already in the locale's digits). */
      times: (count: string, value: number) => string
      none: string
      clockCalendar: string
      /** `days` "Mon–Fri", `hours` "08:00–17:00", `holidays` from the two below. */
      clockBusiness: (days: string, hours: string, timeZone: string, holidays: string) => string
      holidaysNationwide: string
      holidaysIn: (state: string) => string
      handover: string
      handoverIntro: string
      noHandover: string
    }
    targets: {
      title: string
      intro: string
      periodTitles: Record<Period, string>
      periods: Record<Period, string>
      columns: { metric: string; owner: string; value: string }
      owners: Record<'marketing' | 'sales' | 'joint' | 'none', string>
      none: string
      calculator: string
      calculatorIntro: (period: string) => string
      calculatorPeriods: Record<Period, string>
      assumptions: string
      inputs: Record<FunnelInputKey, string>
      results: string
      resultLabels: Record<FunnelResultKey, string>
      roundedUp: string
      notComputed: string
      problems: Record<Exclude<FunnelProblemCode, 'inconsistentLeadToCustomer'>, string>
      inconsistent: string
      notUsed: string
      valueColumn: string
    }
    reporting: {
      title: string
      reports: string
      reportColumns: { report: string; route: string; cadence: string; channel: string; owner: string }
      metrics: string
      cadences: Record<Cadence, string>
      noReports: string
      rejections: string
      rejectionsIntro: string
      noRejections: string
      stuckLeads: string
      stuckRule: (days: string) => string
      noStuckDays: string
      management: string
      kpiColumns: { kpi: string; measure: string; reporter: string; cadence: string }
      noKpis: string
    }
    governance: {
      title: string
      term: string
      inForce: (start: string, months: string, end: string) => string
      inForceOpenEnded: (start: string) => string
      versionInForce: (version: string, from: string) => string
      noStart: string
      reviews: string
      reviewCadence: (cadence: string) => string
      cadences: Record<ReviewCadence, string>
      reviewDates: string
      noReviewDates: string
      escalation: string
      amendments: string
      amendmentClause: string
      notRecorded: string
      secondStage: string
      dataProtection: string
    }
    openItems: {
      title: string
      intro: string
    }
    signatures: {
      title: string
      signedIntro: (version: string, fingerprint: string) => string
      draftIntro: string
      /** Under a blank line, written by hand. */
      placeAndDateBlank: string
      approvalIntro: string
      approvalName: string
      approvalSignature: string
      signature: string
      typedNote: string
      imageUnreadable: string
      /** Above the full seal on the signature page, where the paper copy signed by hand anchors the file. */
      sealIntro: string
      /** Below it, for a version signed before seals existed and sealed when the app was updated. */
      sealedLater: (date: string) => string
    }
    history: {
      title: string
      intro: string
      columns: { version: string; state: string; inForceFrom: string; fingerprint: string; summary: string }
      signedOn: (date: string) => string
      /** Under "Signed", which says the rest. */
      on: (date: string) => string
      thisVersion: string
      /** The "Changes" column, from the comparison with the version before. */
      firstVersion: string
      noChange: string
      added: (count: string) => string
      removed: (count: string) => string
      changed: (count: string) => string
      reordered: string
    }
  }
  minutes: {
    title: string
    headerTitle: string
    facts: { facilitator: string; generatedOn: string }
    participants: string
    participantColumns: { name: string; role: string; team: string; email: string; signs: string }
    noParticipants: string
    agenda: string
    agendaColumns: { time: string; entry: string; duration: string; status: string }
    agendaIntro: (start: string, end: string) => string
    total: string
    complete: string
    open: string
    steps: Record<StepId, string>
    friction: string
    frictionColumns: { area: string; gap: string; notes: string }
    frictionLegend: string
    /** How many people rated on their phones, and what a cell then shows (`formatted`: the count in the locale's digits). */
    roomRated: (count: number, formatted: string) => string
    /** Under the room's average in a cell, short enough for a narrow column: how many ratings (n), their spread (Δ), both in the locale's digits. */
    roomRatings: (count: string, spread: string) => string
    notRated: string
    voices: string
    voicesIntro: string
    voiceGroups: { marketingHeard: string; marketingSays: string; salesHeard: string; salesSays: string }
    givesGets: string
    marketingNeeds: string
    salesNeeds: string
    benefits: string
    sharedGoal: string
    actions: string
    actionColumns: { action: string; owner: string; team: string; due: string; state: string }
    actionStates: Record<ActionState, string>
    concerns: string
    concernColumns: { concern: string; response: string }
    parkingLot: string
    parkingColumns: { item: string; step: string }
    nothing: string
    slaSummary: string
    /** A step in which nothing at all was captured: said once instead of under every heading. */
    stepEmpty: string
    notCaptured: (parts: string) => string
    results: string
    resultLabels: { sla: string; actions: string; next: string }
    slaSigned: (version: string, date: string, signers: string) => string
    slaDraft: (version: string) => string
    slaSealBroken: (version: string) => string
    actionsAgreed: (count: number, formatted: string, open: string) => string
    nextReview: (date: string) => string
    noNextReview: string
  }
  review: {
    title: string
    headerTitle: (period: string) => string
    footer: (period: string, version: string) => string
    facts: { period: string; date: string; version: string; fingerprint: string; state: string; preparedOn: string; nextReview: string }
    noNextReview: string
    versionSigned: (number: string, date: string) => string
    states: Record<'open' | 'closed', string>
    closedOn: (date: string) => string
    openNotice: string
    attendees: string
    attendeeColumns: { name: string; role: string; team: string }
    guest: string
    noAttendees: string
    results: string
    overall: string
    /** The counts of attainmentSummary, already formatted as numbers. */
    summary: (counts: SummaryCounts) => string
    overallExplained: string
    /** The change since the previous review: met then and now, each of its own total. */
    sinceLast: (period: string, before: string, beforeTotal: string, now: string, total: string) => string
    previousActual: (period: string, value: string) => string
    /** How a target per year or month became the quarter's target, e.g. "yearly target pro-rated: 1/4 of 1,200". */
    scaledTarget: (from: Period, factor: string, agreed: string) => string
    rateTarget: string
    legend: (green: string, amber: string) => string
    targets: string
    commitments: string
    columns: { metric: string; period: string; target: string; commitment: string; level: string; actual: string; attainment: string; status: string }
    statuses: Record<AttainmentStatus, string>
    note: (text: string) => string
    /** Beneath an actual filled from the CRM export (its section names the file). */
    fromCrm: string
    noTargets: string
    noCommitments: string
    calculator: string
    calculatorIntro: (period: string) => string
    rateColumns: { rate: string; planned: string; actual: string }
    resultColumns: { result: string; planned: string; actual: string }
    rates: Record<ActualRateField, string>
    notComputed: string
    decisions: string
    noDecisions: string
    actions: string
    actionsIntro: string
    newInReview: string
    overdueSince: (date: string) => string
    noActions: string
    signOff: string
    signOffIntro: string
    signOffColumns: { name: string; placeAndDate: string; signature: string }
    /** The section on the figures measured from the CRM export (issue 13); their lines and definitions are shared/crm's. */
    crm: string
    crmIntro: string
  }
}

const en: DocTexts = {
  teams: VOCABULARY.en.teams,
  states: { draft: 'Draft', signed: 'Signed', superseded: 'Superseded' },
  yes: 'yes',
  no: 'no',
  none: '—',
  proposed: 'proposed, not yet agreed',
  common: {
    page: 'Page',
    of: 'of',
    generatedBy: 'Prepared with Smarketing Studio',
    contents: 'Contents',
    date: 'Date',
    version: (number) => `Version ${number}`,
    workshop: 'Workshop'
  },
  sla: {
    title: 'Service Level Agreement',
    subtitle: 'between Marketing and Sales',
    headerTitle: 'Service Level Agreement Marketing & Sales',
    draftMark: 'DRAFT',
    supersededMark: 'SUPERSEDED',
    draftNotice: 'This draft has not been signed. It serves to prepare the agreement and is not binding.',
    supersededNotice: 'This version has been replaced by a later version of the agreement and is no longer in force.',
    facts: { version: 'Version', state: 'State', date: 'Date', signedOn: 'Signed on', inForce: 'In force from', termStart: 'Term begins', fingerprint: 'Fingerprint' },
    fingerprint: 'Fingerprint',
    notSignedYet: 'not signed yet',
    parties: {
      title: 'Teams and purpose',
      intro: (organisation, unit) =>
        `This Service Level Agreement (“SLA”) is agreed between the marketing team and the sales team of ${organisation}${unit ? `, business unit ${unit}` : ''} (together “the teams”).`,
      purpose:
        'Its purpose is a common language, clear responsibilities, binding response times and shared targets, so that every relevant lead is followed up and turned into revenue, and both teams measure their success the same way.',
      sharedGoal: 'Shared goal',
      noSharedGoal: 'No shared goal has been recorded.',
      signatories: 'Signatories',
      signatoriesIntro: 'The agreement is signed on behalf of the teams by:',
      noSignatories: 'No signatories have been named.',
      columns: { name: 'Name', role: 'Role', team: 'Team' },
      kind: 'The SLA is an internal agreement between departments of the same organisation, not a contract under civil law; it creates no enforceable claims between the teams or for third parties. By signing, the teams commit to keeping it; management decides where they disagree.',
      scope: 'Scope',
      scopeLeads: 'Leads:',
      scopeRegions: 'Regions:'
    },
    definitions: {
      title: 'Definitions',
      lifecycle: 'Lead lifecycle',
      lifecycleIntro: 'A lead passes through the following stages in this order. While a lead is in a stage, the owning team is responsible for it.',
      stageColumns: { stage: 'Stage', definition: 'Definition', owner: 'Owning team', maxDays: 'Maximum time', onStall: 'If stalled or rejected' },
      entryCriteria: 'Entry criteria:',
      days: (count, formatted) => `${formatted} ${count === 1 ? 'day' : 'days'}`,
      mql: 'Marketing Qualified Lead (MQL)',
      sql: 'Sales Qualified Lead (SQL)',
      noSentence: 'No definition has been recorded.',
      criteria: 'Criteria',
      criteriaColumns: { criterion: 'Criterion', kind: 'Kind', points: 'Points' },
      kinds: { fit: 'Fit', engagement: 'Engagement', bant: 'BANT', other: 'Other' },
      threshold: (points) => `A lead qualifies as an MQL when its score reaches at least ${points} points.`,
      noCriteria: 'No criteria have been recorded.',
      glossary: 'Glossary',
      glossaryColumns: { term: 'Term', definition: 'Agreed definition' },
      noGlossary: 'No further terms have been defined.'
    },
    responsibilities: {
      title: 'Responsibilities',
      intro: 'For each activity the teams take on the following roles.',
      legendTitle: 'Legend',
      legend: [
        ['R', 'Responsible: does the work'],
        ['A', 'Accountable: owns the result; one team per activity'],
        ['A/R', 'Accountable and responsible: the accountable team does the work itself'],
        ['C', 'Consulted: is asked before decisions'],
        ['I', 'Informed: is told about the result']
      ],
      columns: { activity: 'Activity', owner: 'Named owner' },
      raciTeams: { marketing: 'Marketing', sales: 'Sales', management: 'Management' },
      none: 'No responsibilities have been recorded.'
    },
    commitments: {
      title: 'Commitments and timings',
      intro:
        'The owning team commits to each of the following service levels. “At most” is a limit that must not be exceeded; “at least” is a level that must be reached.',
      columns: { commitment: 'Commitment', level: 'Service level', team: 'Owning team', measuredBy: 'How it is measured' },
      directions: { atMost: 'at most', atLeast: 'at least' },
      units: {
        hours: { one: 'hour', other: 'hours' },
        days: { one: 'day', other: 'days' },
        attempts: { one: 'attempt', other: 'attempts' },
        perWeek: { one: 'per week', other: 'per week' },
        perMonth: { one: 'per month', other: 'per month' },
        percent: { one: '%', other: '%' }
      },
      times: (count, value) => (value === 1 ? 'once' : value === 2 ? 'twice' : `${count}\u00A0times`),
      none: 'No commitments have been recorded.',
      clockCalendar: 'Time commitments count in calendar hours: around the clock, weekends and public holidays included.',
      clockBusiness: (days, hours, timeZone, holidays) =>
        `Time commitments count in business hours: ${days}, ${hours} (${timeZone}), ${holidays}. Commitments in days count working days.`,
      holidaysNationwide: 'not on nationwide public holidays',
      holidaysIn: (state) => `not on public holidays in ${state}`,
      handover: 'Hand-over of a lead',
      handoverIntro: 'Marketing hands a lead to sales with at least the following data:',
      noHandover: 'No hand-over data has been agreed.'
    },
    targets: {
      title: 'Targets',
      intro: 'Marketing and sales commit to the following targets. The owner named for a target reports on it at each review.',
      periodTitles: { month: 'Targets per month', quarter: 'Targets per quarter', year: 'Targets per year' },
      periods: VOCABULARY.en.periods,
      columns: { metric: 'Metric', owner: 'Owner', value: 'Target' },
      owners: { marketing: 'Marketing', sales: 'Sales', joint: 'Marketing & Sales', none: 'not assigned' },
      none: 'No targets have been recorded.',
      calculator: 'Assumptions of the lead goals calculator',
      calculatorIntro: (period) =>
        `The targets rest on the following assumptions for one ${period}. The lead goals calculator works backwards from the revenue goal to the customers, SQLs, MQLs, leads and visits it takes.`,
      calculatorPeriods: { month: 'month', quarter: 'quarter', year: 'year' },
      assumptions: 'Assumptions',
      inputs: {
        revenueGoal: 'Revenue goal',
        marketingShare: 'Share from marketing-sourced leads',
        dealSize: 'Average deal size',
        visitToLead: 'Conversion visit → lead',
        leadToMql: 'Conversion lead → MQL',
        mqlToSql: 'Conversion MQL → SQL',
        sqlToCustomer: 'Conversion SQL → customer',
        leadToCustomer: 'Conversion lead → customer',
        reps: 'Number of sales reps'
      },
      results: 'What it takes',
      resultLabels: {
        revenue: 'Revenue from marketing-sourced leads',
        customers: 'Customers',
        sqls: 'SQLs',
        mqls: 'MQLs',
        leads: 'Leads',
        visits: 'Website visits',
        mqlsPerRep: 'MQLs per sales rep',
        valueOfLead: 'Value of one lead'
      },
      roundedUp: 'Counts are rounded up: a team cannot win part of a customer.',
      notComputed: 'The calculator cannot compute results from these assumptions:',
      problems: {
        required: 'no value given',
        positive: 'must be an amount above 0',
        shareRange: 'must be above 0 % and at most 100 %',
        rateRange: 'must be above 0 % and at most 100 %',
        repsWhole: 'must be a whole number, 1 or more',
        tooLarge: 'makes the figures too large to compute'
      },
      inconsistent: 'Lead → customer does not match the product of the stage rates; the stage rates are used.',
      notUsed: 'The lead goals calculator was not used for this agreement.',
      valueColumn: 'Value'
    },
    reporting: {
      title: 'Reporting and closed-loop feedback',
      reports: 'Reports',
      reportColumns: { report: 'Report', route: 'From → to', cadence: 'Cadence', channel: 'Channel / format', owner: 'Owner' },
      metrics: 'Metrics:',
      cadences: { weekly: 'Weekly', biweekly: 'Every two weeks', monthly: 'Monthly', quarterly: 'Quarterly' },
      noReports: 'No reports have been agreed.',
      rejections: 'Rejection reasons',
      rejectionsIntro: 'Sales may reject a lead or return it to marketing only for one of the following reasons, which it records with the lead:',
      noRejections: 'No rejection reasons have been agreed.',
      stuckLeads: 'Stuck leads',
      stuckRule: (days) => `A lead that shows no activity for ${days} days returns to nurturing.`,
      noStuckDays: 'No time limit for leads without activity has been agreed.',
      management: 'Reporting to management',
      kpiColumns: { kpi: 'KPI', measure: 'How success is measured', reporter: 'Who reports', cadence: 'How often' },
      noKpis: 'No reporting to management has been agreed.'
    },
    governance: {
      title: 'Governance',
      term: 'Term',
      inForce: (start, months, end) => `This agreement comes into force on ${start} and runs for ${months} months, until ${end}.`,
      inForceOpenEnded: (start) => `This agreement comes into force on ${start} and runs until it is replaced by a new version.`,
      versionInForce: (version, from) => `This version ${version} of the agreement applies from ${from}; it replaces the previous version from that day.`,
      noStart: 'No start date has been agreed.',
      reviews: 'Reviews',
      reviewCadence: (cadence) => `Marketing and sales review this agreement together ${cadence}, comparing the actual figures with the targets.`,
      cadences: { monthly: 'every month', quarterly: 'every quarter', halfYearly: 'every six months', yearly: 'once a year' },
      reviewDates: 'Planned review dates:',
      noReviewDates: 'No review dates have been planned yet.',
      escalation: 'Escalation',
      amendments: 'Amendments',
      amendmentClause: 'An amendment takes effect only as a new version of this agreement, signed by the signatories of both teams.',
      notRecorded: 'Nothing has been recorded.',
      secondStage: 'Second stage:',
      dataProtection: 'Data protection and works council'
    },
    openItems: {
      title: 'Open items',
      intro:
        'This version was signed although the completeness check still listed the following open items. The signatories confirmed this expressly; the items are to be resolved at the next review at the latest.'
    },
    signatures: {
      title: 'Signatures',
      signedIntro: (version, fingerprint) =>
        `By signing, the signatories confirm this agreement in version ${version} with the fingerprint ${fingerprint}. The fingerprint identifies the content exactly: any change to it gives another fingerprint.`,
      draftIntro: 'This version has not been signed by all signatories yet. Once everyone has signed, the version is frozen and receives its fingerprint.',
      placeAndDateBlank: 'Place, date',
      approvalIntro: 'Approved by management, which decides where marketing and sales cannot agree (escalation):',
      approvalName: 'Name, role',
      approvalSignature: 'Signature',
      signature: 'Signature',
      typedNote: 'Signed by typing the full name',
      imageUnreadable: 'Drawn signature (the image could not be read)',
      sealIntro:
        'Seal of this version: SHA-256 over its content, its version number and every signature above (name, role, team, place, time and the signature itself). Compare it digit by digit with the paper copy or with the app; any change to what was signed gives another seal.',
      sealedLater: (date) =>
        `This version was signed before seals existed and was sealed on ${date}, after signing — when the app was updated or an older file was read. The seal vouches for it from that day on, not for its earlier history.`
    },
    history: {
      title: 'Amendment history',
      intro: 'The versions of this agreement so far:',
      columns: { version: 'Version', state: 'State', inForceFrom: 'In force from', fingerprint: 'Fingerprint', summary: 'Changes' },
      signedOn: (date) => `signed on ${date}`,
      on: (date) => `on ${date}`,
      thisVersion: 'this document',
      firstVersion: 'First version',
      noChange: 'No change in content',
      added: (count) => `${count}\u00A0added`,
      removed: (count) => `${count}\u00A0removed`,
      changed: (count) => `${count}\u00A0changed`,
      reordered: 'order changed'
    }
  },
  minutes: {
    title: 'Workshop minutes',
    headerTitle: 'Workshop minutes',
    facts: { facilitator: 'Facilitator', generatedOn: 'Minutes prepared on' },
    participants: 'Participants',
    participantColumns: { name: 'Name', role: 'Role / title', team: 'Team', email: 'E-mail', signs: 'Signs the SLA' },
    noParticipants: 'No participants have been recorded.',
    agenda: 'Agenda',
    agendaColumns: { time: 'Time', entry: 'Item', duration: 'Duration', status: 'Status' },
    agendaIntro: (start, end) => `From ${start} to ${end}. The steps take the length of their timeboxes.`,
    total: 'Total',
    complete: 'complete',
    open: 'open',
    steps: VOCABULARY.en.steps,
    friction: 'Friction check',
    frictionColumns: { area: 'Friction area', gap: 'Gap', notes: 'Examples and notes' },
    frictionLegend:
      'How much each area hurts today, as each team rated it: 1 = hardly, 5 = a lot. The gap is the difference between marketing and sales; a gap of 2 or more means the teams see the area very differently.',
    roomRated: (count, formatted) =>
      `${formatted} ${count === 1 ? 'person' : 'people'} rated the friction areas on their phones. Where a team’s phones rated an area, its cell shows their average, with n the number of ratings and Δ their spread (highest minus lowest rating); elsewhere the rating entered in the workshop.`,
    roomRatings: (count, spread) => `n = ${count}, Δ ${spread}`,
    notRated: '–',
    voices: 'Voices',
    voicesIntro: 'The cards were collected anonymously, so that prejudices could be spoken.',
    voiceGroups: {
      marketingHeard: 'Marketing hears about itself',
      marketingSays: 'Marketing says about sales',
      salesHeard: 'Sales hears about itself',
      salesSays: 'Sales says about marketing'
    },
    givesGets: 'Gives & gets',
    marketingNeeds: 'Marketing needs from sales',
    salesNeeds: 'Sales needs from marketing',
    benefits: 'Benefits both sides agree on',
    sharedGoal: 'Shared goal',
    actions: 'Action plan',
    actionColumns: { action: 'Action', owner: 'Owner', team: 'Team', due: 'Due', state: 'Status' },
    actionStates: { open: 'Open', inProgress: 'In progress', done: 'Done' },
    concerns: 'Concerns',
    concernColumns: { concern: 'Concern or fear', response: 'How we address it' },
    parkingLot: 'Parking lot',
    parkingColumns: { item: 'Item', step: 'Raised in' },
    nothing: 'Nothing was recorded.',
    slaSummary: 'The content of the Service Level Agreement as it stood at the end of the workshop:',
    stepEmpty: 'Nothing was captured in this step.',
    notCaptured: (parts) => `Not captured in this step: ${parts}.`,
    results: 'Results at a glance',
    // "SLA": a longer label runs into its value (the labels' column is 4.5 cm).
    resultLabels: { sla: 'SLA', actions: 'Actions', next: 'Next meeting' },
    slaSigned: (version, date, signers) => `Version ${version}, signed on ${date} by ${signers}.`,
    slaDraft: (version) => `Version ${version} is a draft and not yet signed.`,
    slaSealBroken: (version) => `Version ${version} was changed after signing: it no longer matches its seal and does not count as signed.`,
    actionsAgreed: (count, formatted, open) =>
      count === 0 ? 'No actions were agreed.' : `${formatted} ${count === 1 ? 'action' : 'actions'} agreed, ${open} of them open (see “Keep at it”).`,
    nextReview: (date) => `Quarterly review on ${date}.`,
    noNextReview: 'No review date is planned yet.'
  },
  review: {
    title: 'Quarterly review report',
    headerTitle: (period) => `Quarterly review report ${period}`,
    footer: (period, version) => `Review ${period} · SLA version ${version}`,
    facts: { period: 'Period', date: 'Date of the review', version: 'SLA reviewed', fingerprint: 'Fingerprint', state: 'State', preparedOn: 'Report prepared on', nextReview: 'Next review' },
    noNextReview: 'none planned yet',
    versionSigned: (number, date) => `Version ${number}, signed on ${date}`,
    states: { open: 'Open', closed: 'Closed' },
    closedOn: (date) => `Closed on ${date}`,
    openNotice: 'This review is still open: its figures and decisions may still change.',
    attendees: 'Attendees',
    attendeeColumns: { name: 'Name', role: 'Role', team: 'Team' },
    guest: 'Guest',
    noAttendees: 'No attendees have been recorded.',
    results: 'Targets and commitments',
    overall: 'Attainment',
    summary: (c) =>
      [
        `${c.met} of ${c.total} ${c.raw.total === 1 ? 'item' : 'items'} met`,
        `${c.nearlyMet} nearly met`,
        `${c.missed} missed`,
        `${c.notMeasured} not measured`,
        ...(c.raw.noTarget > 0 ? [`${c.noTarget} without a target value`] : [])
      ].join(' · '),
    overallExplained:
      'Every target and commitment of the reviewed version counts once, by its status. Targets agreed per year or per month are first converted to the quarter (see the Target column).',
    sinceLast: (period, before, beforeTotal, now, total) => `Since the review of ${period}: ${before} of ${beforeTotal} met then, ${now} of ${total} now.`,
    previousActual: (period, value) => `${period}: ${value}`,
    scaledTarget: (from, factor, agreed) =>
      from === 'year' ? `yearly target pro-rated: ${factor} of ${agreed}` : `monthly target ${factor}: ${agreed} per month`,
    rateTarget: 'a rate: compared as agreed',
    legend: (green, amber) =>
      `Attainment is the actual value against the target; for “at most” commitments such as response times, lower is better. Met: ${green} or more; nearly met: ${amber} or more; missed: below ${amber}; not measured: no actual value was entered; no target value: the SLA names no value to measure against.`,
    targets: 'Targets',
    commitments: 'Commitments',
    columns: { metric: 'Metric', period: 'Period', target: 'Target', commitment: 'Commitment', level: 'Service level', actual: 'Actual', attainment: 'Attainment', status: 'Status' },
    statuses: { green: 'met', amber: 'nearly met', red: 'missed', notMeasured: 'not measured', noTarget: 'no target value' },
    note: (text) => `Note: ${text}`,
    fromCrm: 'from the CRM export',
    noTargets: 'The reviewed version has no targets.',
    noCommitments: 'The reviewed version has no commitments.',
    calculator: 'Calculator with the real rates',
    calculatorIntro: (period) =>
      `The conversion rates measured in ${period} beside the planned ones, and what it would take at these rates to reach the same revenue goal. Where a rate was not measured, the planned one is used.`,
    rateColumns: { rate: 'Conversion rate', planned: 'Planned', actual: 'Actual' },
    resultColumns: { result: 'What it takes', planned: 'Planned', actual: 'With actual rates' },
    rates: { visitToLead: 'Visit → lead', leadToMql: 'Lead → MQL', mqlToSql: 'MQL → SQL', sqlToCustomer: 'SQL → customer', leadToCustomer: 'Lead → customer' },
    notComputed: 'The calculator cannot compute these rates; see the SLA for its assumptions.',
    decisions: 'Decisions',
    noDecisions: 'No decisions have been recorded.',
    actions: 'Action plan',
    actionsIntro: 'The workshop’s action plan as it stood when this report was prepared; actions added in this review come first.',
    newInReview: 'added in this review',
    overdueSince: (date) => `overdue since ${date}`,
    noActions: 'The action plan is empty.',
    signOff: 'Sign-off',
    signOffIntro: 'With their signatures, the heads of marketing and sales confirm the figures, decisions and actions of this review.',
    signOffColumns: { name: 'Name and role', placeAndDate: 'Place and date', signature: 'Signature' },
    crm: 'Figures from the CRM export',
    crmIntro:
      'The team figures of the quarter as measured from the CRM’s export of contacts or leads. Only these totals and shares are kept: no names, e-mail addresses or other rows of the file.'
  }
}

const de: DocTexts = {
  teams: VOCABULARY.de.teams,
  states: { draft: 'Entwurf', signed: 'Unterschrieben', superseded: 'Abgelöst' },
  yes: 'ja',
  no: 'nein',
  none: '—',
  proposed: 'vorgeschlagen, noch nicht vereinbart',
  common: {
    page: 'Seite',
    of: 'von',
    generatedBy: 'Erstellt mit Smarketing Studio',
    contents: 'Inhalt',
    date: 'Datum',
    version: (number) => `Version ${number}`,
    workshop: 'Workshop'
  },
  sla: {
    title: 'Service Level Agreement',
    subtitle: 'zwischen Marketing und Vertrieb',
    headerTitle: 'Service Level Agreement Marketing & Vertrieb',
    draftMark: 'ENTWURF',
    supersededMark: 'ABGELÖST',
    draftNotice: 'Dieser Entwurf ist nicht unterschrieben. Er dient der Vorbereitung der Vereinbarung und ist nicht verbindlich.',
    supersededNotice: 'Diese Version wurde durch eine spätere Version der Vereinbarung abgelöst und gilt nicht mehr.',
    facts: { version: 'Version', state: 'Status', date: 'Datum', signedOn: 'Unterschrieben am', inForce: 'Gültig ab', termStart: 'Laufzeitbeginn', fingerprint: 'Fingerabdruck' },
    fingerprint: 'Fingerabdruck',
    notSignedYet: 'noch nicht unterschrieben',
    parties: {
      title: 'Beteiligte und Zweck',
      intro: (organisation, unit) =>
        `Dieses Service Level Agreement („SLA“) vereinbaren das Marketing und der Vertrieb des Unternehmens ${organisation}${unit ? `, Bereich ${unit}` : ''} (gemeinsam „die Beteiligten“).`,
      purpose:
        'Es schafft eine gemeinsame Sprache, klare Verantwortlichkeiten, verbindliche Reaktionszeiten und gemeinsame Ziele, damit jeder relevante Lead bearbeitet und in Umsatz verwandelt wird und beide Teams ihren Erfolg auf dieselbe Weise messen.',
      sharedGoal: 'Gemeinsames Ziel',
      noSharedGoal: 'Es wurde kein gemeinsames Ziel festgehalten.',
      signatories: 'Unterzeichnende',
      signatoriesIntro: 'Für die Beteiligten unterschreiben:',
      noSignatories: 'Es wurden keine Unterzeichnenden benannt.',
      columns: { name: 'Name', role: 'Rolle', team: 'Team' },
      kind: 'Das SLA ist eine interne Vereinbarung zwischen Abteilungen desselben Unternehmens und kein Vertrag im zivilrechtlichen Sinn; es begründet keine einklagbaren Ansprüche der Beteiligten untereinander oder Dritter. Mit ihrer Unterschrift verpflichten sich die Beteiligten, es einzuhalten; wo sie sich nicht einigen, entscheidet die Geschäftsleitung.',
      scope: 'Geltungsbereich',
      scopeLeads: 'Leads:',
      scopeRegions: 'Regionen:'
    },
    definitions: {
      title: 'Begriffsbestimmungen',
      lifecycle: 'Lead-Lebenszyklus',
      lifecycleIntro: 'Ein Lead durchläuft die folgenden Stufen in dieser Reihenfolge. Solange ein Lead in einer Stufe ist, ist das zuständige Team für ihn verantwortlich.',
      stageColumns: { stage: 'Stufe', definition: 'Definition', owner: 'Zuständiges Team', maxDays: 'Höchstdauer', onStall: 'Bei Stillstand oder Ablehnung' },
      entryCriteria: 'Eintrittskriterien:',
      days: (count, formatted) => `${formatted} ${count === 1 ? 'Tag' : 'Tage'}`,
      mql: 'Marketing Qualified Lead (MQL)',
      sql: 'Sales Qualified Lead (SQL)',
      noSentence: 'Es wurde keine Definition festgehalten.',
      criteria: 'Kriterien',
      criteriaColumns: { criterion: 'Kriterium', kind: 'Art', points: 'Punkte' },
      kinds: { fit: 'Passung', engagement: 'Engagement', bant: 'BANT', other: 'Sonstiges' },
      threshold: (points) => `Ein Lead gilt als MQL, sobald er mindestens ${points} Punkte erreicht.`,
      noCriteria: 'Es wurden keine Kriterien festgehalten.',
      glossary: 'Glossar',
      glossaryColumns: { term: 'Begriff', definition: 'Vereinbarte Definition' },
      noGlossary: 'Es wurden keine weiteren Begriffe festgelegt.'
    },
    responsibilities: {
      title: 'Verantwortlichkeiten',
      intro: 'Für jede Aufgabe übernehmen die Teams die folgenden Rollen.',
      legendTitle: 'Legende',
      legend: [
        ['R', 'Verantwortlich (responsible): führt die Aufgabe aus'],
        ['A', 'Rechenschaftspflichtig (accountable): trägt das Ergebnis; ein Team je Aufgabe'],
        ['A/R', 'Rechenschaftspflichtig und verantwortlich: das rechenschaftspflichtige Team führt selbst aus'],
        ['C', 'Beteiligt (consulted): wird vor Entscheidungen gefragt'],
        ['I', 'Informiert (informed): erfährt das Ergebnis']
      ],
      columns: { activity: 'Aufgabe', owner: 'Zuständige Person' },
      raciTeams: { marketing: 'Marketing', sales: 'Vertrieb', management: 'Geschäftsleitung' },
      none: 'Es wurden keine Verantwortlichkeiten festgehalten.'
    },
    commitments: {
      title: 'Zusagen und Fristen',
      intro:
        'Das zuständige Team sagt jede der folgenden Leistungen zu. „Höchstens“ ist eine Grenze, die nicht überschritten werden darf; „mindestens“ ist ein Wert, der erreicht werden muss.',
      columns: { commitment: 'Zusage', level: 'Leistungswert', team: 'Zuständiges Team', measuredBy: 'Wie gemessen wird' },
      directions: { atMost: 'höchstens', atLeast: 'mindestens' },
      units: {
        hours: { one: 'Stunde', other: 'Stunden' },
        days: { one: 'Tag', other: 'Tage' },
        attempts: { one: 'Versuch', other: 'Versuche' },
        perWeek: { one: 'pro Woche', other: 'pro Woche' },
        perMonth: { one: 'pro Monat', other: 'pro Monat' },
        percent: { one: '%', other: '%' }
      },
      // Duden: "einmal", "zweimal"; with digits "3-mal".
      times: (count, value) => (value === 1 ? 'einmal' : value === 2 ? 'zweimal' : `${count}-mal`),
      none: 'Es wurden keine Zusagen festgehalten.',
      clockCalendar: 'Zeitzusagen werden in Kalenderstunden gemessen: rund um die Uhr, auch an Wochenenden und Feiertagen.',
      clockBusiness: (days, hours, timeZone, holidays) =>
        `Zeitzusagen werden in Geschäftszeiten gemessen: ${days}, ${hours}\u00A0Uhr (${timeZone}), ${holidays}. Zusagen in Tagen zählen Arbeitstage.`,
      holidaysNationwide: 'nicht an bundesweiten Feiertagen',
      holidaysIn: (state) => `nicht an Feiertagen in ${state}`,
      handover: 'Übergabe eines Leads',
      handoverIntro: 'Das Marketing übergibt einen Lead mindestens mit den folgenden Angaben an den Vertrieb:',
      noHandover: 'Es wurden keine Übergabedaten vereinbart.'
    },
    targets: {
      title: 'Ziele',
      intro: 'Marketing und Vertrieb verpflichten sich auf die folgenden Ziele. Wer für ein Ziel zuständig ist, berichtet darüber in jedem Review.',
      periodTitles: { month: 'Ziele pro Monat', quarter: 'Ziele pro Quartal', year: 'Ziele pro Jahr' },
      periods: VOCABULARY.de.periods,
      columns: { metric: 'Kennzahl', owner: 'Zuständig', value: 'Ziel' },
      owners: { marketing: 'Marketing', sales: 'Vertrieb', joint: 'Marketing & Vertrieb', none: 'nicht zugeordnet' },
      none: 'Es wurden keine Ziele festgehalten.',
      calculator: 'Annahmen des Lead-Ziele-Rechners',
      calculatorIntro: (period) =>
        `Die Ziele beruhen auf den folgenden Annahmen für ${period}. Der Lead-Ziele-Rechner rechnet vom Umsatzziel rückwärts auf die nötigen Kunden, SQLs, MQLs, Leads und Besuche.`,
      calculatorPeriods: { month: 'einen Monat', quarter: 'ein Quartal', year: 'ein Jahr' },
      assumptions: 'Annahmen',
      inputs: {
        revenueGoal: 'Umsatzziel',
        marketingShare: 'Anteil aus Marketing-Leads',
        dealSize: 'Durchschnittlicher Auftragswert',
        visitToLead: 'Konversion Besuch → Lead',
        leadToMql: 'Konversion Lead → MQL',
        mqlToSql: 'Konversion MQL → SQL',
        sqlToCustomer: 'Konversion SQL → Kunde',
        leadToCustomer: 'Konversion Lead → Kunde',
        reps: 'Anzahl Vertriebsmitarbeiter'
      },
      results: 'Was es braucht',
      resultLabels: {
        revenue: 'Umsatz aus Marketing-Leads',
        customers: 'Kunden',
        sqls: 'SQLs',
        mqls: 'MQLs',
        leads: 'Leads',
        visits: 'Website-Besuche',
        mqlsPerRep: 'MQLs je Vertriebsmitarbeiter',
        valueOfLead: 'Wert eines Leads'
      },
      roundedUp: 'Anzahlen sind aufgerundet: Man gewinnt keinen Bruchteil eines Kunden.',
      notComputed: 'Aus diesen Annahmen kann der Rechner keine Ergebnisse berechnen:',
      problems: {
        required: 'kein Wert angegeben',
        positive: 'muss ein Betrag über 0 sein',
        shareRange: 'muss über 0 % und höchstens 100 % betragen',
        rateRange: 'muss über 0 % und höchstens 100 % betragen',
        repsWhole: 'muss eine ganze Zahl ab 1 sein',
        tooLarge: 'macht die Zahlen zu groß für die Berechnung'
      },
      inconsistent: 'Lead → Kunde passt nicht zum Produkt der Stufenraten; es gelten die Stufenraten.',
      notUsed: 'Der Lead-Ziele-Rechner wurde für diese Vereinbarung nicht verwendet.',
      valueColumn: 'Wert'
    },
    reporting: {
      title: 'Berichtswesen und Closed-Loop-Feedback',
      reports: 'Berichte',
      reportColumns: { report: 'Bericht', route: 'Von → an', cadence: 'Rhythmus', channel: 'Kanal / Format', owner: 'Verantwortlich' },
      metrics: 'Kennzahlen:',
      cadences: { weekly: 'Wöchentlich', biweekly: 'Alle zwei Wochen', monthly: 'Monatlich', quarterly: 'Quartalsweise' },
      noReports: 'Es wurden keine Berichte vereinbart.',
      rejections: 'Ablehnungsgründe',
      rejectionsIntro: 'Der Vertrieb darf einen Lead nur aus einem der folgenden Gründe ablehnen oder an das Marketing zurückgeben und hält den Grund am Lead fest:',
      noRejections: 'Es wurden keine Ablehnungsgründe vereinbart.',
      stuckLeads: 'Hängende Leads',
      stuckRule: (days) => `Ein Lead, bei dem ${days} Tage lang keine Aktivität stattfindet, geht zurück ins Nurturing.`,
      noStuckDays: 'Für Leads ohne Aktivität wurde keine Frist vereinbart.',
      management: 'Berichterstattung an die Geschäftsleitung',
      kpiColumns: { kpi: 'Kennzahl', measure: 'Wie Erfolg gemessen wird', reporter: 'Wer berichtet', cadence: 'Wie oft' },
      noKpis: 'Es wurde keine Berichterstattung an die Geschäftsleitung vereinbart.'
    },
    governance: {
      title: 'Steuerung',
      term: 'Laufzeit',
      inForce: (start, months, end) => `Diese Vereinbarung tritt am ${start} in Kraft und läuft ${months} Monate, bis zum ${end}.`,
      inForceOpenEnded: (start) => `Diese Vereinbarung tritt am ${start} in Kraft und gilt, bis sie durch eine neue Version abgelöst wird.`,
      versionInForce: (version, from) => `Diese Version ${version} der Vereinbarung gilt ab dem ${from}; sie ersetzt ab diesem Tag die vorherige Version.`,
      noStart: 'Es wurde kein Beginn vereinbart.',
      reviews: 'Überprüfung',
      reviewCadence: (cadence) => `Marketing und Vertrieb überprüfen diese Vereinbarung ${cadence} gemeinsam und vergleichen dabei die Ist-Werte mit den Zielen.`,
      cadences: { monthly: 'jeden Monat', quarterly: 'jedes Quartal', halfYearly: 'jedes halbe Jahr', yearly: 'einmal im Jahr' },
      reviewDates: 'Geplante Review-Termine:',
      noReviewDates: 'Es wurden noch keine Review-Termine geplant.',
      escalation: 'Eskalation',
      amendments: 'Änderungen',
      amendmentClause: 'Eine Änderung wird erst als neue Version dieser Vereinbarung wirksam, die von den Unterzeichnenden beider Teams unterschrieben ist.',
      notRecorded: 'Es wurde nichts festgehalten.',
      secondStage: 'Zweite Stufe:',
      dataProtection: 'Datenschutz und Betriebsrat'
    },
    openItems: {
      title: 'Offene Punkte',
      intro:
        'Diese Version wurde unterschrieben, obwohl die Vollständigkeitsprüfung noch die folgenden offenen Punkte zeigte. Die Unterzeichnenden haben dies ausdrücklich bestätigt; die Punkte sind spätestens im nächsten Review zu klären.'
    },
    signatures: {
      title: 'Unterschriften',
      signedIntro: (version, fingerprint) =>
        `Mit ihrer Unterschrift bestätigen die Unterzeichnenden diese Vereinbarung in Version ${version} mit dem Fingerabdruck ${fingerprint}. Der Fingerabdruck kennzeichnet den Inhalt genau: Jede Änderung ergibt einen anderen Fingerabdruck.`,
      draftIntro: 'Diese Version ist noch nicht von allen Unterzeichnenden unterschrieben. Sobald alle unterschrieben haben, wird die Version eingefroren und erhält ihren Fingerabdruck.',
      placeAndDateBlank: 'Ort, Datum',
      approvalIntro: 'Freigegeben durch die Geschäftsleitung, die entscheidet, wo sich Marketing und Vertrieb nicht einigen (Eskalation):',
      approvalName: 'Name, Funktion',
      approvalSignature: 'Unterschrift',
      signature: 'Unterschrift',
      typedNote: 'Durch Eingabe des vollständigen Namens unterschrieben',
      imageUnreadable: 'Gezeichnete Unterschrift (das Bild konnte nicht gelesen werden)',
      sealIntro:
        'Siegel dieser Version: SHA-256 über ihren Inhalt, ihre Versionsnummer und alle obigen Unterschriften (Name, Funktion, Team, Ort, Zeitpunkt und die Unterschrift selbst). Gleichen Sie es Zeichen für Zeichen mit der Papierfassung oder der App ab; jede Änderung am Unterschriebenen ergibt ein anderes Siegel.',
      sealedLater: (date) =>
        `Diese Version wurde vor Einführung der Siegel unterschrieben und am ${date} nachträglich versiegelt – bei einer Aktualisierung der App oder beim Einlesen einer älteren Datei. Das Siegel bürgt ab diesem Tag für sie, nicht für ihre Vorgeschichte.`
    },
    history: {
      title: 'Änderungshistorie',
      intro: 'Die bisherigen Versionen dieser Vereinbarung:',
      columns: { version: 'Version', state: 'Status', inForceFrom: 'Gültig ab', fingerprint: 'Fingerabdruck', summary: 'Änderungen' },
      signedOn: (date) => `unterschrieben am ${date}`,
      on: (date) => `am ${date}`,
      thisVersion: 'dieses Dokument',
      firstVersion: 'Erste Fassung',
      noChange: 'Inhalt unverändert',
      added: (count) => `${count}\u00A0hinzugefügt`,
      removed: (count) => `${count}\u00A0entfernt`,
      changed: (count) => `${count}\u00A0geändert`,
      reordered: 'Reihenfolge geändert'
    }
  },
  minutes: {
    title: 'Workshop-Protokoll',
    headerTitle: 'Workshop-Protokoll',
    facts: { facilitator: 'Moderation', generatedOn: 'Protokoll erstellt am' },
    participants: 'Teilnehmende',
    participantColumns: { name: 'Name', role: 'Rolle / Titel', team: 'Team', email: 'E-Mail', signs: 'Unterschreibt das SLA' },
    noParticipants: 'Es wurden keine Teilnehmenden festgehalten.',
    agenda: 'Agenda',
    agendaColumns: { time: 'Uhrzeit', entry: 'Programmpunkt', duration: 'Dauer', status: 'Status' },
    agendaIntro: (start, end) => `Von ${start} bis ${end} Uhr. Die Schritte dauern so lange wie ihr Zeitrahmen.`,
    total: 'Gesamt',
    complete: 'abgeschlossen',
    open: 'offen',
    steps: VOCABULARY.de.steps,
    friction: 'Reibungspunkte',
    frictionColumns: { area: 'Reibungsfeld', gap: 'Lücke', notes: 'Beispiele und Notizen' },
    frictionLegend:
      'Wie sehr jeder Bereich heute schmerzt, wie jedes Team ihn bewertet hat: 1 = kaum, 5 = sehr. Die Lücke ist der Unterschied zwischen Marketing und Vertrieb; ab 2 sehen die Teams den Bereich sehr unterschiedlich.',
    roomRated: (count, formatted) =>
      `${formatted} ${count === 1 ? 'Person hat' : 'Personen haben'} die Reibungsfelder auf dem eigenen Handy bewertet. Wo die Handys eines Teams einen Bereich bewertet haben, zeigt die Zelle ihren Durchschnitt, dazu n die Zahl der Bewertungen und Δ ihre Streuung (höchste minus niedrigste Bewertung); sonst die im Workshop eingetragene Bewertung.`,
    roomRatings: (count, spread) => `n = ${count}, Δ ${spread}`,
    notRated: '–',
    voices: 'Stimmen',
    voicesIntro: 'Die Karten wurden anonym gesammelt, damit Vorurteile ausgesprochen werden konnten.',
    voiceGroups: {
      marketingHeard: 'Marketing hört über sich',
      marketingSays: 'Marketing sagt über den Vertrieb',
      salesHeard: 'Vertrieb hört über sich',
      salesSays: 'Vertrieb sagt über das Marketing'
    },
    givesGets: 'Geben & Nehmen',
    marketingNeeds: 'Marketing braucht vom Vertrieb',
    salesNeeds: 'Vertrieb braucht vom Marketing',
    benefits: 'Nutzen, auf den sich beide Seiten einigen',
    sharedGoal: 'Gemeinsames Ziel',
    actions: 'Maßnahmenplan',
    actionColumns: { action: 'Maßnahme', owner: 'Zuständig', team: 'Team', due: 'Fällig', state: 'Status' },
    actionStates: { open: 'Offen', inProgress: 'In Arbeit', done: 'Erledigt' },
    concerns: 'Bedenken',
    concernColumns: { concern: 'Bedenken oder Befürchtung', response: 'Wie wir damit umgehen' },
    parkingLot: 'Themenspeicher',
    parkingColumns: { item: 'Thema', step: 'Aufgekommen in' },
    nothing: 'Es wurde nichts festgehalten.',
    slaSummary: 'Der Inhalt des Service Level Agreements, wie er am Ende des Workshops stand:',
    stepEmpty: 'In diesem Schritt wurde nichts festgehalten.',
    notCaptured: (parts) => `In diesem Schritt nicht festgehalten: ${parts}.`,
    results: 'Ergebnisse auf einen Blick',
    resultLabels: { sla: 'SLA', actions: 'Maßnahmen', next: 'Nächster Termin' },
    slaSigned: (version, date, signers) => `Version ${version}, unterschrieben am ${date} von ${signers}.`,
    slaDraft: (version) => `Version ${version} ist ein Entwurf und noch nicht unterschrieben.`,
    slaSealBroken: (version) => `Version ${version} wurde nach der Unterschrift verändert: Sie stimmt nicht mehr mit ihrem Siegel überein und gilt nicht als unterschrieben.`,
    actionsAgreed: (count, formatted, open) =>
      count === 0 ? 'Es wurden keine Maßnahmen vereinbart.' : `${formatted} ${count === 1 ? 'Maßnahme' : 'Maßnahmen'} vereinbart, davon ${open} offen (siehe „Dranbleiben“).`,
    nextReview: (date) => `Quartalsreview am ${date}.`,
    noNextReview: 'Es ist noch kein Review-Termin geplant.'
  },
  review: {
    title: 'Quartalsreview – Bericht',
    headerTitle: (period) => `Quartalsreview ${period} – Bericht`,
    footer: (period, version) => `Review ${period} · SLA-Version ${version}`,
    facts: { period: 'Zeitraum', date: 'Datum des Reviews', version: 'Überprüftes SLA', fingerprint: 'Fingerabdruck', state: 'Status', preparedOn: 'Bericht erstellt am', nextReview: 'Nächstes Review' },
    noNextReview: 'noch keines geplant',
    versionSigned: (number, date) => `Version ${number}, unterschrieben am ${date}`,
    states: { open: 'Offen', closed: 'Abgeschlossen' },
    closedOn: (date) => `Abgeschlossen am ${date}`,
    openNotice: 'Dieses Review ist noch offen: Zahlen und Entscheidungen können sich noch ändern.',
    attendees: 'Teilnehmende',
    attendeeColumns: { name: 'Name', role: 'Rolle', team: 'Team' },
    guest: 'Gast',
    noAttendees: 'Es wurden keine Teilnehmenden festgehalten.',
    results: 'Ziele und Zusagen',
    overall: 'Zielerreichung',
    summary: (c) =>
      [
        `${c.met} von ${c.total} ${c.raw.total === 1 ? 'Punkt' : 'Punkten'} erreicht`,
        `${c.nearlyMet} knapp verfehlt`,
        `${c.missed} verfehlt`,
        `${c.notMeasured} nicht gemessen`,
        ...(c.raw.noTarget > 0 ? [`${c.noTarget} ohne Zielwert`] : [])
      ].join(' · '),
    overallExplained:
      'Jedes Ziel und jede Zusage der geprüften Version zählt einmal, nach ihrem Status. Ziele pro Jahr oder pro Monat werden zuerst auf das Quartal umgerechnet (siehe Spalte Ziel).',
    sinceLast: (period, before, beforeTotal, now, total) => `Seit dem Review ${period}: damals ${before} von ${beforeTotal} erreicht, jetzt ${now} von ${total}.`,
    previousActual: (period, value) => `${period}: ${value}`,
    scaledTarget: (from, factor, agreed) =>
      from === 'year' ? `Jahresziel anteilig: ${factor} von ${agreed}` : `Monatsziel ${factor}: ${agreed} pro Monat`,
    rateTarget: 'eine Quote: wie vereinbart verglichen',
    legend: (green, amber) =>
      `Die Zielerreichung ist der Ist-Wert im Verhältnis zum Ziel; bei „höchstens“-Zusagen wie Reaktionszeiten ist weniger besser. Erreicht: ab ${green}; knapp verfehlt: ab ${amber}; verfehlt: unter ${amber}; nicht gemessen: kein Ist-Wert eingetragen; kein Zielwert: das SLA nennt keinen Wert, an dem gemessen werden kann.`,
    targets: 'Ziele',
    commitments: 'Zusagen',
    columns: { metric: 'Kennzahl', period: 'Zeitraum', target: 'Ziel', commitment: 'Zusage', level: 'Leistungswert', actual: 'Ist-Wert', attainment: 'Zielerreichung', status: 'Status' },
    statuses: { green: 'erreicht', amber: 'knapp verfehlt', red: 'verfehlt', notMeasured: 'nicht gemessen', noTarget: 'kein Zielwert' },
    note: (text) => `Notiz: ${text}`,
    fromCrm: 'aus dem CRM-Export',
    noTargets: 'Die überprüfte Version enthält keine Ziele.',
    noCommitments: 'Die überprüfte Version enthält keine Zusagen.',
    calculator: 'Rechner mit den echten Raten',
    calculatorIntro: (period) =>
      `Die in ${period} gemessenen Konversionsraten neben den geplanten, und was es mit diesen Raten bräuchte, um dasselbe Umsatzziel zu erreichen. Wo eine Rate nicht gemessen wurde, gilt die geplante.`,
    rateColumns: { rate: 'Konversionsrate', planned: 'Geplant', actual: 'Ist-Wert' },
    resultColumns: { result: 'Was es braucht', planned: 'Geplant', actual: 'Mit Ist-Raten' },
    rates: { visitToLead: 'Besuch → Lead', leadToMql: 'Lead → MQL', mqlToSql: 'MQL → SQL', sqlToCustomer: 'SQL → Kunde', leadToCustomer: 'Lead → Kunde' },
    notComputed: 'Mit diesen Raten kann der Rechner nichts berechnen; seine Annahmen stehen im SLA.',
    decisions: 'Entscheidungen',
    noDecisions: 'Es wurden keine Entscheidungen festgehalten.',
    actions: 'Maßnahmenplan',
    actionsIntro: 'Der Maßnahmenplan des Workshops zum Zeitpunkt dieses Berichts; Maßnahmen aus diesem Review stehen oben.',
    newInReview: 'neu aus diesem Review',
    overdueSince: (date) => `überfällig seit ${date}`,
    noActions: 'Der Maßnahmenplan ist leer.',
    signOff: 'Freigabe',
    signOffIntro: 'Mit ihrer Unterschrift bestätigen die Leitungen von Marketing und Vertrieb die Zahlen, Entscheidungen und Maßnahmen dieses Reviews.',
    signOffColumns: { name: 'Name und Funktion', placeAndDate: 'Ort und Datum', signature: 'Unterschrift' },
    crm: 'Kennzahlen aus dem CRM-Export',
    crmIntro:
      'Die Teamkennzahlen des Quartals, gemessen am Export der Kontakte oder Leads aus dem CRM. Gespeichert sind nur diese Summen und Anteile: keine Namen, E-Mail-Adressen oder sonstigen Zeilen der Datei.'
  }
}

const TEXTS: Record<Language, DocTexts> = { en, de }

export function textsFor(language: Language): DocTexts {
  return TEXTS[language]
}
