import { useTranslation } from 'react-i18next'
import { STEP_IDS, type StepId } from '../../../shared/domain/workshop'
import { useUiStore } from '../../store/ui-store'
import { AwarenessStep } from '../steps/AwarenessStep'
import { ClosedLoopStep } from '../steps/ClosedLoopStep'
import { KeepAtItStep } from '../steps/KeepAtItStep'
import { LanguageStep } from '../steps/LanguageStep'
import { SlaStep } from '../steps/SlaStep'
import { StepFrame } from '../steps/StepFrame'
import { OverviewSection } from './OverviewSection'
import { StepNav } from './StepNav'
import { useWorkshopData, type WorkshopData } from './useWorkshopData'

const STEP_CONTENT: Record<StepId, (props: WorkshopData) => React.JSX.Element> = {
  awareness: AwarenessStep,
  closedLoop: ClosedLoopStep,
  language: LanguageStep,
  sla: SlaStep,
  keepAtIt: KeepAtItStep
}

function isStepId(section: string): section is StepId {
  return (STEP_IDS as readonly string[]).includes(section)
}

export function WorkshopScreen({ workshopId, section }: { workshopId: string; section: string }) {
  const { t } = useTranslation()
  const data = useWorkshopData(workshopId)
  const navigate = useUiStore((s) => s.navigate)

  if (data === undefined) return null
  if (data === null || data.workshop.deletedAt !== null) {
    return (
      <div className="card" role="alert">
        <p>{t('workshop.notFound')}</p>
        <button type="button" className="button" onClick={() => navigate({ screen: 'workshops' })}>
          {t('workshopList.backToList')}
        </button>
      </div>
    )
  }

  const Content = isStepId(section) ? STEP_CONTENT[section] : null
  return (
    <div className="workshop-layout">
      <StepNav data={data} current={section} />
      <div className="workshop-content">
        {Content && isStepId(section) ? (
          <StepFrame step={section} data={data}>
            <Content {...data} />
          </StepFrame>
        ) : (
          <OverviewSection {...data} />
        )}
      </div>
    </div>
  )
}
