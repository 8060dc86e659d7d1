import type { Period } from './items'
import type { Language } from './language'
import { isPeriod } from './items'
import { isStepId, isTeam, type StepId, type Team } from './workshop'

/**
 * The names of the workshop's steps, teams and target periods as the documents and the
 * completeness findings write them (SPEC §10: one name per thing). The Word documents take them
 * from here, and so does every finding, on screen and in the SLA's open items.
 */
export interface Vocabulary {
  steps: Record<StepId, string>
  teams: Record<Team | 'joint', string>
  periods: Record<Period, string>
}

export const VOCABULARY: Record<Language, Vocabulary> = {
  en: {
    steps: {
      awareness: 'Step 1 Create awareness',
      closedLoop: 'Step 2 Closed-loop reporting',
      language: 'Step 3 Common language',
      sla: 'Step 4 Service Level Agreement',
      keepAtIt: 'Step 5 Keep at it'
    },
    teams: { marketing: 'Marketing', sales: 'Sales', management: 'Management', other: 'Other', joint: 'Marketing & Sales' },
    periods: { month: 'per month', quarter: 'per quarter', year: 'per year' }
  },
  de: {
    steps: {
      awareness: 'Schritt 1 Bewusstsein schaffen',
      closedLoop: 'Schritt 2 Closed-Loop-Reporting',
      language: 'Schritt 3 Gemeinsame Sprache',
      sla: 'Schritt 4 Service Level Agreement',
      keepAtIt: 'Schritt 5 Dranbleiben'
    },
    teams: { marketing: 'Marketing', sales: 'Vertrieb', management: 'Geschäftsleitung', other: 'Sonstige', joint: 'Marketing & Vertrieb' },
    periods: { month: 'pro Monat', quarter: 'pro Quartal', year: 'pro Jahr' }
  }
}

// Stored records and Word files may hold values this version does not know: they print as stored.

export function stepName(step: string, language: Language): string {
  return isStepId(step) ? VOCABULARY[language].steps[step] : step
}

export function teamName(team: string, language: Language): string {
  if (team === 'joint') return VOCABULARY[language].teams.joint
  return isTeam(team) ? VOCABULARY[language].teams[team] : team
}

export function periodName(period: string, language: Language): string {
  return isPeriod(period) ? VOCABULARY[language].periods[period] : period
}
