import type { Language } from '../domain/language'
import type { ReviewCadence } from '../domain/workshop'

/**
 * The words of the review calendar, in the workshop's language like every exported document
 * (SPEC §2): the calendar is a deliverable of the workshop, not part of the UI.
 */
interface ReviewTexts {
  summary(cadence: ReviewCadence, organisation: string): string
  description(input: { title: string; organisation: string; period: string; index: number; total: number }): string
  calendarName(organisation: string): string
}

const SUMMARY_DE: Record<ReviewCadence, string> = {
  monthly: 'Monatsreview des SLA',
  quarterly: 'Quartalsreview des SLA',
  halfYearly: 'Halbjahresreview des SLA',
  yearly: 'Jahresreview des SLA'
}

const SUMMARY_EN: Record<ReviewCadence, string> = {
  monthly: 'Monthly SLA review',
  quarterly: 'Quarterly SLA review',
  halfYearly: 'Half-yearly SLA review',
  yearly: 'Yearly SLA review'
}

/** "Quartalsreview des SLA – Müller GmbH"; without an organisation just the first part. */
function withOrganisation(text: string, organisation: string): string {
  return organisation.trim() ? `${text} – ${organisation.trim()}` : text
}

export const REVIEW_TEXTS: Record<Language, ReviewTexts> = {
  de: {
    summary: (cadence, organisation) => withOrganisation(SUMMARY_DE[cadence], organisation),
    description: ({ title, organisation, period, index, total }) =>
      [
        `Review ${index} von ${total} des Service Level Agreements zwischen Marketing und Vertrieb${organisation.trim() ? ` (${organisation.trim()})` : ''}.`,
        `Workshop: ${title}`,
        `Zeitraum: ${period}`,
        'Ist-Werte je Ziel und Zusage erfassen, Zielerreichung besprechen, Änderungen am SLA beschließen, neue Maßnahmen festlegen.'
      ].join('\n'),
    calendarName: (organisation) => withOrganisation('SLA-Reviews', organisation)
  },
  en: {
    summary: (cadence, organisation) => withOrganisation(SUMMARY_EN[cadence], organisation),
    description: ({ title, organisation, period, index, total }) =>
      [
        `Review ${index} of ${total} of the Service Level Agreement between marketing and sales${organisation.trim() ? ` (${organisation.trim()})` : ''}.`,
        `Workshop: ${title}`,
        `Period: ${period}`,
        'Enter the actual value of each target and commitment, discuss attainment, decide changes to the SLA, agree new actions.'
      ].join('\n'),
    calendarName: (organisation) => withOrganisation('SLA reviews', organisation)
  }
}
