import { FEDERAL_STATE_NAMES } from '../domain/federal-states'
import { localeOf, type Language } from '../domain/language'
import { formatMoney, formatNumber, formatPercent, NO_VALUE } from '../domain/numbers'
import type { SlaContent } from '../domain/sla'
import { workingDaysText, type ClockMode, type SlaClock } from '../domain/sla-clock'
import { hoursPerUnit, MAX_REASONS, type CrmFigures, type SpanFigure } from './figures'
import { CRM_FIGURE_TEXTS, type Count, type CrmFigureTexts, type LineLabel, type MeasuredSpan } from './figure-texts'
import type { CrmConcept } from './mapping'

/**
 * The CRM figures as lines to read (issue 13 §3, §4): each figure's label, its value and how it was
 * computed, and the definitions behind them. The figures screen and the review report both show
 * these, so they never say different things; numbers go through shared/domain/numbers, dates are
 * the caller's (screen and document each write dates their own way).
 */

export interface FigureLineInput {
  figures: Omit<CrmFigures, 'owners'>
  /** The concepts the confirmed mapping found a column for: a figure without its column is not measured, not zero. */
  mapped: readonly CrmConcept[]
  /** The reviewed version's content: its commitments name the commitment lines, its currency the revenue, its clock the definitions. */
  content: Pick<SlaContent, 'commitments' | 'currency'> & { governance: { clock?: SlaClock } }
  /** The IANA time zone the quarter was read in. */
  timeZone: string
}

/** A breakdown under a line: rejection reasons, or the stages the MQLs stand at. */
export interface FigureItems {
  /** What the first column names (reason, stage); the second counts MQLs. */
  header: string
  rows: Array<{ label: string; value: string }>
}

export interface FigureLine {
  /** Which figure, for a caller that needs to find one; a commitment line also has its `commitmentId`. */
  key: LineLabel | 'commitment'
  commitmentId?: string
  label: string
  value: string
  basis: string
  /** False when the export has no column for it: the value is a dash and the basis says which column is missing. */
  measured: boolean
  items?: FigureItems
}

export interface FigureDefinition {
  term: string
  text: string
}

/** The columns each figure needs beyond the ID and the MQL date (which every import has). */
const NEEDS: Partial<Record<LineLabel, readonly CrmConcept[]>> = {
  sqls: ['becameSql'],
  customers: ['becameCustomer'],
  revenue: ['becameCustomer', 'dealAmount'],
  leadToMql: ['created'],
  mqlToSql: ['becameSql'],
  sqlToCustomer: ['becameSql', 'becameCustomer'],
  firstContact: ['firstContact'],
  acceptedOrRejected: ['acceptedOrRejected']
}

/** Counts, percentages and hours written for one language. */
function writer(language: Language, clockMode: ClockMode) {
  const texts = CRM_FIGURE_TEXTS[language]
  const count = (value: number): Count => ({ value, text: formatNumber(value, language, 0) })
  const percent = (share: number | null) => formatPercent(share === null ? null : share * 100, language, 1)
  const hours = (value: number | null) => (value === null ? NO_VALUE : texts.hours({ value, text: formatNumber(value, language, 1) }, clockMode))
  return { texts, count, percent, hours }
}

/** A response time as value and basis: "median 4 h · p90 24 h", "median over 375 of 412 MQLs, davon 37 nie kontaktiert". */
export function spanLine(figure: SpanFigure, span: MeasuredSpan, clockMode: ClockMode, language: Language): { value: string; basis: string } {
  const { texts, count, hours } = writer(language, clockMode)
  const basis = texts.bases.span(span, count(figure.measured), count(figure.mqls), count(figure.never))
  return {
    value: texts.span(hours(figure.medianHours), hours(figure.p90Hours)),
    basis: figure.beforeMql > 0 ? `${basis}; ${texts.bases.beforeMql(span, count(figure.beforeMql))}` : basis
  }
}

/** Every figure of the quarter as a line, in the order the room reads them: counts, rates, response times, commitments, then the breakdowns. */
export function figureLines({ figures, mapped, content }: FigureLineInput, language: Language): FigureLine[] {
  const { texts, count, percent, hours } = writer(language, figures.clockMode)
  const missing = (key: LineLabel) => (NEEDS[key] ?? []).filter((concept) => !mapped.includes(concept))
  const notInExport = (concepts: readonly CrmConcept[]) =>
    texts.bases.notInExport(new Intl.ListFormat(localeOf(language), { type: 'conjunction' }).format(concepts.map((concept) => texts.quote(texts.concepts[concept]))))
  const line = (key: LineLabel, measure: () => { value: string; basis: string }): FigureLine => {
    const lacking = missing(key)
    return lacking.length > 0
      ? { key, label: texts.labels[key], value: NO_VALUE, basis: notInExport(lacking), measured: false }
      : { key, label: texts.labels[key], ...measure(), measured: true }
  }
  const countLine = (key: 'mqls' | 'sqls' | 'customers') => line(key, () => ({ value: count(figures[key].count).text, basis: texts.bases[key] }))
  const cohortLine = (key: 'leadToMql' | 'sqlToCustomer') =>
    line(key, () => ({ value: percent(figures[key].share), basis: texts.bases[key](count(figures[key].advanced), count(figures[key].base)) }))
  const spanOf = (span: MeasuredSpan) => line(span, () => spanLine(figures[span], span, figures.clockMode, language))

  const lines: FigureLine[] = [
    countLine('mqls'),
    countLine('sqls'),
    countLine('customers'),
    line('revenue', () => ({
      value: formatMoney(figures.revenue.sum, content.currency, language),
      basis: texts.bases.revenue(count(figures.revenue.withAmount), count(figures.revenue.withoutAmount))
    })),
    cohortLine('leadToMql'),
    line('mqlToSql', () => ({ value: percent(figures.mqlToSql.share), basis: texts.bases.mqlToSql(count(figures.mqlToSql.becameSql), count(figures.mqlToSql.mqls)) })),
    cohortLine('sqlToCustomer'),
    spanOf('firstContact')
  ]
  // HubSpot exports have no decision date: the line is left out rather than shown as not measured.
  if (mapped.includes('acceptedOrRejected')) lines.push(spanOf('acceptedOrRejected'))
  for (const commitment of figures.commitments) {
    const label = content.commitments.find((item) => item.id === commitment.id)?.description.trim() || texts.labels[commitment.span]
    const all = count(commitment.measured + commitment.never)
    const measured = line(commitment.span, () => ({
      value: percent(commitment.shareOfAll),
      basis: texts.bases.commitment(commitment.span, count(commitment.within), all, hours(commitment.hours), percent(commitment.shareOfMeasured))
    }))
    lines.push({ ...measured, key: 'commitment', commitmentId: commitment.id, label })
  }
  // Without a first contact every MQL would look stuck.
  const { stuck, rejections } = figures
  if (stuck && mapped.includes('firstContact')) {
    lines.push(line('stuck', () => ({ value: count(stuck.count).text, basis: texts.bases.stuck(count(stuck.mqls), texts.days(count(stuck.days))) })))
  }
  if (rejections.rejected > 0) {
    const other = rejections.otherReasons > 0 ? [{ label: texts.otherReasons, value: count(rejections.otherReasons).text }] : []
    lines.push({
      ...line('rejections', () => ({ value: count(rejections.rejected).text, basis: texts.bases.rejections(count(rejections.rejected), count(rejections.mqls)) })),
      items: { header: texts.concepts.rejectionReason, rows: [...rejections.reasons.map(({ reason, count: n }) => ({ label: reason, value: count(n).text })), ...other] }
    })
  }
  if (figures.stages.some(({ stage }) => stage !== null)) {
    lines.push({
      ...line('stages', () => ({ value: count(figures.mqls.count).text, basis: texts.bases.stages })),
      items: { header: texts.columns.stage, rows: figures.stages.map(({ stage, count: n }) => ({ label: stage ?? texts.noStage, value: count(n).text })) }
    })
  }
  return lines
}

/** How the response times were counted: the SLA's clock in words. */
function clockWords(clock: SlaClock | undefined, mode: ClockMode, texts: CrmFigureTexts, language: Language): string {
  if (mode === 'calendar' || !clock) return texts.clock.calendar
  const holidays = clock.holidayRegion === 'BUND' ? texts.clock.holidaysNationwide : texts.clock.holidaysIn(FEDERAL_STATE_NAMES[language][clock.holidayRegion])
  return texts.clock.business(workingDaysText(clock.workingDays, language), `${clock.dayStart}–${clock.dayEnd}`, clock.timeZone, holidays)
}

/** The hours of one business day on the clock, for "a committed day counts as one business day of 9 business hours". */
function businessDay(clock: SlaClock | undefined, language: Language): string | null {
  const hours = clock && clock.mode === 'business' ? hoursPerUnit('days', clock) : null
  return hours === null ? null : CRM_FIGURE_TEXTS[language].hours({ value: hours, text: formatNumber(hours, language, 2) }, 'business')
}

/**
 * One sentence for each kind of figure the lines show (the report states them, issue 13 §4), so a
 * reader can check how a value was reached.
 */
export function figureDefinitions(input: FigureLineInput, language: Language): FigureDefinition[] {
  const texts = CRM_FIGURE_TEXTS[language]
  const d = texts.definitions
  const { figures, content } = input
  const clock = content.governance.clock
  const shown = new Set(figureLines(input, language).filter((line) => line.measured).map((line) => line.key))
  const has = (...keys: Array<FigureLine['key']>) => keys.some((key) => shown.has(key))
  const definitions: FigureDefinition[] = [{ term: d.counts.term, text: d.counts.text(input.timeZone) }]
  if (has('revenue')) definitions.push({ term: d.revenue.term, text: d.revenue.text })
  if (has('leadToMql', 'mqlToSql', 'sqlToCustomer')) definitions.push({ term: d.cohorts.term, text: d.cohorts.text })
  if (has('firstContact', 'acceptedOrRejected')) {
    definitions.push({ term: d.responseTime.term, text: d.responseTime.text(clockWords(clock, figures.clockMode, texts, language)) })
    definitions.push({ term: d.medianAndP90.term, text: d.medianAndP90.text(formatPercent(90, language)) })
  }
  if (has('commitment')) definitions.push({ term: d.commitments.term, text: d.commitments.text(figures.clockMode === 'business' ? businessDay(clock, language) : null) })
  if (has('stuck') && figures.stuck) definitions.push({ term: d.stuck.term, text: d.stuck.text(texts.days({ value: figures.stuck.days, text: formatNumber(figures.stuck.days, language, 0) })) })
  if (has('rejections')) definitions.push({ term: d.rejections.term, text: d.rejections.text(formatNumber(MAX_REASONS, language, 0)) })
  if (has('stages')) definitions.push({ term: d.stages.term, text: d.stages.text })
  return definitions
}

/** Where the figures come from; `date`, `from` and `to` are written by the caller (screen or document). */
export function figureSource(
  p: { rows: number; name: string; date: string; from: string; to: string; zone: string },
  language: Language
): string {
  return CRM_FIGURE_TEXTS[language].source({ ...p, rows: { value: p.rows, text: formatNumber(p.rows, language, 0) } })
}
