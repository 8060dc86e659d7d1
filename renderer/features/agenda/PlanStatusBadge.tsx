import { useTranslation } from 'react-i18next'
import { agendaSchedule, formatClockTime, type PlanStatus } from '../../../shared/domain/agenda'
import { localeOf, type Language } from '../../../shared/domain/language'
import type { Workshop } from '../../../shared/domain/workshop'
import { formatIsoDate } from '../../ui/dates'
import { usePlanStatus } from './usePlanStatus'
import './agenda.css'

/** "Behind plan by 12 minutes", live on the workshop day. */
export function PlanStatusBadge({ workshop, language }: { workshop: Workshop; language: Language }) {
  const status = usePlanStatus(workshop)
  if (!status) return null
  return <PlanStatusText status={status} workshop={workshop} language={language} />
}

export function PlanStatusText({ status, workshop, language }: { status: PlanStatus; workshop: Workshop; language: Language }) {
  const { t } = useTranslation()
  const start = formatClockTime(agendaSchedule(workshop.agenda, workshop.steps).start, localeOf(language))
  const text = (() => {
    switch (status.kind) {
      case 'ahead':
      case 'behind':
        return t(`agenda.status.${status.kind}`, { count: status.minutes })
      case 'onPlan':
        return t('agenda.status.onPlan')
      case 'notStarted':
        return t('agenda.status.notStarted', { time: start })
      case 'done':
        return t('agenda.status.done')
      case 'notToday':
        return t('agenda.status.notToday', { date: formatIsoDate(workshop.date, language) })
    }
  })()
  return (
    <p className={`plan-status plan-${status.kind}`} role="status" data-plan={status.kind}>
      {text}
    </p>
  )
}
